// Package prose gives rules the running text of an article: the prose
// ranges of its blocks, without code, raw HTML or front matter.
package prose

import "github.com/newslint/newslint/lint/article"

// Ranges returns the prose ranges (Block.Text) of the article's prose
// blocks in document order. Ranges on Verbatim lines (code, raw HTML, front
// matter) are left out, except for the headline and subtitle, whose text a
// parser may take from front-matter fields and which are prose wherever they
// come from. Empty ranges are left out.
func Ranges(a *article.Article) []article.Span {
	var out []article.Span
	for _, b := range ByBlock(a) {
		out = append(out, b...)
	}
	return out
}

// ByBlock returns the ranges of Ranges grouped by block, one group per
// prose block that has any.
func ByBlock(a *article.Article) [][]article.Span {
	var out [][]article.Span
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if !b.Kind.IsProse() {
			continue
		}
		var group []article.Span
		for _, s := range b.Text {
			if s.Len() == 0 {
				continue
			}
			if b.Kind != article.Headline && b.Kind != article.Subtitle && len(a.Lines) > 0 &&
				a.Lines[a.LineAt(s.Start)].Verbatim {
				continue
			}
			group = append(group, s)
		}
		if len(group) > 0 {
			out = append(out, group)
		}
	}
	return out
}
