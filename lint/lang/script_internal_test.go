package lang

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestScriptOfTable checks that the fast paths of ScriptOf give what the
// Unicode tables give, for every rune.
func TestScriptOfTable(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := ScriptOf(r), scriptOf(r); got != want {
			t.Fatalf("ScriptOf(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzCountFields checks countFields against strings.Fields.
func FuzzCountFields(f *testing.F) {
	for _, s := range []string{"", " a  b ", "\u00a0x\u2003y\u3000", "one\ttwo\nthree", "\x85x\xffy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, want)
		}
	})
}
