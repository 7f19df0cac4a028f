package leadingwhitespace_test

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/articletest"
	"github.com/newslint/newslint/rules/leadingwhitespace"
)

type line = articletest.Line

// TestMarkdownStructure checks that indentation is reported only where
// Markdown ignores it.
func TestMarkdownStructure(t *testing.T) {
	tests := []struct {
		name     string
		block    articletest.Block
		lines    []line
		findings int
		want     string
	}{
		{
			name:     "top-level paragraph",
			block:    articletest.Block{Kind: article.Paragraph},
			lines:    []line{{Text: "  one", Block: 0}, {Text: " two", Block: 0}},
			findings: 2,
			want:     "one\ntwo\n",
		},
		{
			name:     "list item continuation",
			block:    articletest.Block{Kind: article.ListItem, Depth: 1},
			lines:    []line{{Text: "- one", Block: 0}, {Text: "  two", Block: 0}},
			findings: 0,
			want:     "- one\n  two\n",
		},
		{
			name:     "paragraph inside a list",
			block:    articletest.Block{Kind: article.Paragraph, Depth: 1},
			lines:    []line{{Text: "  two", Block: 0}},
			findings: 0,
			want:     "  two\n",
		},
		{
			name:     "quote",
			block:    articletest.Block{Kind: article.Quote, Depth: 1},
			lines:    []line{{Text: "  > one", Block: 0}},
			findings: 0,
			want:     "  > one\n",
		},
		{
			name:     "indented code",
			block:    articletest.Block{Kind: article.Code},
			lines:    []line{{Text: "    code", Block: 0, Verbatim: true}},
			findings: 0,
			want:     "    code\n",
		},
		{
			name:     "heading",
			block:    articletest.Block{Kind: article.Heading, Depth: 2},
			lines:    []line{{Text: "  ## Title", Block: 0}},
			findings: 0,
			want:     "  ## Title\n",
		},
		{
			name:     "wide indentation before a heading marker: reported, not fixed",
			block:    articletest.Block{Kind: article.Paragraph},
			lines:    []line{{Text: "one", Block: 0}, {Text: "\t# two", Block: 0}},
			findings: 1,
			want:     "one\n\t# two\n",
		},
		{
			name:     "wide indentation before a word: fixed",
			block:    articletest.Block{Kind: article.Paragraph},
			lines:    []line{{Text: "one", Block: 0}, {Text: "\t two", Block: 0}},
			findings: 1,
			want:     "one\ntwo\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articletest.Build(article.Markdown, []articletest.Block{tt.block}, tt.lines...)
			fs, got := articletest.Fix(t, leadingwhitespace.New(), a)
			if len(fs) != tt.findings {
				t.Errorf("%d findings, want %d: %v", len(fs), tt.findings, fs)
			}
			if got != tt.want {
				t.Errorf("fixed:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
}
