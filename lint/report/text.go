package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// ANSI escape sequences used by the text format.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
	ansiCyan   = "\x1b[36m"
)

// Layout of the source excerpt.
const (
	// maxSourceWidth is the widest excerpt of a source line shown, in
	// terminal columns: news paragraphs are often a single long line.
	maxSourceWidth = 100
	// sourceLeadIn is how many columns before the marked range an
	// excerpt of a long line shows.
	sourceLeadIn = 30
	// tabWidth is the number of columns a tab is shown as.
	tabWidth = 4
)

func textFormat() Format {
	return Format{
		Name:        "text",
		Description: "one line per finding: path:line:column: severity: message [rule]",
		New: func(w io.Writer, opts Options) Writer {
			return &textWriter{w: w, opts: opts}
		},
	}
}

type textWriter struct {
	w    io.Writer
	opts Options
	buf  bytes.Buffer
}

func (t *textWriter) Write(f *File) error {
	t.buf.Reset()
	for i := range f.Findings {
		t.finding(f, &f.Findings[i])
	}
	_, err := t.w.Write(t.buf.Bytes())
	return err
}

func (t *textWriter) Close() error { return nil }

// paint wraps s in an ANSI style when colors are on.
func (t *textWriter) paint(style, s string) string {
	if !t.opts.Color || style == "" {
		return s
	}
	return style + s + ansiReset
}

func severityStyle(s lint.Severity) string {
	switch s {
	case lint.Error:
		return ansiBold + ansiRed
	case lint.Warning:
		return ansiBold + ansiYellow
	default:
		return ansiBold + ansiCyan
	}
}

func (t *textWriter) finding(f *File, x *lint.Finding) {
	p := PositionOf(f.Article, x)
	loc := location(Sanitize(f.Path), p)
	style := severityStyle(x.Severity)
	fmt.Fprintf(&t.buf, "%s %s %s %s\n",
		t.paint(ansiBold, loc+":"),
		t.paint(style, x.Severity.String()+":"),
		Sanitize(x.Message),
		t.paint(ansiDim, "["+x.Rule+"]"))
	if t.opts.Source && !p.IsWholeFile() && f.Article != nil {
		t.source(f.Article, x, p.Line, style)
	}
}

// source writes the finding's first line with a marker under the reported
// range, clipped to the line.
func (t *textWriter) source(a *article.Article, x *lint.Finding, lineNo int, style string) {
	line := a.Lines[lineNo-1]
	start := min(max(x.Pos, line.Start), line.End)
	end := min(max(x.End, start), line.End)
	ex := excerpt(a.Src[line.Start:line.End], start-line.Start, end-line.Start)

	num := strconv.Itoa(lineNo)
	pad := strings.Repeat(" ", len(num))
	marker := strings.Repeat(" ", ex.markFrom) + "^" + strings.Repeat("~", ex.markTo-ex.markFrom-1)
	fmt.Fprintf(&t.buf, " %s %s\n", t.paint(ansiBlue, num+" |"), ex.text)
	fmt.Fprintf(&t.buf, " %s %s\n", t.paint(ansiBlue, pad+" |"), t.paint(style, marker))
}

// lineExcerpt is a source line as shown in a terminal, with the columns of
// the marked range.
type lineExcerpt struct {
	text             string
	markFrom, markTo int // display columns, markTo > markFrom
}

// cell is one character of a source line as shown.
type cell struct {
	off  int    // byte offset in the line
	text string // what is shown
	col  int    // display column where it starts
	w    int    // display width
}

// excerpt lays out line for display and marks the bytes [from, to). Tabs
// become spaces, control and format characters (invisible ones such as
// U+200B) are shown as <U+XXXX>, wide characters count two columns, and a
// line wider than maxSourceWidth is cut around the marked range, the cuts
// shown as "…".
func excerpt(line string, from, to int) lineExcerpt {
	var cells []cell
	col := 0
	markFrom, markTo := -1, -1
	for off, r := range line {
		if off == from {
			markFrom = col
		}
		if off == to {
			markTo = col
		}
		text, w := displayRune(r)
		cells = append(cells, cell{off: off, text: text, col: col, w: w})
		col += w
	}
	total := col
	if markFrom < 0 {
		markFrom = total
	}
	if markTo < 0 {
		markTo = total
	}
	if markTo <= markFrom {
		markTo = markFrom + 1
	}

	lo, hi := 0, total
	if total > maxSourceWidth {
		lo = max(0, markFrom-sourceLeadIn)
		hi = min(total, lo+maxSourceWidth)
		lo = max(0, hi-maxSourceWidth)
	}
	var sb strings.Builder
	shift := 0 // columns the excerpt moves text by: cut text minus the "…"
	first := true
	for _, c := range cells {
		if c.col < lo || c.col+c.w > hi {
			continue
		}
		if first {
			first = false
			if c.col > 0 {
				sb.WriteString("…")
				shift = c.col - 1
			}
		}
		sb.WriteString(c.text)
	}
	if first && lo > 0 {
		// Nothing but the end of the line is shown.
		sb.WriteString("…")
		shift = total - 1
	}
	if hi < total {
		sb.WriteString("…")
	}
	from2 := max(markFrom-shift, 0)
	to2 := max(min(markTo, hi)-shift, from2+1)
	return lineExcerpt{text: sb.String(), markFrom: from2, markTo: to2}
}

// displayRune returns how r is shown in an excerpt and its width.
func displayRune(r rune) (string, int) {
	switch {
	case r == '\t':
		return strings.Repeat(" ", tabWidth), tabWidth
	case r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
		s := fmt.Sprintf("<U+%04X>", r)
		return s, len(s)
	case unicode.In(r, unicode.Mn, unicode.Me):
		return string(r), 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return string(r), 2
	}
	return string(r), 1
}

// Sanitize makes s safe to print as part of one line of terminal output:
// control characters other than tab (line breaks, escape sequences) are
// replaced by Go escapes such as \n or \x1b.
func Sanitize(s string) string {
	if !strings.ContainsFunc(s, isUnsafeControl) {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		if isUnsafeControl(r) {
			q := strconv.QuoteRune(r)
			sb.WriteString(q[1 : len(q)-1])
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func isUnsafeControl(r rune) bool { return r != '\t' && unicode.IsControl(r) }
