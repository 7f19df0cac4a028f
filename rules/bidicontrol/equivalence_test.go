package bidicontrol

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/equivtest"
	"github.com/newslint/newslint/rules/internal/prose"
)

// containsControl is what hasControl computes, rune by rune.
func containsControl(s string) bool {
	for _, r := range s {
		if isControl(r) {
			return true
		}
	}
	return false
}

// TestHasControl checks hasControl on every character, alone and with
// other text around it.
func TestHasControl(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, s := range []string{c, "a" + c, c + "b", "\u2019" + c + "\u2014", "\xe2" + c, c[:len(c)-1]} {
			if got, want := hasControl(s), containsControl(s); got != want {
				t.Errorf("hasControl(%+q) = %v, want %v", s, got, want)
			}
		}
	}
}

// FuzzHasControl compares hasControl with a rune-by-rune search on
// arbitrary bytes.
func FuzzHasControl(f *testing.F) {
	for _, s := range []string{"a\u200Eb", "\u2019\u202B", "\xe2\x80", "\xd8\u061C", "\u2066\u2069"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasControl(s), containsControl(s); got != want {
			t.Errorf("hasControl(%+q) = %v, want %v", s, got, want)
		}
	})
}

// referenceRun is the rule as it was before it skipped articles and
// paragraphs without directional formatting characters: it counts the
// strong characters and inspects every paragraph. The equivalence tests
// compare the rule with it.
func referenceRun(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	blocks := prose.ByBlock(a)
	var nl, nr int
	for _, b := range blocks {
		for _, sp := range b {
			l, r := countStrong(a.Text(sp))
			nl += l
			nr += r
		}
	}
	rtlArticle := nr > nl
	for _, b := range blocks {
		for _, p := range paragraphs(a, b) {
			referenceCheckParagraph(pass, a.Src, p, rtlArticle)
		}
	}
	return nil
}

// referenceCheckParagraph is checkParagraph without its quick test.
func referenceCheckParagraph(pass *lint.Pass, src string, ranges []article.Span, rtlArticle bool) {
	var cs []control
	hasRTL := false
	for _, sp := range ranges {
		s := src[sp.Start:sp.End]
		prev := rune(-1)
		for i, r := range s {
			if directionOf(r) == rtl {
				hasRTL = true
			}
			if isControl(r) {
				next := rune(-1)
				if j := i + utf8.RuneLen(r); j < len(s) {
					next, _ = utf8.DecodeRuneInString(s[j:])
				}
				cs = append(cs, control{r: r, pos: sp.Start + i, end: sp.Start + i + utf8.RuneLen(r), prev: prev, next: next})
			}
			prev = r
		}
	}
	if len(cs) == 0 {
		return
	}
	if !rtlArticle && !hasRTL {
		reportAll(pass, cs)
		return
	}
	checkMixed(pass, cs, rtlArticle)
}

func referenceRule() *lint.Rule {
	r := New()
	r.Run = referenceRun
	return r
}

// TestEquivalentCorpus checks that the rule reports exactly what the
// reference reports on the shared corpus, as it is and with directional
// formatting characters inserted.
func TestEquivalentCorpus(t *testing.T) {
	equivtest.Corpus(t, referenceRule(), New(),
		equivtest.Sprinkle(97, "\u200F", "\u202B", "\u202C", "\u2067", "\u200E", "\u2069", "\u061C", "\u202E"),
		equivtest.Sprinkle(1009, "\u200E", "\u2066", "\u202A"),
		equivtest.Sprinkle(3001, "\u05D0"))
}

// FuzzEquivalent checks that the rule reports exactly what the reference
// reports on arbitrary text.
func FuzzEquivalent(f *testing.F) {
	equivtest.Fuzz(f, referenceRule(), New(),
		"a\u200Eb", "שלום \u202Bworld\u202C", "\u2067x\u2069 \u2069", "abc\u202E", "مرحبا\u200Fبك",
		"\u061Cab", "line one\u2066\nline two\u2069", "\u200F\u200F x")
}
