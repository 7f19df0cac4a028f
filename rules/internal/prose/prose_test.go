package prose_test

import (
	"slices"
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/prose"
)

// TestRanges checks which block ranges count as prose: those of prose
// blocks off verbatim lines, and the headline's and subtitle's wherever
// they are.
func TestRanges(t *testing.T) {
	src := "---\ntitle: Head\n---\nBody text\n```\ncode\n```\n"
	a := &article.Article{Src: src, Format: article.Markdown}
	start := 0
	for i, verbatim := range []bool{true, true, true, false, true, true, true} {
		end := start
		for src[end] != '\n' {
			end++
		}
		a.Lines = append(a.Lines, article.Line{Start: start, End: end, EOL: 1, Block: i, Verbatim: verbatim})
		start = end + 1
	}
	title := article.Span{Start: 11, End: 15} // "Head", on a front-matter line
	body := article.Span{Start: 20, End: 29}  // "Body text"
	code := article.Span{Start: 34, End: 38}  // "code"
	a.Blocks = []article.Block{
		{Kind: article.FrontMatter, Span: article.Span{Start: 0, End: 18}, Text: []article.Span{title}},
		{Kind: article.Headline, Span: title, Text: []article.Span{title}},
		{Kind: article.Paragraph, Span: body, Text: []article.Span{body, {Start: 29, End: 29}}},
		{Kind: article.Paragraph, Span: code, Text: []article.Span{code}}, // a prose block on a verbatim line
		{Kind: article.Code, Span: code, Text: []article.Span{code}},
	}
	if got := a.Text(title) + "|" + a.Text(body) + "|" + a.Text(code); got != "Head|Body text|code" {
		t.Fatalf("test spans are wrong: %q", got)
	}
	want := []article.Span{title, body}
	if got := prose.Ranges(a); !slices.Equal(got, want) {
		t.Errorf("Ranges = %v, want %v", got, want)
	}
	if got := prose.ByBlock(a); len(got) != 2 || !slices.Equal(got[0], []article.Span{title}) || !slices.Equal(got[1], []article.Span{body}) {
		t.Errorf("ByBlock = %v, want [[%v] [%v]]", got, title, body)
	}
}
