package misdecode

import (
	"strings"
	"testing"
)

func TestHyphenationPoint(t *testing.T) {
	tests := []struct {
		name string
		s    string // the soft hyphen checked is the first one
		want bool
	}{
		{"after ASCII", "Not\u00adfall", true},
		{"Danish capitals", "DÅ\u00adRLIG", true},
		{"German capital starting a word", " Ä\u00adrger", true},
		{"German capital at the start", "Ä\u00adrger", true},
		{"Icelandic eth in capitals", "GUÐ\u00adRÚN", true},
		{"Romanian Â in capitals", "ROMÂ\u00adNIA", true},
		{"Portuguese Ã in capitals", "IRMÃ\u00adOS", true},
		{"Greek", "λέ\u00adξη", true},
		{"Cyrillic", "сло\u00adво", true},
		{"capital inside a small-letter word", "polÃ\u00adtica", false},
		{"Esperanto ŭ read as Windows-1252", "aÅ\u00adto", false},
		{"Ã before a small letter", " Ã\u00adndice", false},
		{"Â before a small letter", " Â\u00adme", false},
		{"two scripts", "Ð\u00adто", false},
		{"before a space", "Â\u00ad x", false},
		{"after a space", " \u00adx", false},
		{"at the start", "\u00adx", false},
		{"at the end", "x\u00ad", false},
		{"before a digit", "x\u00ad1", false},
		{"after a symbol", "×\u00adx", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.s)
			k := strings.IndexRune(string(rs), softHyphen)
			if k < 0 {
				t.Fatalf("no soft hyphen in %q", tt.s)
			}
			k = len([]rune(tt.s[:k]))
			if got := hyphenationPoint(rs, k); got != tt.want {
				t.Errorf("hyphenationPoint(%q, %d) = %v, want %v", tt.s, k, got, tt.want)
			}
		})
	}
}

// TestWeirdnessSkipsHyphenationPoints checks that a soft hyphen at a
// hyphenation point adds nothing to weirdness, while one after a lead
// letter does.
func TestWeirdnessSkipsHyphenationPoints(t *testing.T) {
	for _, pair := range [][2]string{
		{" DÅ\u00adRLIG ", " DÅRLIG "},
		{" Ä\u00adrger ", " Ärger "},
		{" Not\u00adfall ", " Notfall "},
	} {
		if w, want := weirdness([]rune(pair[0])), weirdness([]rune(pair[1])); w != want {
			t.Errorf("weirdness(%q) = %d, want %d as for %q", pair[0], w, want, pair[1])
		}
	}
	for _, s := range []string{" Ã\u00adndice ", " polÃ\u00adtica ", " aÅ\u00adto "} {
		if w, without := weirdness([]rune(s)), weirdness([]rune(strings.ReplaceAll(s, "\u00ad", ""))); w <= without {
			t.Errorf("weirdness(%q) = %d, not more than %d without the soft hyphen", s, w, without)
		}
	}
}
