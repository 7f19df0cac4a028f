package mixedscriptword

import (
	"strings"
	"testing"
)

// TestTable checks the shipped look-alike table: it parses, every letter
// maps to a letter of the other script that maps back to a letter of the
// first, and the look-alikes the rule relies on are there.
func TestTable(t *testing.T) {
	tbl, err := parseTable(confusables)
	if err != nil {
		t.Fatal(err)
	}
	for from, m := range tbl {
		fs, _ := scriptOf(from)
		if !isCased(from) {
			t.Errorf("%q is not a cased letter", from)
		}
		for to, tg := range m {
			if tg.r == 0 {
				continue
			}
			if s, ok := scriptOf(tg.r); !ok || s != script(to) {
				t.Errorf("%q maps to %q, which is not %s", from, tg.r, script(to))
			}
			if back := tbl[tg.r][fs]; back.r == 0 {
				t.Errorf("%q maps to %q, which maps back to nothing in %s", from, tg.r, fs)
			}
		}
	}
	for _, tt := range []struct {
		from rune
		to   script
		want rune
	}{
		{'Р', latin, 'P'}, {'P', cyrillic, 'Р'}, {'о', latin, 'o'}, {'o', cyrillic, 'о'},
		{'Α', latin, 'A'}, {'A', greek, 'Α'}, {'I', cyrillic, 'І'}, {'Y', cyrillic, 'У'},
		{'ρ', cyrillic, 'р'}, {'р', greek, 'ρ'}, {'р', latin, 'p'}, {'ё', latin, 'ë'},
	} {
		if got := tbl[tt.from][tt.to].r; got != tt.want {
			t.Errorf("%q in %s = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
	for _, r := range []rune{'μ', 'α', 'ν', 'к', 'и'} {
		if m, ok := tbl[r]; ok {
			t.Errorf("%q has look-alikes %v; it must not (it is used as a symbol or looks different)", r, m)
		}
	}
}

func TestParseTableErrors(t *testing.T) {
	for _, bad := range []string{
		"A\tА\n",             // two columns
		"A\tА\tΑ\tX\n",       // four columns
		"AB\tА\tΑ\n",         // not one letter
		"А\tA\tΑ\n",          // Cyrillic in the Latin column
		"A\tА\tΑ\nA\tВ\t-\n", // A with two Cyrillic look-alikes
	} {
		if _, err := parseTable(bad); err == nil {
			t.Errorf("parseTable(%q) succeeded, want an error", bad)
		} else if !strings.HasPrefix(err.Error(), "confusables.txt:") {
			t.Errorf("parseTable(%q) error %q does not name the line", bad, err)
		}
	}
}
