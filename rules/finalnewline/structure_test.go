package finalnewline_test

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/finalnewline"
	"github.com/newslint/newslint/rules/internal/articletest"
)

type line = articletest.Line

// TestUnclosedCodeBlock checks that the empty lines that end an unclosed
// Markdown code block are left alone: they are code.
func TestUnclosedCodeBlock(t *testing.T) {
	blocks := []articletest.Block{{Kind: article.Paragraph}, {Kind: article.Code}}
	a := articletest.Build(article.Markdown, blocks,
		line{Text: "Text.", Block: 0}, line{Block: -1},
		line{Text: "```", Block: 1, Verbatim: true}, line{Text: "code", Block: 1, Verbatim: true},
		line{Block: 1, Verbatim: true}, line{Block: 1, Verbatim: true},
	)
	if fs, _ := articletest.Fix(t, finalnewline.New(), a); len(fs) != 0 {
		t.Errorf("findings in an unclosed code block: %v", fs)
	}
}
