package repeatedspaces_test

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/articletest"
	"github.com/newslint/newslint/rules/repeatedspaces"
)

type line = articletest.Line

// TestProseOnly checks that only the prose ranges of blocks are read: not
// code blocks, and not what a block's text leaves out (a code span here).
func TestProseOnly(t *testing.T) {
	blocks := []articletest.Block{{Kind: article.Paragraph}, {Kind: article.Code}}
	a := articletest.Build(article.Markdown, blocks,
		line{Text: "Use `a  b` and  this.", Block: 0},
		line{Text: "    x  =  1", Block: 1, Verbatim: true},
	)
	// The paragraph's prose is "Use " and " and  this.", around the
	// code span.
	p := &a.Blocks[0]
	p.Text = []article.Span{{Start: 0, End: 4}, {Start: 10, End: 21}}
	fs, got := articletest.Fix(t, repeatedspaces.New(), a)
	if len(fs) != 1 {
		t.Errorf("%d findings, want 1: %v", len(fs), fs)
	}
	if want := "Use `a  b` and this.\n    x  =  1\n"; got != want {
		t.Errorf("fixed:\n%q\nwant:\n%q", got, want)
	}
}
