// Package consecutiveblanklines defines the consecutive-blank-lines rule.
package consecutiveblanklines

import (
	"context"
	_ "embed"
	"fmt"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the consecutive-blank-lines rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "consecutive-blank-lines",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	lines := a.Lines
	for i := 0; i < len(lines); {
		if !empty(lines[i]) {
			i++
			continue
		}
		j := i
		for j < len(lines) && empty(lines[j]) {
			j++
		}
		// Lines i to j-1 are empty. Empty lines at the end of the file
		// are final-newline's.
		if j < len(lines) {
			if i == 0 {
				reportLeading(pass, j)
			} else if j-i > 1 {
				reportExtra(pass, i, j)
			}
		}
		i = j
	}
	return nil
}

// empty reports whether a line is truly empty and may be removed: white
// space makes a line blank-line-whitespace's, and verbatim lines (code)
// are never touched.
func empty(l article.Line) bool {
	return l.Start == l.End && l.EOL > 0 && !l.Verbatim
}

// reportLeading reports the n empty lines that open the article.
func reportLeading(pass *lint.Pass, n int) {
	a := pass.Article
	end := a.Lines[n-1].Next()
	f := lint.Finding{
		Pos:     0,
		End:     end,
		Message: text.Plural(n, "blank line", "blank lines") + " at the start of the file",
	}
	// Markdown front matter must open the file: removing the blank
	// lines would turn a thematic break into front matter.
	if a.Format != article.Markdown || !isFence(a, n) {
		f.Fixes = []lint.Fix{{
			Message: "remove the blank lines at the start",
			Edits:   []lint.Edit{{Pos: 0, End: end}},
		}}
	}
	pass.Report(f)
}

// reportExtra reports the run of empty lines i to j-1 between two blocks.
// The finding covers the whole run, so that the gap shows as one place;
// the fix keeps the first line, since in Markdown one blank line separates
// blocks (a list from the paragraph after it).
func reportExtra(pass *lint.Pass, i, j int) {
	a := pass.Article
	pos, end := a.Lines[i+1].Start, a.Lines[j-1].Next()
	pass.Report(lint.Finding{
		Pos:     a.Lines[i].Start,
		End:     end,
		Message: fmt.Sprintf("%d blank lines in a row", j-i),
		Fixes: []lint.Fix{{
			Message: "keep one blank line",
			Edits:   []lint.Edit{{Pos: pos, End: end}},
		}},
	})
}

func isFence(a *article.Article, i int) bool {
	l := a.Lines[i]
	return strings.TrimRight(a.Src[l.Start:l.End], " \t") == "---"
}
