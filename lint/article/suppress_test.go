package article_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// TestSuppressionsInEngine lints a Markdown article with a rule that
// reports the end of every line of prose and checks which findings the
// article's suppression directives silence, and which directives the engine
// reports as unused.
func TestSuppressionsInEngine(t *testing.T) {
	src := strings.Join([]string{
		"# Title", // 1
		"",        // 2
		"<!-- newslint-disable-next-line eol -->", // 3
		"Silenced.",                            // 4
		"Reported.",                            // 5
		"",                                     // 6
		"<!-- newslint-disable eol, other -->", // 7
		"Silenced.",                            // 8
		"<!-- newslint-enable eol -->",         // 9
		"Silenced <!-- newslint-disable -->after.", // 10
		"Silenced.",                // 11
		"<!-- newslint-enable -->", // 12
		"Reported.",                // 13
		"<!-- newslint-disable-next-line other -->", // 14
		"Reported.", // 15
	}, "\n") + "\n"
	eol := &lint.Rule{
		Name:     "eol",
		Doc:      "Reports the end of every prose line.",
		Severity: lint.Warning,
		Run: func(_ context.Context, p *lint.Pass) error {
			a := p.Article
			for _, l := range a.Lines {
				if l.Block >= 0 && a.Blocks[l.Block].Kind.IsProse() {
					p.Reportf(l.End, l.End, "end of line")
				}
			}
			return nil
		},
	}
	other := &lint.Rule{Name: "other", Doc: "Reports nothing.", Severity: lint.Warning,
		Run: func(context.Context, *lint.Pass) error { return nil }}
	l, err := lint.New(eol, other, lint.UnusedSuppression())
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("test.md", []byte(src), article.Markdown)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := l.Lint(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		line, _ := a.Position(f.Pos)
		got = append(got, f.Rule+"@"+strconv.Itoa(line))
	}
	// The disable directive of line 7 yields two suppressions: eol up to
	// line 9, used; other up to line 12, unused.
	want := "eol@1 eol@5 unused-suppression@7 eol@13 unused-suppression@14 eol@15"
	if strings.Join(got, " ") != want {
		t.Errorf("findings:\n got  %s\n want %s", strings.Join(got, " "), want)
	}
}
