package catalog

import (
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/blocks"
)

// Line is a prose line of an article and what the catalog says of it.
type Line struct {
	blocks.Line
	// Match is the template text the line is made of, when Matched.
	Match   Match
	Matched bool
}

// linesKey is the lint.Pass.Memo key of PassLines.
type linesKey struct{ c *Catalog }

// PassLines returns the prose lines of the blocks of the pass's article
// that blocks.Judged accepts, in order, each matched against the catalog.
// The lines are matched once per Lint call and shared by every rule that
// asks; callers must not modify the result.
func (c *Catalog) PassLines(pass *lint.Pass) []Line {
	v, _ := pass.Memo(linesKey{c}, func() (any, error) {
		return c.lines(pass), nil
	})
	return v.([]Line)
}

// lines is PassLines computed afresh.
func (c *Catalog) lines(pass *lint.Pass) []Line {
	a := pass.Article
	var out []Line
	for bi := range a.Blocks {
		if !blocks.Judged(&a.Blocks[bi]) {
			continue
		}
		for _, l := range blocks.Lines(a, bi) {
			m, ok := c.Match(l.Text)
			out = append(out, Line{Line: l, Match: m, Matched: ok})
		}
	}
	return out
}
