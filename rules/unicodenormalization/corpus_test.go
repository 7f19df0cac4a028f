package unicodenormalization_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/unicodenormalization"
)

// TestCorpus runs the rule over every article of the shared corpus, clean
// or not, and expects exactly the findings listed: the corpus is in NFC, so nothing.
func TestCorpus(t *testing.T) {
	want := []string{}
	articles := linttest.Corpus(t)
	l, err := lint.New(unicodenormalization.New())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ca := range articles {
		src, err := os.ReadFile(ca.File)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			t.Fatalf("%s: %v", ca.Path, err)
		}
		fs, err := l.Lint(context.Background(), a, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			line, col := a.Position(f.Pos)
			got = append(got, fmt.Sprintf("%s:%d:%d: %s", ca.Path, line, col, a.Src[f.Pos:f.End]))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings in the corpus:\n%q\nwant:\n%q", got, want)
	}
	t.Logf("%d articles, %d findings", len(articles), len(got))
}
