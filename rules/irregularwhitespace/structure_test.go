package irregularwhitespace_test

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/articletest"
	"github.com/newslint/newslint/rules/irregularwhitespace"
)

type line = articletest.Line

// TestProseOnly checks that code blocks are not read, and that white space
// next to text a block's prose leaves out is not judged.
func TestProseOnly(t *testing.T) {
	blocks := []articletest.Block{{Kind: article.Paragraph}, {Kind: article.Code}}
	a := articletest.Build(article.Markdown, blocks,
		line{Text: "Use\u00a0`a\tb`\u00a0here and\u00a0there.", Block: 0},
		line{Text: "    x\t=\u00a01", Block: 1, Verbatim: true},
	)
	// The paragraph's prose is "Use\u00a0" and "\u00a0here and\u00a0there.",
	// around the code span.
	p := &a.Blocks[0]
	p.Text = []article.Span{{Start: 0, End: 5}, {Start: 10, End: 28}}
	fs, got := articletest.Fix(t, irregularwhitespace.New(), a)
	if len(fs) != 1 {
		t.Errorf("%d findings, want 1: %v", len(fs), fs)
	}
	if want := "Use\u00a0`a\tb`\u00a0here and there.\n    x\t=\u00a01\n"; got != want {
		t.Errorf("fixed:\n%q\nwant:\n%q", got, want)
	}
}
