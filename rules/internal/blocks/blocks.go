// Package blocks holds helpers for rules that judge whole lines and
// blocks of an article, such as template text and text in another
// language: the prose of each line, deleting lines cleanly, and telling
// sentences from labels.
package blocks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// Line is the prose of one physical line of a prose block.
type Line struct {
	// Index is the line's index in Article.Lines.
	Index int
	// Block is the index of the block the line belongs to.
	Block int
	// Pos and End delimit the line's prose: from the start of its first
	// text range to the end of its last.
	Pos, End int
	// Text is the line's prose, its text ranges joined by a space.
	Text string
}

// Judged reports whether a block holds prose that rules judging whole
// blocks look at: not code, raw HTML, front matter or table rows.
func Judged(b *article.Block) bool {
	return b.Kind.IsProse() && b.Kind != article.Table && len(b.Text) > 0
}

// Lines returns the prose lines of the block with index bi, in order.
func Lines(a *article.Article, bi int) []Line {
	b := &a.Blocks[bi]
	var out []Line
	for _, s := range b.Text {
		li := a.LineAt(s.Start)
		if n := len(out); n > 0 && out[n-1].Index == li {
			l := &out[n-1]
			l.Text += " " + a.Text(s)
			l.End = s.End
			continue
		}
		out = append(out, Line{Index: li, Block: bi, Pos: s.Start, End: s.End, Text: a.Text(s)})
	}
	return out
}

// Span returns the range of a block's prose, from its first text range to
// its last.
func Span(b *article.Block) (pos, end int) {
	return b.Text[0].Start, b.Text[len(b.Text)-1].End
}

// DeleteLines returns the edit that removes the physical lines first to
// last (inclusive) together with the blank lines that separate them from
// the text before them, so that the text around them keeps its layout.
// Lines at the very start of the article take the blank lines after them
// instead.
func DeleteLines(a *article.Article, first, last int) lint.Edit {
	prev := first - 1
	for prev >= 0 && blank(a, prev) {
		prev--
	}
	if prev >= 0 {
		return lint.Edit{Pos: a.Lines[prev].End, End: a.Lines[last].End}
	}
	next := last + 1
	for next < len(a.Lines) && blank(a, next) {
		next++
	}
	if next < len(a.Lines) {
		return lint.Edit{Pos: a.Lines[first].Start, End: a.Lines[next].Start}
	}
	return lint.Edit{Pos: a.Lines[first].Start, End: len(a.Src)}
}

// DeleteBlock returns the edit that removes block bi with DeleteLines.
func DeleteBlock(a *article.Article, bi int) lint.Edit {
	first, last := BlockLines(a, &a.Blocks[bi])
	return DeleteLines(a, first, last)
}

func blank(a *article.Article, i int) bool {
	l := a.Lines[i]
	return !l.Verbatim && article.IsBlank(a.Src[l.Start:l.End])
}

// BlockLines returns the first and last physical lines of a block.
func BlockLines(a *article.Article, b *article.Block) (first, last int) {
	return a.LineAt(b.Start), a.LineAt(b.End)
}

// EndsSentence reports whether text ends like a sentence: with a full
// stop, question or exclamation mark, ellipsis, colon or semicolon, maybe
// followed by closing quotes or brackets.
func EndsSentence(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]）」』】", r)
	})
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?…:;。！？：；।؟", r)
}

// Words counts the words of text: runs of letters, digits and marks.
func Words(text string) int {
	return countWords(text, len(text))
}

// MoreWords reports whether text has more than n words, reading no
// further than the word that makes them more.
func MoreWords(text string, n int) bool {
	return countWords(text, n+1) > n
}

// countWords counts the words of text, up to limit.
func countWords(text string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(text) && n < limit; {
		var w bool
		if c := text[i]; c < utf8.RuneSelf {
			w = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			w = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
			i += size
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
