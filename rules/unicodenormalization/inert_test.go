package unicodenormalization

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/internal/equivtest"
	"github.com/newslint/newslint/rules/internal/prose"
)

// TestInertTable checks the generated table against the normalization
// properties of every character of the Basic Multilingual Plane (the
// surrogates aside, which valid UTF-8 never holds) and of the
// supplementary planes' characters that the set computes one by one. When
// it fails after an update of golang.org/x/text, run go generate.
func TestInertTable(t *testing.T) {
	s := newInertSet()
	failed := 0
	for r := rune(0); r <= utf8.MaxRune && failed < 10; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if got, want := s.has(r), inertRune(r); got != want {
			t.Errorf("inert(%U) = %v, want %v: run go generate", r, got, want)
			failed++
		}
	}
	for _, r := range "a\u00e9\u0410\u4e00\uac00" {
		if !s.has(r) {
			t.Errorf("%U is not inert", r)
		}
	}
	for _, r := range "\u0301\u0340\u0958\u1161\u11a8\uf900\u0b3e" {
		if s.has(r) {
			t.Errorf("%U is inert", r)
		}
	}
}

// checkIsNFC compares isNFC with norm.NFC.IsNormalString on s and on each
// of its suffixes that start a character.
func checkIsNFC(t *testing.T, set *inertSet, s string) {
	t.Helper()
	for i := range s {
		if got, want := set.isNFC(s[i:]), norm.NFC.IsNormalString(s[i:]); got != want {
			t.Fatalf("isNFC(%+q) = %v, want %v", s[i:], got, want)
		}
	}
}

func TestIsNFC(t *testing.T) {
	set := newInertSet()
	for _, s := range []string{
		"", "plain", "café", "cafe\u0301", "e\u0301", "\u0301", "Ελληνικά·", "\u0387x",
		"한국어", "\u1100\u1161\u11a8", "\uac00\u11a8", "क़", "\u0958", "\ufb2c", "\uf900",
		"a\u0328\u0301", "a\u0301\u0328", "ASCII for eight bytes and more, then e\u0301",
		"\U0001F600 emoji", "\U0001D15E", "\u0b47\u0b3e", "\u0cc6\u0cc2\u0cd5", "x\u0344",
	} {
		checkIsNFC(t, set, s)
	}
}

// TestIsNFCCorpus compares isNFC with norm.NFC.IsNormalString on every block
// of the shared corpus, as it is and decomposed.
func TestIsNFCCorpus(t *testing.T) {
	set := newInertSet()
	for _, ca := range linttest.Corpus(t) {
		src := ca.Read(t)
		for _, text := range []string{string(src), norm.NFD.String(string(src)), norm.NFKD.String(string(src))} {
			a, err := article.Parse(ca.Path, []byte(text), article.Text)
			if err != nil {
				t.Fatal(err)
			}
			for i := range a.Blocks {
				s := a.Text(a.Blocks[i].Span)
				if got, want := set.isNFC(s), norm.NFC.IsNormalString(s); got != want {
					t.Errorf("%s: isNFC(%+q) = %v, want %v", ca.Path, s, got, want)
				}
			}
		}
	}
}

// FuzzIsNFC compares isNFC with norm.NFC.IsNormalString on arbitrary text.
func FuzzIsNFC(f *testing.F) {
	for _, s := range []string{"cafe\u0301", "\u1100\u1161\u11a8", "Ελληνικά\u0387", "a\u0301\u0328", "\u0958\uf900", "ASCII for eight bytes and more, then \u0344"} {
		f.Add(s)
	}
	set := newInertSet()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkIsNFC(t, set, s)
	})
}

// referenceRun is the rule as it was before it passed over inert
// characters: it asks norm.NFC.IsNormalString about every prose range. The
// equivalence tests compare the rule with it.
func referenceRun(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	for _, sp := range prose.Ranges(a) {
		s := a.Text(sp)
		if norm.NFC.IsNormalString(s) {
			continue
		}
		for _, r := range runs(s) {
			report(pass, sp.Start+r.Start, sp.Start+r.End, s[r.Start:r.End])
		}
	}
	return nil
}

func referenceRule() *lint.Rule {
	r := New()
	r.Run = referenceRun
	return r
}

// TestEquivalentCorpus checks that the rule reports exactly what the
// reference reports on the shared corpus, as it is and with decomposed
// sequences and other characters that are not inert inserted.
func TestEquivalentCorpus(t *testing.T) {
	equivtest.Corpus(t, referenceRule(), New(),
		equivtest.Sprinkle(43, "e\u0301", "\u0301", "\u0958", "\u1100\u1161", "\u0387", "\uf900", "\u0328\u0301", "\u11a8"),
		equivtest.Sprinkle(389, "A\u030a", "\u0340", "\ufb2c", "\u0344"))
}

// FuzzEquivalent checks that the rule reports exactly what the reference
// reports on arbitrary text.
func FuzzEquivalent(f *testing.F) {
	equivtest.Fuzz(f, referenceRule(), New(),
		"e\u0301\u0301\u0301", "\u0958\u0959", "\ufb2c", "a"+strings.Repeat("\u0301", 40), "\u1100\u1161\u11a8", "\u0344\u0340",
		"ASCII for eight bytes and more, then cafe\u0301 and na\u0308ive")
}
