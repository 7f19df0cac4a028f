package mixedscriptword

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/equivtest"
	"github.com/newslint/newslint/rules/internal/prose"
)

// TestClasses checks the class table and the ASCII classes against the
// Unicode properties the rule defines words and scripts by, for every
// character.
func TestClasses(t *testing.T) {
	cl := newClasses()
	for r := rune(0); r <= utf8.MaxRune; r++ {
		want := classOf(r)
		if got := cl.of(r); got != want {
			t.Errorf("class of %U = %#x, want %#x", r, got, want)
		}
		const asciiLetter = classWord | classCased | classLatin
		if r < utf8.RuneSelf && isASCIILetter(byte(r)) != (want == asciiLetter) {
			t.Errorf("isASCIILetter(%q) = %v, class %#x", r, isASCIILetter(byte(r)), want)
		}
		if r < utf8.RuneSelf && want != 0 && want != asciiLetter {
			t.Errorf("ASCII %q has class %#x", r, want)
		}
	}
}

// referenceRun is the rule as it was before the word scan used the class
// table and counted the article's letters only when a word needs them: it
// counts first and checks every word. The equivalence tests compare the
// rule with it.
func referenceRun(pass *lint.Pass, t table) error {
	a := pass.Article
	ranges := prose.Ranges(a)
	c := &checker{pass: pass, table: t, present: map[rune]bool{}, counted: true}
	rare := t.rareLetters()
	for _, sp := range ranges {
		for _, r := range a.Text(sp) {
			if s, ok := scriptOf(r); ok && isCased(r) {
				c.letters[s]++
			}
			if rare[r] {
				c.present[r] = true
			}
		}
	}
	for _, sp := range ranges {
		s := a.Text(sp)
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isWordChar(r) {
				i += n
				continue
			}
			j := i + n
			for j < len(s) {
				r, m := utf8.DecodeRuneInString(s[j:])
				if !isWordChar(r) {
					break
				}
				j += m
			}
			c.check(sp.Start+i, s[i:j])
			i = j
		}
	}
	return nil
}

// referenceRule returns the rule with referenceRun.
func referenceRule(tb testing.TB) *lint.Rule {
	t, err := parseTable(confusables)
	if err != nil {
		tb.Fatal(err)
	}
	r := New()
	r.Run = func(_ context.Context, pass *lint.Pass) error { return referenceRun(pass, t) }
	return r
}

// TestEquivalentCorpus checks that the rule reports exactly what the
// reference reports on the shared corpus, as it is and with look-alike
// letters of the three scripts inserted into its words.
func TestEquivalentCorpus(t *testing.T) {
	equivtest.Corpus(t, referenceRule(t), New(),
		equivtest.Sprinkle(37, "о", "a", "Р", "ο", "X", "Х", "ё", "I"),
		equivtest.Sprinkle(211, "Ѕ", "ĸ", "ϳ", "ë", "ǅ", "\u0301", "ꙋ"))
}

// FuzzEquivalent checks that the rule reports exactly what the reference
// reports on arbitrary text.
func FuzzEquivalent(f *testing.F) {
	equivtest.Fuzz(f, referenceRule(f), New(),
		"Рutin Pуtin", "ХХI ХI IХ", "оoоo", "ΣΥΡΙΖA", "Кº Nº", "Яndex", "ЕUR and Ѐ",
		"ǅemal Ǆ ǆ", "x\u0301у ρo", "Ⅻ ⅫI", "ꙊX", "𝐀Б", "МOΓΚΑΝΤΙΣΟΥ", "ꭓχ", "ё ë")
}
