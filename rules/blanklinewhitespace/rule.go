// Package blanklinewhitespace defines the blank-line-whitespace rule.
package blanklinewhitespace

import (
	"context"
	_ "embed"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the blank-line-whitespace rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "blank-line-whitespace",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

// repair is what the fix of a white-space-only line does.
type repair int

const (
	noRepair   repair = iota // no fix is safe
	emptyLine                // remove the line's white space, keeping the line break
	removeLine               // remove the line with its line break
)

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	var lay *layout // built on first need, for Markdown only
	for i, l := range a.Lines {
		line := a.Src[l.Start:l.End]
		if l.Verbatim || line == "" || !article.IsBlank(line) {
			continue
		}
		what := text.DescribeSpaces(line)
		f := lint.Finding{
			Pos:     l.Start,
			End:     l.End,
			Message: "line made only of white space: " + what,
		}
		r := emptyLine
		if a.Format == article.Markdown {
			if lay == nil {
				lay = newLayout(a)
			}
			r = lay.repairOf(i)
		}
		switch r {
		case emptyLine:
			f.Fixes = []lint.Fix{{
				Message: "remove the white space",
				Edits:   []lint.Edit{{Pos: l.Start, End: l.End}},
			}}
		case removeLine:
			// The line is part of a Markdown paragraph: emptying it
			// would split the paragraph in two, so the whole line goes.
			f.End = l.Next()
			f.Message = "line made only of white space inside a paragraph: " + what
			f.Fixes = []lint.Fix{{
				Message: "remove the line",
				Edits:   []lint.Edit{{Pos: l.Start, End: l.Next()}},
			}}
		}
		pass.Report(f)
	}
	return nil
}

// lineClass sorts lines for the Markdown analysis.
type lineClass int

const (
	blank    lineClass = iota // empty, or only spaces and tabs: a Markdown blank line
	unispace                  // only white space, some of it not a space or tab: paragraph text
	content                   // anything else
)

func classOf(a *article.Article, i int) lineClass {
	l := a.Lines[i]
	s := a.Src[l.Start:l.End]
	switch {
	case strings.Trim(s, " \t") == "":
		return blank
	case article.IsBlank(s):
		return unispace
	}
	return content
}

// layout holds, for each line of a Markdown article, its class and its
// nearest neighbors of interest, so that every line is judged in constant
// time however long the runs of white-space lines are.
type layout struct {
	a     *article.Article
	class []lineClass
	// prevSolid and nextSolid are the nearest lines before and after
	// each line that are not unispace; prevContent and nextContent the
	// nearest content lines. -1 when there is none.
	prevSolid, nextSolid, prevContent, nextContent []int
}

func newLayout(a *article.Article) *layout {
	n := len(a.Lines)
	lay := &layout{
		a: a, class: make([]lineClass, n),
		prevSolid: make([]int, n), nextSolid: make([]int, n),
		prevContent: make([]int, n), nextContent: make([]int, n),
	}
	for i := range n {
		lay.class[i] = classOf(a, i)
	}
	solid, cont := -1, -1
	for i := range n {
		lay.prevSolid[i], lay.prevContent[i] = solid, cont
		if lay.class[i] != unispace {
			solid = i
		}
		if lay.class[i] == content {
			cont = i
		}
	}
	solid, cont = -1, -1
	for i := n - 1; i >= 0; i-- {
		lay.nextSolid[i], lay.nextContent[i] = solid, cont
		if lay.class[i] != unispace {
			solid = i
		}
		if lay.class[i] == content {
			cont = i
		}
	}
	return lay
}

// repairOf decides how the white-space-only line i of a Markdown article
// can be fixed without changing the article's structure.
//
// A line of spaces and tabs is a blank line: emptying it changes nothing
// else. A line holding other white space, such as a no-break space, is
// paragraph text. After another paragraph line it continues that
// paragraph, and removing the whole line keeps the paragraph whole; after a
// table row it is a row, and there is no fix. After a blank line or another
// block it starts a paragraph: when nothing but blank lines follows,
// emptying it removes that paragraph, unless the paragraph is what keeps two
// lists or two indented code blocks apart; when text follows, any change
// could turn that text into something else (a list, a heading, code), so
// there is no fix.
func (lay *layout) repairOf(i int) repair {
	a := lay.a
	if lay.class[i] == blank {
		return emptyLine
	}
	if p := lay.prevSolid[i]; p >= 0 && lay.class[p] == content {
		switch {
		case continuesParagraph(a, p):
			return removeLine
		case inTable(a, p):
			// The line is a row of the table.
			return noRepair
		}
		// After a heading, a code block or a thematic break, the
		// line starts a paragraph.
	}
	if n := lay.nextSolid[i]; n >= 0 && lay.class[n] == content {
		return noRepair
	}
	before, after := lay.prevContent[i], lay.nextContent[i]
	if before < 0 || after < 0 {
		return emptyLine
	}
	if indentedCode(a, before) && indentedCode(a, after) || isListItem(a, before) && isListItem(a, after) {
		return noRepair
	}
	return emptyLine
}

// continuesParagraph reports whether a Markdown line that follows line p
// continues the paragraph line p belongs to.
func continuesParagraph(a *article.Article, p int) bool {
	l := a.Lines[p]
	if l.Verbatim || l.Block < 0 {
		return false
	}
	switch a.Blocks[l.Block].Kind {
	case article.Paragraph, article.Subtitle, article.Quote, article.ListItem:
		return true
	}
	return false
}

func inTable(a *article.Article, i int) bool {
	l := a.Lines[i]
	return l.Block >= 0 && a.Blocks[l.Block].Kind == article.Table
}

func isListItem(a *article.Article, i int) bool {
	l := a.Lines[i]
	return l.Block >= 0 && a.Blocks[l.Block].Kind == article.ListItem
}

// indentedCode reports whether line i is a line of an indented code block:
// a verbatim line indented by four columns or a tab.
func indentedCode(a *article.Article, i int) bool {
	l := a.Lines[i]
	s := a.Src[l.Start:l.End]
	return l.Verbatim && (strings.HasPrefix(s, "    ") || strings.HasPrefix(strings.TrimLeft(s, " "), "\t"))
}
