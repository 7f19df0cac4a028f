package consecutiveblanklines_test

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/consecutiveblanklines"
	"github.com/newslint/newslint/rules/internal/articletest"
)

type line = articletest.Line

// TestCodeBlocks checks that blank lines inside code blocks are code.
func TestCodeBlocks(t *testing.T) {
	blocks := []articletest.Block{{Kind: article.Paragraph}, {Kind: article.Code}, {Kind: article.Paragraph}}
	a := articletest.Build(article.Markdown, blocks,
		line{Text: "Text.", Block: 0}, line{Block: -1}, line{Block: -1},
		line{Text: "```", Block: 1, Verbatim: true},
		line{Block: 1, Verbatim: true}, line{Block: 1, Verbatim: true}, line{Block: 1, Verbatim: true},
		line{Text: "```", Block: 1, Verbatim: true},
		line{Block: -1}, line{Text: "More.", Block: 2},
	)
	fs, got := articletest.Fix(t, consecutiveblanklines.New(), a)
	if len(fs) != 1 {
		t.Errorf("%d findings, want 1 (before the code block): %v", len(fs), fs)
	}
	if want := "Text.\n\n```\n\n\n\n```\n\nMore.\n"; got != want {
		t.Errorf("fixed:\n%q\nwant:\n%q", got, want)
	}
}
