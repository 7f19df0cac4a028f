package duplicatesubtitle_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/duplicatesubtitle"
)

// frontMatterArticle builds the model a Markdown parser gives for an article
// whose headline and subtitle are front-matter fields, independently of the
// parser: blocks point into the source the way the article model specifies.
func frontMatterArticle(t *testing.T, src string) *article.Article {
	t.Helper()
	a, err := article.Parse("front.md", []byte(src), article.Text)
	if err != nil {
		t.Fatal(err)
	}
	a.Format = article.Markdown
	a.Blocks = nil
	add := func(kind article.Kind, first, last int, text []article.Span, verbatim bool) {
		idx := len(a.Blocks)
		a.Blocks = append(a.Blocks, article.Block{
			Kind: kind,
			Span: article.Span{Start: a.Lines[first].Start, End: a.Lines[last].End},
			Text: text,
		})
		for i := first; i <= last; i++ {
			a.Lines[i].Block = idx
			a.Lines[i].Verbatim = verbatim
		}
	}
	value := func(line int, key string) []article.Span {
		l := a.Lines[line]
		text := a.Src[l.Start:l.End]
		if !strings.HasPrefix(text, key+": ") {
			t.Fatalf("line %d is not %q: %q", line+1, key, text)
		}
		return []article.Span{{Start: l.Start + len(key) + 2, End: l.End}}
	}
	add(article.FrontMatter, 0, 3, nil, true)
	// The headline and subtitle blocks cover their front-matter values.
	a.Blocks = append(a.Blocks,
		article.Block{Kind: article.Headline, Span: value(1, "title")[0], Text: value(1, "title")},
		article.Block{Kind: article.Subtitle, Span: value(2, "description")[0], Text: value(2, "description")},
	)
	for i := 5; i < len(a.Lines); i += 2 {
		l := a.Lines[i]
		add(article.Paragraph, i, i, []article.Span{{Start: l.Start, End: l.End}}, false)
	}
	return a
}

func TestFrontMatter(t *testing.T) {
	src := "---\n" +
		"title: Storm closes ports along the Baltic coast\n" +
		"description: Ferries canceled as gusts reach 120 km/h on Tuesday\n" +
		"---\n" +
		"\n" +
		"Ferries canceled as gusts reach 120 km/h on Tuesday.\n" +
		"\n" +
		"Ferries stayed in harbour on Tuesday as the storm moved east.\n"
	a := frontMatterArticle(t, src)
	l, err := lint.New(duplicatesubtitle.New())
	if err != nil {
		t.Fatal(err)
	}
	fs, err := l.Lint(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1: %v", len(fs), fs)
	}
	if want := "paragraph repeats the subtitle (line 3) word for word"; fs[0].Message != want {
		t.Errorf("message %q, want %q", fs[0].Message, want)
	}
	if line, _ := a.Position(fs[0].Pos); line != 6 {
		t.Errorf("finding on line %d, want 6", line)
	}
	fixed, err := lint.ApplyEdits(a.Src, fs[0].Fixes[0].Edits)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(src, "Ferries canceled as gusts reach 120 km/h on Tuesday.\n\n", "", 1); fixed != want {
		t.Errorf("fixed:\n%s\nwant:\n%s", fixed, want)
	}
}
