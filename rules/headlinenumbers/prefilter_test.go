package headlinenumbers

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/internal/tokens"
)

// The scanner rules out most words and places with cheap tests before it
// looks them up. These tests check that the cheap tests never rule out
// what the lookups would find.

// TestNumberStarts checks that every word that numberWord would read as a
// number passes the tests that come before the lookup: every word of the
// lexicon, and every word of the shared corpus when it is present.
func TestNumberStarts(t *testing.T) {
	words := []string{"a", "an", "A", "An", "Twenty-five", "DOZEN", "Zwölf", "fünf", "ТРИ", "Три", "dört", "ÜÇ", "cinq", "Cinq", "dos"}
	for _, m := range []map[string]float64{englishUnits, englishTens, englishScales} {
		for w := range m {
			words = append(words, w, strings.ToUpper(w))
		}
	}
	for w := range numberWords {
		words = append(words, w, strings.ToUpper(w))
	}
	if linttest.CorpusDir() != "" {
		for _, ca := range linttest.Corpus(t) {
			src := ca.Read(t)
			words = append(words, strings.FieldsFunc(string(src), func(r rune) bool { return !unicode.IsLetter(r) })...)
		}
	}
	for _, w := range words {
		f := tokens.Fold(w)
		// "a" and "an" start a number before "dozen".
		sc := &scanner{s: w + " dozen"}
		_, _, english := englishNumber(sc, f, len(w))
		if !english && numberWords[f] == nil {
			continue
		}
		if !numberStarts[f] || !mayStartNumber(f) {
			t.Errorf("%q (folded %q) is a number word that numberWord rules out", w, f)
		}
		if lower, letters := asciiLetters(w); lower && f != w || letters && !numberStartShape(w[0]|0x20, len(w)) {
			t.Errorf("%q (folded %q) is a number word that numberWord rules out", w, f)
		}
	}
}

func TestASCIILetters(t *testing.T) {
	tests := []struct {
		in             string
		lower, letters bool
	}{
		{"three", true, true}, {"", true, true}, {"Three", false, true}, {"THREE", false, true},
		{"thrée", false, false}, {"don't", false, false}, {"a1", false, false}, {"z", true, true}, {"Z", false, true},
	}
	for _, tt := range tests {
		lower, letters := asciiLetters(tt.in)
		if lower != tt.lower || letters != tt.letters {
			t.Errorf("asciiLetters(%q) = %v, %v; want %v, %v", tt.in, lower, letters, tt.lower, tt.letters)
		}
		if letters && tokens.Fold(tt.in) != strings.ToLower(tt.in) {
			t.Errorf("%q: ASCII letters do not fold to small letters", tt.in)
		}
	}
}

// TestCJKPrefilters checks isCJKNumeral and the first-byte tests of
// cjkUnitAt and cjkScaleAt against their tables.
func TestCJKPrefilters(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		_, d := cjkDigits[r]
		_, m := cjkMultipliers[r]
		if got := isCJKNumeral(r); got != (d || m) {
			t.Fatalf("isCJKNumeral(%U) = %v", r, got)
		}
	}
	var texts []string
	for _, u := range cjkUnits {
		texts = append(texts, "12"+u.text+"x", u.text)
	}
	for _, c := range cjkScales {
		texts = append(texts, "3"+c.text+"人", c.text)
	}
	texts = append(texts, "三千五百万人", "12 hours", "12%", "１２％", "ab")
	for _, s := range texts {
		for j := 0; j <= len(s); j++ {
			wantUnit, wantEnd := noUnit, j
			for _, c := range cjkUnits {
				if strings.HasPrefix(s[j:], c.text) {
					wantUnit, wantEnd = c.unit, j+len(c.text)
					break
				}
			}
			if end, u := cjkUnitAt(s, j); end != wantEnd || u != wantUnit {
				t.Errorf("cjkUnitAt(%q, %d) = %d, %v; want %d, %v", s, j, end, u, wantEnd, wantUnit)
			}
			wantScale, wantEnd := 0.0, j
			for _, c := range cjkScales {
				if strings.HasPrefix(s[j:], c.text) {
					wantScale, wantEnd = c.scale, j+len(c.text)
					break
				}
			}
			end, scales := cjkScaleAt(s, j)
			if end != wantEnd || (scales == nil) != (wantScale == 0) || scales != nil && scales[0] != wantScale {
				t.Errorf("cjkScaleAt(%q, %d) = %d, %v; want %d, %v", s, j, end, scales, wantEnd, wantScale)
			}
		}
	}
}

// TestIsRangeWord checks that lower-casing never makes a text shorter than
// a fourth of its bytes, which isRangeWord relies on, and isRangeWord
// itself.
func TestIsRangeWord(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if utf8.ValidRune(r) && 4*len(strings.ToLower(string(r))) < len(string(r)) {
			t.Fatalf("lower-casing %U gives %q", r, strings.ToLower(string(r)))
		}
	}
	tests := []struct {
		in   string
		want bool
	}{
		{"to", true}, {"TO", true}, {"Bis", true}, {"À", true}, {"ДО", true}, {"and", true},
		{"t o", false}, {"into", false}, {"", false}, {strings.Repeat("to", 20), false},
	}
	for _, tt := range tests {
		if got := isRangeWord(tt.in); got != tt.want || got != rangeWords[strings.ToLower(tt.in)] {
			t.Errorf("isRangeWord(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
