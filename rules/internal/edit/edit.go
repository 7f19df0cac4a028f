// Package edit builds the text edits that several rules share, such as
// deleting a whole block of an article.
package edit

import (
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// DeleteBlock returns an edit that removes block bi of a together with one
// blank separator line, so that the blocks around it stay separated by the
// blank lines they had and no extra blank line is left behind. The separator
// after the block is taken when there is one; for the last block of the
// article it is the one before, and the line terminator that ends the text
// is kept as it was (present or absent).
func DeleteBlock(a *article.Article, bi int) lint.Edit {
	b := &a.Blocks[bi]
	ls := a.Lines
	i, j := a.LineAt(b.Start), a.LineAt(b.End)
	switch {
	case j+1 < len(ls) && isSeparator(a, j+1):
		return lint.Edit{Pos: ls[i].Start, End: ls[j+1].Next()}
	case i >= 2 && isSeparator(a, i-1):
		return lint.Edit{Pos: ls[i-2].End, End: ls[j].End}
	case j+1 < len(ls) || i == 0:
		return lint.Edit{Pos: ls[i].Start, End: ls[j].Next()}
	default:
		return lint.Edit{Pos: ls[i-1].End, End: ls[j].End}
	}
}

// isSeparator reports whether line li is a blank line between blocks.
func isSeparator(a *article.Article, li int) bool {
	l := a.Lines[li]
	return l.Block < 0 && !l.Verbatim && article.IsBlank(a.Src[l.Start:l.End])
}
