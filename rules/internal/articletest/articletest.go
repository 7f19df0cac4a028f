// Package articletest builds articles by hand, with the blocks and line
// flags that a parser gives them, so that rules can be tested against
// document structures that the parsers produce only in rare cases, such as
// code blocks, list items and raw HTML in Markdown.
package articletest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// Line is one line of an article to build.
type Line struct {
	// Text is the line's content, without its line break.
	Text string
	// Block is the index of the line's block in the blocks given to
	// Build, or -1 for a line between blocks.
	Block int
	// Verbatim and HardBreak become the flags of article.Line.
	Verbatim, HardBreak bool
}

// Block is one block of an article to build. Its span covers its lines,
// and its Text their content without leading and trailing white space
// (verbatim lines have none).
type Block struct {
	Kind  article.Kind
	Depth int
}

// Build returns an article of the given format whose source is the lines
// joined by "\n", each line ending with "\n".
func Build(format article.Format, blocks []Block, lines ...Line) *article.Article {
	a := &article.Article{Path: "test", Format: format}
	var sb strings.Builder
	for _, l := range lines {
		start := sb.Len()
		sb.WriteString(l.Text)
		a.Lines = append(a.Lines, article.Line{
			Start: start, End: sb.Len(), EOL: 1, Block: l.Block,
			Verbatim: l.Verbatim, HardBreak: l.HardBreak,
		})
		sb.WriteByte('\n')
	}
	a.Src = sb.String()
	for bi, b := range blocks {
		ab := article.Block{Kind: b.Kind, Depth: b.Depth, Span: article.Span{Start: -1}}
		for i, l := range lines {
			if l.Block != bi {
				continue
			}
			al := a.Lines[i]
			if ab.Start < 0 {
				ab.Start = al.Start
			}
			ab.End = al.End
			if !l.Verbatim {
				if s := trim(a.Src, article.Span{Start: al.Start, End: al.End}); s.Len() > 0 {
					ab.Text = append(ab.Text, s)
				}
			}
		}
		a.Blocks = append(a.Blocks, ab)
	}
	return a
}

func trim(src string, s article.Span) article.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(src[s.Start:s.End])
		if !article.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(src[s.Start:s.End])
		if !article.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// Fix lints a with rule and applies the first fix of every finding once,
// without parsing the result again (the parsers would not give it the
// structure the test built). It returns the findings and the fixed text.
func Fix(t *testing.T, rule *lint.Rule, a *article.Article) ([]lint.Finding, string) {
	t.Helper()
	l, err := lint.New(rule)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := l.Lint(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	var edits []lint.Edit
	for _, f := range fs {
		if len(f.Fixes) > 0 {
			edits = append(edits, f.Fixes[0].Edits...)
		}
	}
	text, err := lint.ApplyEdits(a.Src, edits)
	if err != nil {
		t.Fatal(err)
	}
	return fs, text
}

// CheckVerbatim checks that rule never inspects verbatim lines (code
// blocks), in plain text and in Markdown, while it reports the same defect
// in a paragraph: defect is one line of text the rule reports.
func CheckVerbatim(t *testing.T, rule func() *lint.Rule, defect string) {
	t.Helper()
	for _, format := range []article.Format{article.Text, article.Markdown} {
		a := Build(format,
			[]Block{{Kind: article.Headline}, {Kind: article.Code}, {Kind: article.Paragraph}},
			Line{Text: "Headline", Block: 0},
			Line{Block: -1},
			Line{Text: "```", Block: 1, Verbatim: true},
			Line{Text: defect, Block: 1, Verbatim: true},
			Line{Text: "```", Block: 1, Verbatim: true},
			Line{Block: -1},
			Line{Text: defect, Block: 2},
		)
		fs, _ := Fix(t, rule(), a)
		if len(fs) == 0 {
			t.Fatalf("%s: the paragraph's defect is not reported", format)
		}
		para := a.Lines[6]
		for _, f := range fs {
			if f.Pos < para.Start || f.End > para.End {
				t.Errorf("%s: finding %q at [%d,%d) outside the paragraph [%d,%d)", format, f.Message, f.Pos, f.End, para.Start, para.End)
			}
		}
	}
}

// Fuzz fuzzes check with articles: each input that is valid UTF-8 without
// NUL is parsed as plain text or as Markdown, and each seed is added in
// both formats.
func Fuzz(f *testing.F, check func(t *testing.T, a *article.Article), seeds ...string) {
	f.Helper()
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, src string, markdown bool) {
		if !utf8.ValidString(src) || strings.ContainsRune(src, 0) {
			return
		}
		format := article.Text
		if markdown {
			format = article.Markdown
		}
		a, err := article.Parse("fuzz", []byte(src), format)
		if err != nil {
			return
		}
		check(t, a)
	})
}
