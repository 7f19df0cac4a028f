package rules_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest/synthetic"
	"github.com/newslint/newslint/rules"
)

// TestSynthetic checks the synthetic articles of the growth benchmarks:
// clean ones draw no finding from any rule, so that the benchmarks measure
// the common case of clean text, and blemished ones are fixed back to the
// clean text by the safe fixes.
func TestSynthetic(t *testing.T) {
	l, err := lint.New(rules.All()...)
	if err != nil {
		t.Fatal(err)
	}
	g := synthetic.New(7)
	for _, tc := range []struct {
		name string
		src  string
	}{
		{"article", g.Article(20 << 10)},
		{"paragraphs", g.Paragraphs(300)},
		{"line", g.LongLine(20 << 10)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := article.Parse(tc.name+".txt", []byte(tc.src), article.Text)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := l.Lint(context.Background(), a, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				line, col := a.Position(f.Pos)
				t.Errorf("%d:%d: %s [%s]", line, col, f.Message, f.Rule)
			}
			dirty := g.Blemish(tc.src, 3)
			if dirty == tc.src && strings.Count(tc.src, "\n") > 3 {
				t.Fatal("Blemish changed nothing")
			}
			b, err := article.Parse(tc.name+".txt", []byte(dirty), article.Text)
			if err != nil {
				t.Fatal(err)
			}
			res, err := l.Fix(context.Background(), b, nil, lint.FixOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Article.Src != tc.src {
				t.Errorf("fixing the blemished text does not give the clean text back")
			}
		})
	}
}
