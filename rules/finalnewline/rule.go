// Package finalnewline defines the final-newline rule.
package finalnewline

import (
	"context"
	_ "embed"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the final-newline rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "final-newline",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	src := a.Src
	if src == "" {
		return nil
	}
	// Lines n.. are the empty lines at the end of the file; line n-1 is
	// the last one with content, if any.
	n := len(a.Lines)
	for n > 0 && a.Lines[n-1].Start == a.Lines[n-1].End {
		n--
	}
	if n > 0 && a.Lines[n-1].EOL == 0 {
		pass.Report(lint.Finding{
			Pos:     len(src),
			End:     len(src),
			Message: "the file does not end with a line break",
			Fixes: []lint.Fix{{
				Message: "add a line break at the end",
				Edits:   []lint.Edit{{Pos: len(src), End: len(src), NewText: lineBreak(src)}},
			}},
		})
		return nil
	}
	// Keep the line break of the last line with content, or with no
	// content at all the first line break.
	first := max(n, 1)
	extra := len(a.Lines) - first
	if extra == 0 {
		return nil
	}
	for _, l := range a.Lines[first:] {
		if l.Verbatim {
			// An unclosed code block runs to the end of the file:
			// its empty lines are code.
			return nil
		}
	}
	pos := a.Lines[first].Start
	pass.Report(lint.Finding{
		Pos:     pos,
		End:     len(src),
		Message: text.Plural(extra, "blank line", "blank lines") + " at the end of the file",
		Fixes: []lint.Fix{{
			Message: "end the file with one line break",
			Edits:   []lint.Edit{{Pos: pos, End: len(src)}},
		}},
	})
	return nil
}

// lineBreak returns the line break the file uses last, or "\n".
func lineBreak(src string) string {
	for i := len(src) - 1; i >= 0; i-- {
		switch src[i] {
		case '\n':
			if i > 0 && src[i-1] == '\r' {
				return "\r\n"
			}
			return "\n"
		case '\r':
			return "\r"
		}
	}
	return "\n"
}
