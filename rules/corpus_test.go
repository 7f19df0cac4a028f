package rules_test

import (
	"context"
	"os"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules"
)

// TestCorpusClean runs every rule over the real articles of the shared
// corpus that have no recorded defect, in many languages, and expects no
// finding at all: a linter that cries wolf gets switched off.
func TestCorpusClean(t *testing.T) {
	articles := linttest.Corpus(t)
	l, err := lint.New(rules.All()...)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	perRule := map[string]int{}
	clean, words := 0, 0
	for _, ca := range articles {
		if !ca.Clean() {
			continue
		}
		clean++
		words += ca.WordCount
		src, err := os.ReadFile(ca.File)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			t.Errorf("%s: %v", ca.Path, err)
			continue
		}
		fs, err := l.Lint(ctx, a, nil) // the language is detected, as for a user without configuration
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			perRule[f.Rule]++
			line, col := a.Position(f.Pos)
			t.Errorf("%s:%d:%d: %s [%s] (%s, clean)", ca.Path, line, col, f.Message, f.Rule, ca.Language)
		}
	}
	t.Logf("%d clean articles, %d words; false alarms by rule: %v", clean, words, perRule)
}
