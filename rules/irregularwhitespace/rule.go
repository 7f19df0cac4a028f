// Package irregularwhitespace defines the irregular-whitespace rule.
package irregularwhitespace

import (
	"context"
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the irregular-whitespace rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "irregular-whitespace",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Options:  func() any { return &Options{} },
		Run:      run,
	}
}

// Options configure irregular-whitespace.
type Options struct {
	// BoundWords are words after which a house style puts a no-break
	// space, beyond the words of one or two letters that are always
	// accepted: Polish publishers that bind every preposition list
	// "pod", "przy" and "przez" here. Case is ignored.
	BoundWords []string `yaml:"bound-words"`
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	var bound map[string]bool
	if o, ok := pass.Options.(*Options); ok && len(o.BoundWords) > 0 {
		bound = make(map[string]bool, len(o.BoundWords))
		for _, w := range o.BoundWords {
			bound[strings.ToLower(w)] = true
		}
	}
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if !b.Kind.IsProse() {
			continue
		}
		for _, span := range b.Text {
			for r := range text.OddSpaceRuns(a.Src, span) {
				c, n := utf8.DecodeRuneInString(a.Src[r.Start:r.End])
				if n != r.End-r.Start {
					// A run of several characters, which
					// repeated-spaces reports.
					continue
				}
				if legitimate(c, a.Src[span.Start:r.Start], a.Src[r.End:span.End], bound) {
					continue
				}
				pass.Report(lint.Finding{
					Pos:     r.Start,
					End:     r.End,
					Message: text.DescribeSpaces(string(c)) + " where a plain space belongs",
					Fixes: []lint.Fix{{
						Message: "replace it with a plain space",
						Edits:   []lint.Edit{{Pos: r.Start, End: r.End, NewText: " "}},
					}},
				})
			}
		}
	}
	return nil
}
