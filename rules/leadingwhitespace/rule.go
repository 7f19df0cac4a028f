// Package leadingwhitespace defines the leading-whitespace rule.
package leadingwhitespace

import (
	"context"
	_ "embed"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the leading-whitespace rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "leading-whitespace",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	for _, l := range a.Lines {
		if l.Verbatim || l.Block < 0 {
			continue
		}
		line := a.Src[l.Start:l.End]
		cut := 0
		for cut < len(line) {
			r, n := utf8.DecodeRuneInString(line[cut:])
			if !article.IsSpace(r) {
				break
			}
			cut += n
		}
		if cut == 0 || cut == len(line) {
			// No leading white space, or a white-space-only line,
			// which blank-line-whitespace reports.
			continue
		}
		b := &a.Blocks[l.Block]
		fixable := true
		if a.Format == article.Markdown {
			// Indentation is Markdown syntax (code, list items and
			// their continuation lines, quotes); only the lines of a
			// top-level paragraph ignore it.
			if b.Kind != article.Paragraph || b.Depth != 0 {
				continue
			}
			fixable = insignificant(line[:cut], line[cut:])
		} else if !b.Kind.IsProse() {
			continue
		}
		f := lint.Finding{
			Pos:     l.Start,
			End:     l.Start + cut,
			Message: "leading white space: " + text.DescribeSpaces(line[:cut]),
		}
		if fixable {
			f.Fixes = []lint.Fix{{
				Message: "remove the leading white space",
				Edits:   []lint.Edit{{Pos: l.Start, End: l.Start + cut}},
			}}
		}
		pass.Report(f)
	}
	return nil
}

// insignificant reports whether removing the white space ws at the start of
// a line of a Markdown paragraph, followed by rest, leaves the document's
// structure as it is. Up to three columns of spaces and tabs never matter:
// a line that would start a block (a list item, a heading, a quote) starts
// it with that indentation too. Wider or other white space can hide such a
// start ("    # text" continues a paragraph, "# text" is a heading), so it
// may only go when the text does not begin with punctuation or a digit.
func insignificant(ws, rest string) bool {
	cols := 0
	for _, r := range ws {
		switch r {
		case ' ':
			cols++
		case '\t':
			cols += 4 - cols%4
		default:
			cols = 4 // not Markdown indentation
		}
	}
	if cols <= 3 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= utf8.RuneSelf || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
