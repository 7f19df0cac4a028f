// Package equivtest checks that two implementations of a rule report the
// same findings: a rule rewritten for speed against the implementation it
// replaces, kept in the rule's tests as the reference.
package equivtest

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/internal/articletest"
)

// Corpus lints every article of the shared corpus, parsed as plain text and
// as Markdown, with the reference rule want and the rule got, and fails the
// test where their findings differ in any way (positions, messages, fixes).
// Each variant, when given, turns an article's text into another one to
// compare on too, such as the text with defects inserted. It skips the
// test when the corpus is absent.
func Corpus(t *testing.T, want, got *lint.Rule, variants ...func(string) string) {
	t.Helper()
	c := newComparer(t, want, got)
	n := 0
	for _, ca := range linttest.Corpus(t) {
		src, err := os.ReadFile(ca.File)
		if err != nil {
			t.Fatalf("reading the corpus: %v", err)
		}
		texts := []string{string(src)}
		for _, v := range variants {
			texts = append(texts, v(string(src)))
		}
		for _, text := range texts {
			for _, format := range []article.Format{article.Text, article.Markdown} {
				a, err := article.Parse(ca.Path, []byte(text), format)
				if err != nil {
					t.Fatalf("%s: %v", ca.Path, err)
				}
				n += c.compare(t, a)
			}
		}
	}
	t.Logf("%d findings, the same from both", n)
}

// Sprinkle returns a variant for Corpus that inserts the strings of insert
// in turn after every step-th character of the text (at character
// boundaries), to test rules on characters the corpus lacks.
func Sprinkle(step int, insert ...string) func(string) string {
	return func(src string) string {
		var sb strings.Builder
		k, n := 0, 0
		for _, r := range src {
			sb.WriteRune(r)
			if n++; n%step == 0 && len(insert) > 0 {
				sb.WriteString(insert[k%len(insert)])
				k++
			}
		}
		return sb.String()
	}
}

// Fuzz fuzzes the rule got against the reference rule want: on any valid
// UTF-8 text, parsed as plain text or as Markdown, both must report the
// same findings. Seeds are added in both formats.
func Fuzz(f *testing.F, want, got *lint.Rule, seeds ...string) {
	f.Helper()
	c := newComparer(f, want, got)
	articletest.Fuzz(f, func(t *testing.T, a *article.Article) { c.compare(t, a) }, seeds...)
}

// comparer holds a linter for each implementation.
type comparer struct {
	want, got *lint.Linter
}

func newComparer(tb testing.TB, want, got *lint.Rule) *comparer {
	tb.Helper()
	if want.Name != got.Name {
		tb.Fatalf("comparing rule %q with rule %q", got.Name, want.Name)
	}
	lw, err := lint.New(want)
	if err != nil {
		tb.Fatal(err)
	}
	lg, err := lint.New(got)
	if err != nil {
		tb.Fatal(err)
	}
	return &comparer{want: lw, got: lg}
}

// compare lints a with both rules, reports any difference and returns the
// number of findings.
func (c *comparer) compare(t *testing.T, a *article.Article) int {
	t.Helper()
	want, err := c.want.Lint(context.Background(), a, nil)
	if err != nil {
		t.Fatalf("%s: reference: %v", a.Path, err)
	}
	got, err := c.got.Lint(context.Background(), a, nil)
	if err != nil {
		t.Fatalf("%s: %v", a.Path, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s (%s): findings differ from the reference\ngot:  %+v\nwant: %+v", a.Path, a.Format, got, want)
	}
	return len(got)
}
