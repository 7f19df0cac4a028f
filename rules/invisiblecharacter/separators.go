package invisiblecharacter

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// The Unicode line and paragraph separators. Unicode defines them as
// unambiguous line and paragraph breaks, but neither plain text nor
// Markdown nor HTML treats them as breaks: depending on the program they
// show as a break, a space or nothing, and in JSON exports and scripts they
// end string literals. They come from layout programs (a forced line break)
// and from text that passed through JavaScript.
const (
	lineSeparator      = '\u2028'
	paragraphSeparator = '\u2029'
)

func isSeparator(r rune) bool { return r == lineSeparator || r == paragraphSeparator }

// reportSeparators reports the run of count line and paragraph separators
// [pos, end).
func reportSeparators(pass *lint.Pass, pos, end, count int) {
	a := pass.Article
	run := a.Src[pos:end]
	first, _ := utf8.DecodeRuneInString(run)
	var msg string
	if strings.Count(run, string(first)) == count {
		msg = describe(first)
		if first == lineSeparator {
			msg += " (a line break that many programs do not show)"
		} else {
			msg += " (a paragraph break that many programs do not show)"
		}
		if count > 1 {
			msg += fmt.Sprintf(" (%d in a row)", count)
		}
	} else {
		msg = fmt.Sprintf("invisible characters U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, breaks that many programs do not show (%d in a row)", count)
	}
	// Two separators in a row, or a paragraph separator, show as an
	// empty line where they show at all: a paragraph break.
	paragraph := count > 1 || first == paragraphSeparator
	pass.Report(lint.Finding{Pos: pos, End: end, Message: msg, Fixes: []lint.Fix{separatorFix(a, pos, end, count, paragraph)}})
}

// separatorFix returns the fix for the count separators [pos, end), which
// show as a paragraph break when paragraph is set and as a line break
// otherwise.
//
// Next to white space or at the start or end of a line, the separators
// are removed: the space or the line's own break already separates what
// they separate. Between two visible characters they become what the
// format writes for the break, where it can without changing the
// article's structure: in a plain-text paragraph, a line break (the
// article's own line ending), or a blank line for a paragraph break. In
// a plain-text headline or subtitle, which are one line each, and in
// Markdown, where a new line could start a list, a heading or a block
// quote and a single line break shows as a space anyway, they become a
// space.
func separatorFix(a *article.Article, pos, end, count int, paragraph bool) lint.Fix {
	li := a.LineAt(pos)
	line := a.Lines[li]
	it := "it"
	if count > 1 {
		it = "them"
	}
	remove := lint.Fix{Message: "remove " + it, Edits: []lint.Edit{{Pos: pos, End: end}}}
	if pos <= line.Start || end >= line.End {
		return remove
	}
	before, _ := utf8.DecodeLastRuneInString(a.Src[line.Start:pos])
	after, _ := utf8.DecodeRuneInString(a.Src[end:line.End])
	if article.IsSpace(before) || article.IsSpace(after) {
		return remove
	}
	if a.Format == article.Text && line.Block >= 0 && a.Blocks[line.Block].Kind == article.Paragraph {
		eol := lineEnding(a, li)
		if paragraph {
			return lint.Fix{Message: "replace " + it + " with a blank line (a paragraph break)", Edits: []lint.Edit{{Pos: pos, End: end, NewText: eol + eol}}}
		}
		return lint.Fix{Message: "replace " + it + " with a line break", Edits: []lint.Edit{{Pos: pos, End: end, NewText: eol}}}
	}
	return lint.Fix{Message: "replace " + it + " with a space", Edits: []lint.Edit{{Pos: pos, End: end, NewText: " "}}}
}

// lineEnding returns the line ending the article uses around line li: the
// terminator of that line, or of the nearest line before it that has one
// (the last line may have none), or "\n".
func lineEnding(a *article.Article, li int) string {
	for i := li; i >= 0; i-- {
		if l := a.Lines[i]; l.EOL > 0 {
			return a.Src[l.End:l.Next()]
		}
	}
	return "\n"
}
