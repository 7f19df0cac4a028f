// Package article is newslint's model of a news article: its exact source
// bytes, its physical lines and its logical blocks (headline, subtitle,
// paragraphs, headings, quotes, list items, code), each with exact byte
// ranges into the source.
//
// Rules never search the text to find a block again: every position they
// report comes from the ranges this package computes.
package article

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Format is the syntax an article is written in.
type Format int

// The supported formats.
const (
	Text     Format = iota // plain text: headline, optional subtitle, paragraphs separated by blank lines
	Markdown               // CommonMark with optional YAML front matter
)

// String returns the format's name as used in configuration and output.
func (f Format) String() string {
	switch f {
	case Markdown:
		return "markdown"
	default:
		return "text"
	}
}

// FormatOf returns the format implied by a file name's extension. Unknown
// extensions, and the empty name used for standard input, are plain text.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	default:
		return Text
	}
}

// Kind is the role of a block in an article.
type Kind int

// The block kinds.
const (
	Paragraph Kind = iota
	Headline
	Subtitle
	Heading
	Quote // a paragraph inside a block quote
	ListItem
	Code // a code block; never prose
	HTML // a raw HTML block; never prose
	// FrontMatter is the YAML front matter of a Markdown file; never
	// prose. Its span holds the Headline and Subtitle blocks made from
	// its title and subtitle.
	FrontMatter
	Table // a table row
)

var kindNames = [...]string{
	Paragraph:   "paragraph",
	Headline:    "headline",
	Subtitle:    "subtitle",
	Heading:     "heading",
	Quote:       "quote",
	ListItem:    "list item",
	Code:        "code",
	HTML:        "html",
	FrontMatter: "front matter",
	Table:       "table",
}

