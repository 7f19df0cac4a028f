// Package repeatedspaces defines the repeated-spaces rule.
package repeatedspaces

import (
	"context"
	_ "embed"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the repeated-spaces rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "repeated-spaces",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if !b.Kind.IsProse() {
			continue
		}
		for _, span := range b.Text {
			for r := range text.OddSpaceRuns(a.Src, span) {
				ws := a.Text(r)
				if utf8.RuneCountInString(ws) < 2 {
					continue // one character: irregular-whitespace's
				}
				keep := kept(ws)
				fix := "replace them with one space"
				if keep != " " {
					fix = "keep only the " + text.Name([]rune(keep)[0])
				}
				pass.Report(lint.Finding{
					Pos:     r.Start,
					End:     r.End,
					Message: "repeated white space: " + text.DescribeSpaces(ws),
					Fixes: []lint.Fix{{
						Message: fix,
						Edits:   []lint.Edit{{Pos: r.Start, End: r.End, NewText: keep}},
					}},
				})
			}
		}
	}
	return nil
}

// kept returns the one character a run of white space is reduced to: the
// first no-break or ideographic space in it, which a writer most likely
// put there on purpose (irregular-whitespace judges whether it belongs),
// or else a plain space.
func kept(ws string) string {
	for _, r := range ws {
		switch r {
		case '\u00A0', '\u202F', '\u2007', '\u3000':
			return string(r)
		}
	}
	return " "
}
