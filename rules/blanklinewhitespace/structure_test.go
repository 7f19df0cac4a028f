package blanklinewhitespace_test

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/blanklinewhitespace"
	"github.com/newslint/newslint/rules/internal/articletest"
)

type line = articletest.Line

// TestMarkdownStructure checks how lines of white space are fixed in
// Markdown structures that only the Markdown parser produces.
func TestMarkdownStructure(t *testing.T) {
	const nbsp = "\u00a0"
	para := articletest.Block{Kind: article.Paragraph}
	item := articletest.Block{Kind: article.ListItem, Depth: 1}
	code := articletest.Block{Kind: article.Code}
	heading := articletest.Block{Kind: article.Heading, Depth: 2}
	table := articletest.Block{Kind: article.Table}
	tests := []struct {
		name     string
		blocks   []articletest.Block
		lines    []line
		findings int
		want     string // the text after one pass of fixes
	}{
		{
			name:     "continues a paragraph: the line goes",
			blocks:   []articletest.Block{para},
			lines:    []line{{Text: "one", Block: 0}, {Text: nbsp, Block: 0}, {Text: "two", Block: 0}},
			findings: 1,
			want:     "one\ntwo\n",
		},
		{
			name:     "continues a list item: the line goes",
			blocks:   []articletest.Block{item},
			lines:    []line{{Text: "- one", Block: 0}, {Text: nbsp, Block: 0}, {Text: "  two", Block: 0}},
			findings: 1,
			want:     "- one\n  two\n",
		},
		{
			name:     "between two lists: no fix, they would merge",
			blocks:   []articletest.Block{item, para, item},
			lines:    []line{{Text: "1. one", Block: 0}, {Block: -1}, {Text: nbsp, Block: 1}, {Block: -1}, {Text: "1. two", Block: 2}},
			findings: 1,
			want:     "1. one\n\n" + nbsp + "\n\n1. two\n",
		},
		{
			name:   "between two indented code blocks: no fix, they would merge",
			blocks: []articletest.Block{code, para, code},
			lines: []line{
				{Text: "    a := 1", Block: 0, Verbatim: true}, {Block: -1}, {Text: nbsp, Block: 1}, {Block: -1},
				{Text: "    b := 2", Block: 2, Verbatim: true},
			},
			findings: 1,
			want:     "    a := 1\n\n" + nbsp + "\n\n    b := 2\n",
		},
		{
			name:   "between two fenced code blocks: emptied",
			blocks: []articletest.Block{code, para, code},
			lines: []line{
				{Text: "```", Block: 0, Verbatim: true}, {Text: "a", Block: 0, Verbatim: true}, {Text: "```", Block: 0, Verbatim: true},
				{Block: -1}, {Text: nbsp, Block: 1}, {Block: -1},
				{Text: "```", Block: 2, Verbatim: true}, {Text: "b", Block: 2, Verbatim: true}, {Text: "```", Block: 2, Verbatim: true},
			},
			findings: 1,
			want:     "```\na\n```\n\n\n\n```\nb\n```\n",
		},
		{
			name:     "inside a code block: never touched",
			blocks:   []articletest.Block{code},
			lines:    []line{{Text: "```", Block: 0, Verbatim: true}, {Text: nbsp + " ", Block: 0, Verbatim: true}, {Text: "```", Block: 0, Verbatim: true}},
			findings: 0,
			want:     "```\n" + nbsp + " \n```\n",
		},
		{
			name:     "after a heading, starting a paragraph that goes on: no fix",
			blocks:   []articletest.Block{heading, para},
			lines:    []line{{Text: "## Title", Block: 0}, {Text: nbsp, Block: 1}, {Text: "    text", Block: 1}},
			findings: 1,
			want:     "## Title\n" + nbsp + "\n    text\n",
		},
		{
			name:     "after a heading, alone: emptied",
			blocks:   []articletest.Block{heading, para, para},
			lines:    []line{{Text: "## Title", Block: 0}, {Text: nbsp, Block: 1}, {Block: -1}, {Text: "Text.", Block: 2}},
			findings: 1,
			want:     "## Title\n\n\nText.\n",
		},
		{
			name:     "after a table row: no fix",
			blocks:   []articletest.Block{table},
			lines:    []line{{Text: "| a | b |", Block: 0}, {Text: nbsp, Block: 0}},
			findings: 1,
			want:     "| a | b |\n" + nbsp + "\n",
		},
		{
			name:     "spaces and tabs only: a blank line, emptied anywhere",
			blocks:   []articletest.Block{item, item},
			lines:    []line{{Text: "- one", Block: 0}, {Text: "  \t", Block: -1}, {Text: "- two", Block: 1}},
			findings: 1,
			want:     "- one\n\n- two\n",
		},
		{
			name:     "two lines continue a paragraph: both go",
			blocks:   []articletest.Block{para},
			lines:    []line{{Text: "one", Block: 0}, {Text: nbsp, Block: 0}, {Text: "\u2003", Block: 0}, {Text: "two", Block: 0}},
			findings: 2,
			want:     "one\ntwo\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articletest.Build(article.Markdown, tt.blocks, tt.lines...)
			fs, got := articletest.Fix(t, blanklinewhitespace.New(), a)
			if len(fs) != tt.findings {
				t.Errorf("%d findings, want %d: %v", len(fs), tt.findings, fs)
			}
			if got != tt.want {
				t.Errorf("fixed:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
}
