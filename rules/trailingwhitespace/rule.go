// Package trailingwhitespace defines the trailing-whitespace rule.
package trailingwhitespace

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

// New returns the trailing-whitespace rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "trailing-whitespace",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	for _, l := range a.Lines {
		if l.Verbatim || l.HardBreak || l.Block < 0 {
			continue
		}
		line := a.Src[l.Start:l.End]
		cut := len(line)
		for cut > 0 {
			r, n := utf8.DecodeLastRuneInString(line[:cut])
			if !article.IsSpace(r) {
				break
			}
			cut -= n
		}
		if cut == len(line) || cut == 0 {
			// No trailing white space, or a white-space-only line,
			// which blank-line-whitespace reports.
			continue
		}
		pos := l.Start + cut
		pass.Report(lint.Finding{
			Pos:     pos,
			End:     l.End,
			Message: "trailing white space: " + text.DescribeSpaces(line[cut:]),
			Fixes: []lint.Fix{{
				Message: "remove the trailing white space",
				Edits:   []lint.Edit{{Pos: pos, End: l.End}},
			}},
		})
	}
	return nil
}
