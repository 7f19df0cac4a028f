// Package lineendings defines the line-endings rule.
package lineendings

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

//go:embed doc.md
var doc string

// New returns the line-endings rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "line-endings",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

// style is a kind of line break.
type style int

const (
	none style = iota // no line break: the last line of a file without a final newline
	lf                // "\n", the expected one
	crlf              // "\r\n"
	cr                // "\r"
)

func styleOf(a *article.Article, l article.Line) style {
	switch {
	case l.EOL == 0:
		return none
	case l.EOL == 2:
		return crlf
	case a.Src[l.End] == '\r':
		return cr
	}
	return lf
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	var used [cr + 1]bool
	for _, l := range a.Lines {
		used[styleOf(a, l)] = true
	}
	mixed := 0
	for _, u := range used[lf:] {
		if u {
			mixed++
		}
	}
	// One finding per run of consecutive lines that end with the same
	// wrong line break: a file written on Windows is one finding, a
	// file with a few stray CR LF lines one per place.
	for i := 0; i < len(a.Lines); {
		s := styleOf(a, a.Lines[i])
		if s != crlf && s != cr {
			i++
			continue
		}
		j := i
		var edits []lint.Edit
		for j < len(a.Lines) && styleOf(a, a.Lines[j]) == s {
			l := a.Lines[j]
			edits = append(edits, lint.Edit{Pos: l.End, End: l.Next(), NewText: "\n"})
			j++
		}
		pass.Report(lint.Finding{
			Pos:     a.Lines[i].End,
			End:     a.Lines[j-1].Next(),
			Message: message(s, j-i, mixed > 1),
			Fixes: []lint.Fix{{
				Message: "use LF line breaks",
				Edits:   edits,
			}},
		})
		i = j
	}
	return nil
}

func message(s style, n int, mixed bool) string {
	var msg string
	switch {
	case s == crlf && n == 1:
		msg = "line ends with a Windows line break (CR LF)"
	case s == crlf:
		msg = fmt.Sprintf("%d lines end with Windows line breaks (CR LF)", n)
	case n == 1:
		msg = "line ends with an old Mac line break (CR)"
	default:
		msg = fmt.Sprintf("%d lines end with old Mac line breaks (CR)", n)
	}
	if mixed {
		msg += "; the file mixes line-break styles"
	}
	return msg
}
