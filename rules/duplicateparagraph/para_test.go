package duplicateparagraph

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/rules/internal/tokens"
)

// TestSentenceBreak checks sentenceBreak, which looks at the bytes of a gap
// before it searches for characters, against the search alone, on gaps
// with every character of the first planes.
func TestSentenceBreak(t *testing.T) {
	gaps := []string{" ", ", ", ". ", "! ", "? ", "; ", " – ", "… ", "。", "，", "！", "？", "؟ ", "। ", ".\u00a0", "\u00a0", "\"", "”. ", " “", ": "}
	for r := rune(0); r < 0x3100; r++ {
		if utf8.ValidRune(r) {
			gaps = append(gaps, string(r), " "+string(r)+" ", string(r)+".")
		}
	}
	for _, gap := range gaps {
		text := "a" + gap + "b"
		a := tokens.Token{Text: "a", Start: 0, End: 1}
		b := tokens.Token{Text: "b", Start: 1 + len(gap), End: 2 + len(gap)}
		if got, want := sentenceBreak(text, a, b), strings.ContainsAny(gap, sentenceEnds); got != want {
			t.Errorf("sentenceBreak(%q) = %v, want %v", text, got, want)
		}
	}
	// Overlapping bigrams have nothing between them.
	if sentenceBreak("東京.", tokens.Token{Start: 0, End: 6}, tokens.Token{Start: 3, End: 7}) {
		t.Errorf("sentenceBreak between overlapping tokens")
	}
}

// TestNewPara checks the sentence starts and ends and the shingles of a
// paragraph against their definitions.
func TestNewPara(t *testing.T) {
	tests := []struct {
		text               string
		starts, ends       []string // the tokens that start and end sentences
		shingles, distinct int
	}{
		{"One sentence here", []string{"one"}, []string{"here"}, 2, 2},
		{"First one. Then, a second! And a third? Yes; done.", []string{"first", "then", "and", "yes", "done"}, []string{"one", "second", "third", "yes", "done"}, 9, 9},
		{"Word", []string{"word"}, []string{"word"}, 1, 1},
		{"a b a b a b", []string{"a"}, []string{"b"}, 5, 2},
		{"北京举行会谈。东京会谈。", []string{"北京", "东京"}, []string{"会谈", "会谈"}, 7, 7},
	}
	for _, tt := range tests {
		p := newPara(0, tt.text)
		hashes := func(words []string) []uint64 {
			var hs []uint64
			for _, w := range words {
				hs = append(hs, hashString(w))
			}
			return hs
		}
		if !slices.Equal(p.starts, hashes(tt.starts)) || !slices.Equal(p.ends, hashes(tt.ends)) {
			t.Errorf("%q: sentence starts and ends differ from %q and %q", tt.text, tt.starts, tt.ends)
		}
		if len(p.shingles) != tt.shingles {
			t.Errorf("%q: %d shingles, want %d", tt.text, len(p.shingles), tt.shingles)
		}
		p.distinct()
		if len(p.shingles) != tt.distinct || !slices.IsSorted(p.shingles) {
			t.Errorf("%q: %d distinct shingles, want %d, sorted", tt.text, len(p.shingles), tt.distinct)
		}
		p.distinct() // a second call changes nothing
		if len(p.shingles) != tt.distinct {
			t.Errorf("%q: distinct is not idempotent", tt.text)
		}
	}
}