// String returns the kind's name as used in messages.
func (k Kind) String() string {
	if int(k) >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// IsProse reports whether blocks of this kind hold running text that rules
// inspect.
func (k Kind) IsProse() bool {
	switch k {
	case Code, HTML, FrontMatter:
		return false
	}
	return true
}

// Span is a half-open byte range [Start, End) of an article's source.
type Span struct {
	Start, End int
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether offset lies inside the span.
func (s Span) Contains(offset int) bool { return s.Start <= offset && offset < s.End }

// Line is one physical line of the source.
type Line struct {
	// Start and End delimit the line's content, without its terminator.
	Start, End int
	// EOL is the length of the terminator that follows End: 0 (end of
	// file), 1 ("\n" or "\r") or 2 ("\r\n").
	EOL int
	// Block is the index of the block the line belongs to, or -1 for a
	// line between blocks (a blank separator line). In Markdown, lines of
	// markup alone also belong to no block: thematic breaks, table
	// delimiter rows, link reference definitions and block-quote lines
	// holding only ">".
	Block int
	// Verbatim marks lines whose bytes are not prose and must be left
	// alone: code blocks, raw HTML, front matter and their fences (but
	// not the lines of a front-matter title or subtitle whose Text is
	// exact).
	Verbatim bool
	// HardBreak marks a Markdown line whose trailing spaces (two or more)
	// form an intentional hard line break.
	HardBreak bool
}

// Next returns the offset of the first byte after the line's terminator.
func (l Line) Next() int { return l.End + l.EOL }

// Block is a logical unit of an article.
type Block struct {
	Kind Kind
	// Span covers the block from the first byte of its first line's
	// content to the end of its last line's content (terminator
	// excluded). For Markdown it includes markup such as "> " or "- ".
	Span
	// Text holds the block's prose as byte ranges in document order:
	// everything a reader sees as running text, without markup, code
	// spans, raw HTML, link destinations or autolinks. Consecutive
	// ranges are separated by whatever was left out (a line break, a
	// code span, markup).
	Text []Span
	// Depth is the nesting depth of quotes and lists (0 at top level) and
	// the level of a heading. In Markdown: for a Quote or ListItem, the
	// number of block quotes and list items around it, less one (its own);
	// for a Heading, and a Headline made from a heading, the level (1-6);
	// for other kinds, the number of block quotes and list items around
	// the block (a Paragraph is always at depth 0).
	Depth int
}

// Article is a parsed article.
type Article struct {
	// Path is the name the article was read from ("" for memory).
	Path string
	// Format is the syntax the source was parsed as.
	Format Format
	// Src is the exact source text.
	Src string
	// Lines are all physical lines of Src, in order. A source that ends
	// with a line terminator has no empty line after it.
	Lines []Line
	// Blocks are the article's blocks in document order.
	Blocks []Block
	// Lang is the language declared by the article itself (Markdown front
	// matter "lang"), or "".
	Lang string
	// Suppressions are the in-text directives that silence findings.
	Suppressions []Suppression
}

// Text returns the source text of a span.
func (a *Article) Text(s Span) string { return a.Src[s.Start:s.End] }

// BlockText returns a block's prose joined by a single space between its
// ranges, for rules that compare or classify whole blocks. Positions must be
// taken from Block.Text, not from this string.
func (a *Article) BlockText(b *Block) string {
	switch len(b.Text) {
	case 0:
		return ""
	case 1:
		return a.Text(b.Text[0])
	}
	var sb strings.Builder
	for i, s := range b.Text {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(a.Text(s))
	}
	return sb.String()
}

// Headline returns the headline block, or nil.
func (a *Article) Headline() *Block { return a.first(Headline) }

// Subtitle returns the subtitle block, or nil.
func (a *Article) Subtitle() *Block { return a.first(Subtitle) }

func (a *Article) first(k Kind) *Block {
	for i := range a.Blocks {
		if a.Blocks[i].Kind == k {
			return &a.Blocks[i]
		}
	}
	return nil
}

// LineAt returns the index of the line containing offset. An offset inside
// a terminator, or at the very end of the source, belongs to the line it
// ends.
func (a *Article) LineAt(offset int) int {
	i := sort.Search(len(a.Lines), func(i int) bool { return a.Lines[i].Next() > offset })
	if i == len(a.Lines) {
		i = len(a.Lines) - 1
	}
	if i < 0 {
		return 0
	}
	return i
}

// Position returns the 1-based line and the 1-based column, counted in
// Unicode code points, of a byte offset. The offset just past a final line
// break is the first column of the line after it.
func (a *Article) Position(offset int) (line, column int) {
	if len(a.Lines) == 0 {
		return 1, 1
	}
	if offset > len(a.Src) {
		offset = len(a.Src)
	}
	i := a.LineAt(offset)
	l := a.Lines[i]
	if offset >= l.Next() && l.EOL > 0 {
		// The end of a source that ends with a line break is the start
		// of the (empty) line after it.
		return i + 2, 1
	}
	offset = max(offset, l.Start)
	column = utf8.RuneCountInString(a.Src[l.Start:min(offset, l.End)]) + 1
	if offset > l.End {
		column++ // between the "\r" and "\n" of a line break
	}
	return i + 1, column
}

// Error is a problem with the input that prevents parsing, at a position.
type Error struct {
	Offset       int
	Line, Column int // 1-based; 0 when the error concerns the whole input
	Msg          string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Msg)
}

// Parse checks that src is a text article (UTF-8, no NUL bytes) and parses it
// in the given format.
func Parse(path string, src []byte, format Format) (*Article, error) {
	if err := validate(src); err != nil {
		return nil, err
	}
	a := &Article{Path: path, Format: format, Src: string(src)}
	a.Lines = splitLines(a.Src)
	switch format {
	case Markdown:
		if err := parseMarkdown(a); err != nil {
			return nil, err
		}
	default:
		parseText(a)
	}
	return a, nil
}

// validate rejects input that is not UTF-8 text.
func validate(src []byte) error {
	if len(src) >= 2 && (src[0] == 0xFF && src[1] == 0xFE || src[0] == 0xFE && src[1] == 0xFF) {
		return &Error{Msg: "file is UTF-16 (it starts with a UTF-16 byte order mark); convert it to UTF-8"}
	}
	line, lineStart := 1, 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			switch c {
			case 0:
				return &Error{Offset: i, Line: line, Column: utf8.RuneCount(src[lineStart:i]) + 1,
					Msg: "NUL byte: this looks like a binary file, not a text article"}
			case '\n':
				line, lineStart = line+1, i+1
			case '\r':
				if i+1 >= len(src) || src[i+1] != '\n' {
					line, lineStart = line+1, i+1
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return &Error{Offset: i, Line: line, Column: utf8.RuneCount(src[lineStart:i]) + 1,
				Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02X); newslint reads UTF-8 text only", c)}
		}
		i += n
	}
	return nil
}

// splitLines splits src at "\n", "\r\n" and lone "\r".
func splitLines(src string) []Line {
	lines := make([]Line, 0, strings.Count(src, "\n")+1)
	start := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lines = append(lines, Line{Start: start, End: i, EOL: 1, Block: -1})
			start = i + 1
		case '\r':
			eol := 1
			if i+1 < len(src) && src[i+1] == '\n' {
				eol = 2
			}
			lines = append(lines, Line{Start: start, End: i, EOL: eol, Block: -1})
			i += eol - 1
			start = i + 1
		}
	}
	if start < len(src) || len(lines) == 0 {
		lines = append(lines, Line{Start: start, End: len(src), Block: -1})
	}
	return lines
}

// IsBlank reports whether s holds only white space (ASCII or Unicode spaces,
// including no-break spaces), or nothing.
func IsBlank(s string) bool {
	for _, r := range s {
		if !IsSpace(r) {
			return false
		}
	}
	return true
}

// IsSpace reports whether r is white space for layout purposes: ASCII
// blanks and the Unicode space separators (Zs). Line terminators are not
// included.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f',
		'\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
		'\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000':
		return true
	}
	return false
}
