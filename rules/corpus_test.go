package rules_test

import (
	"context"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules"
)

// unlistedDefects returns, per article path, the findings expected by rule
// in corpus articles whose manifest records no defect: real defects
// confirmed by reading the text that the corpus's automatic scan missed.
func unlistedDefects() map[string]map[string]int {
	return map[string]map[string]int{
		// The headline word "MOΓΚΑΝΤΙΣΟΥ" (Mogadishu) is spelled with a
		// Latin "M" and "O" among Greek capitals.
		"daniel-waddle/el/20120106_www1.rizospastis.gr_6a17c260.txt": {"mixed-script-word": 1},
		// Paragraph 4 repeats the lead (line 3) word for word, with a
		// full stop added.
		"daniel-waddle/ru/20120106_news.liga.net_ce3d8167.txt": {"duplicate-subtitle": 1},
		// Line 9 repeats the headline without its "/图" suffix.
		"daniel-waddle/zh/20120112_news.shangdu.com_6c39601b.txt": {"duplicate-subtitle": 1},
		// Line 5 repeats line 3 without its "LINDI:" dateline.
		"fundus/en/DailyNewsTZ_V1.txt": {"duplicate-paragraph": 1},
	}
}

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
	unlisted := unlistedDefects()
	clean, words := 0, 0
	for _, ca := range articles {
		if !ca.Clean() {
			continue
		}
		clean++
		words += ca.WordCount
		src := ca.Read(t)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			t.Errorf("%s: %v", ca.Path, err)
			continue
		}
		fs, err := l.Lint(ctx, a, nil) // the language is detected, as for a user without configuration
		if err != nil {
			t.Fatal(err)
		}
		expected := unlisted[ca.Path]
		for _, f := range fs {
			if expected[f.Rule] > 0 {
				expected[f.Rule]--
				continue
			}
			perRule[f.Rule]++
			line, col := a.Position(f.Pos)
			t.Errorf("%s:%d:%d: %s [%s] (%s, clean)", ca.Path, line, col, f.Message, f.Rule, ca.Language)
		}
		for rule, n := range expected {
			if n > 0 {
				t.Errorf("%s: %d expected %s finding(s) missing; update unlistedDefects in corpus_test.go", ca.Path, n, rule)
			}
		}
	}
	t.Logf("%d clean articles, %d words; false alarms by rule: %v", clean, words, perRule)
}
