// Package boilerplate defines the boilerplate rule: template text of the
// site an article was copied from (share and comment prompts, newsletter
// and cookie banners, "Read more" and "Related" lines, advertisement
// labels, navigation, copyright footers) in the article's own language.
package boilerplate

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/lang"
	"github.com/newslint/newslint/rules/boilerplate/catalog"
	"github.com/newslint/newslint/rules/internal/blocks"
)

//go:embed doc.md
var doc string

// Name is the rule's name.
const Name = "boilerplate"

// Limits of the structural signal: short lines without sentence
// punctuation that follow a template line introducing a list near the end
// of the article are template text too (the headlines under "Related").
const (
	// maxStructuralWords is the longest such line, in words.
	maxStructuralWords = 10
	// tailLines is how many of the last prose lines always count as "near
	// the end"; tailShare is the share of the article that does.
	tailLines = 8
	tailShare = 0.25
	// foreignMinChars and foreignMinConfidence are what a line needs to
	// be left to mixed-language as foreign text.
	foreignMinChars      = 40
	foreignMinConfidence = 0.9
)

// New returns the boilerplate rule. The rule value owns its template
// catalog and language detector, built on first use.
func New() *lint.Rule {
	c := &checker{
		catalog:  sync.OnceValues(catalog.Load),
		detector: sync.OnceValues(func() (*lang.Detector, error) { return lang.NewDetector(nil) }),
	}
	return &lint.Rule{
		Name:     Name,
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.UnsafeFix,
		Run:      c.run,
	}
}

type checker struct {
	catalog  func() (*catalog.Catalog, error)
	detector func() (*lang.Detector, error)
}

// line is a prose line and what the catalog says of it.
type line = catalog.Line

func (c *checker) run(_ context.Context, pass *lint.Pass) error {
	cat, err := c.catalog()
	if err != nil {
		return err
	}
	d, err := c.detector()
	if err != nil {
		return err
	}
	a := pass.Article
	// The other language rules of this Lint call share the
	// identification of the article's language.
	al := d.PassLanguages(pass)

	// The mixed-language rule matches the same lines: the catalog
	// matches them once per Lint call.
	lines := cat.PassLines(pass)
	// own tells whether template text is this rule's: in the article's
	// language or in none; foreign template text is mixed-language's.
	own := func(l *line) bool {
		return l.Matched && (len(al.Langs) == 0 || l.Match.In(al.Langs))
	}
	tail := len(lines) - max(tailLines, int(tailShare*float64(len(lines))))
	for i := range lines {
		l := &lines[i]
		switch {
		case own(l):
			report(pass, a, l.Line, "line is template text ("+strings.Join(l.Match.Concepts, ", ")+")")
		case i > tail && !l.Matched && c.structural(d, al, l.Text):
			if k := leadIn(lines[:i], own, func(l *line) bool { return c.structural(d, al, l.Text) }); k >= 0 && k >= tail && introducesList(&lines[k]) {
				report(pass, a, l.Line, fmt.Sprintf("line is template text: a short line without sentence punctuation after %q near the end of the article",
					lines[k].Text))
			}
		}
	}
	return nil
}

// listConcepts are the template phrases that introduce a list of links
// (headlines, posts) that has no sentence punctuation.
var listConcepts = []string{"related", "popular posts", "read also", "blog archive"}

// introducesList reports whether a template line introduces a list.
func introducesList(l *line) bool {
	for _, c := range l.Match.Concepts {
		if slices.Contains(listConcepts, c) {
			return true
		}
	}
	return false
}

// leadIn returns the index of the template line of the article's own
// language that a run of structural lines ending at lines[len-1] follows,
// or -1.
func leadIn(lines []line, own, structural func(*line) bool) int {
	for k := len(lines) - 1; k >= 0; k-- {
		switch l := &lines[k]; {
		case own(l):
			return k
		case l.Matched || structural(l):
			// part of the run
		default:
			return -1
		}
	}
	return -1
}

// structural reports whether a line could be template text by its shape:
// short, without sentence punctuation at the end, and not text in another
// language (which is mixed-language's).
func (c *checker) structural(d *lang.Detector, al lang.Article, text string) bool {
	if blocks.MoreWords(text, maxStructuralWords) || blocks.EndsSentence(text) || labeled(text) {
		return false
	}
	if len(al.Langs) == 0 {
		return true
	}
	_, foreign := d.Foreign(blocks.LanguageText(text), lang.Expect{Langs: al.Langs, MinLetters: foreignMinChars, MinConfidence: foreignMinConfidence})
	return !foreign
}

// labeled reports whether a line starts with a label and a colon, as
// credits do ("Source: KGUN 9", "Photo: Reuters"): those are the article's.
func labeled(text string) bool {
	label, _, ok := strings.Cut(text, ":")
	return ok && blocks.Words(label) <= 2
}

// report reports a template line with a fix that deletes it; a headline is
// reported but not deleted.
func report(pass *lint.Pass, a *article.Article, l blocks.Line, msg string) {
	f := lint.Finding{Pos: l.Pos, End: l.End, Message: msg}
	if a.Blocks[l.Block].Kind != article.Headline {
		f.Fixes = []lint.Fix{{
			Message:       "delete the template line",
			Applicability: lint.Unsafe,
			Edits:         []lint.Edit{blocks.DeleteLines(a, l.Index, l.Index)},
		}}
	}
	pass.Report(f)
}
