// Package prose gives rules the running text of an article: the prose
// ranges of its blocks, without code, raw HTML or front matter.
package prose

import (
	"iter"

	"github.com/newslint/newslint/lint/article"
)

// Ranges returns the prose ranges (Block.Text) of the article's prose
// blocks in document order. Ranges on Verbatim lines (code, raw HTML, front
// matter) are left out, except for the headline and subtitle, whose text a
// parser may take from front-matter fields and which are prose wherever they
// come from. Empty ranges are left out.
func Ranges(a *article.Article) []article.Span {
	var out []article.Span
	for s := range All(a) {
		out = append(out, s)
	}
	return out
}

// All yields the ranges of Ranges in order, without allocating.
func All(a *article.Article) iter.Seq[article.Span] {
	return func(yield func(article.Span) bool) {
		for i := range a.Blocks {
			b := &a.Blocks[i]
			if !b.Kind.IsProse() {
				continue
			}
			for _, s := range b.Text {
				if isProse(a, b, s) && !yield(s) {
					return
				}
			}
		}
	}
}

// ByBlock returns the ranges of Ranges grouped by block, one group per
// prose block that has any. Callers must not modify the groups, which may
// be the blocks' own Text (see Blocks).
func ByBlock(a *article.Article) [][]article.Span {
	var out [][]article.Span
	for _, g := range Blocks(a) {
		out = append(out, g)
	}
	return out
}

// Blocks yields the groups of ByBlock in order, each with its index among
// them. A group is the block's own Text when none of its ranges is left
// out, so that most groups cost no allocation; callers must not modify it.
func Blocks(a *article.Article) iter.Seq2[int, []article.Span] {
	return func(yield func(int, []article.Span) bool) {
		n := 0
		for i := range a.Blocks {
			b := &a.Blocks[i]
			if !b.Kind.IsProse() {
				continue
			}
			group := b.Text
			for _, s := range b.Text {
				if !isProse(a, b, s) {
					group = filter(a, b)
					break
				}
			}
			if len(group) == 0 {
				continue
			}
			if !yield(n, group) {
				return
			}
			n++
		}
	}
}

// filter returns the prose ranges of block b in a new slice.
func filter(a *article.Article, b *article.Block) []article.Span {
	var group []article.Span
	for _, s := range b.Text {
		if isProse(a, b, s) {
			group = append(group, s)
		}
	}
	return group
}

// isProse reports whether the range s of the prose block b is prose: not
// empty, and not on a Verbatim line unless b is the headline or subtitle.
func isProse(a *article.Article, b *article.Block, s article.Span) bool {
	if s.Len() == 0 {
		return false
	}
	return b.Kind == article.Headline || b.Kind == article.Subtitle || len(a.Lines) == 0 ||
		!a.Lines[a.LineAt(s.Start)].Verbatim
}
