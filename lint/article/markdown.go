package article

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Markdown
//
// A Markdown article is parsed with goldmark as CommonMark with the GitHub
// extensions for tables, strikethrough, task lists and bare URLs, after its
// YAML front matter (see frontmatter.go). Blocks are the leaves of the
// Markdown document, in source order:
//
//   - Headline: the front matter's title; without one, a level-1 heading at
//     the top level that comes before any other content (only HTML blocks,
//     such as comments, and link reference definitions may precede it). Its Depth is 1 when it is a
//     heading. A later level-1 heading is a Heading.
//   - Subtitle: the front matter's subtitle or description. Markdown
//     subtitles are declared, never guessed.
//   - Heading (ATX or setext; Depth is the level), Paragraph (at the top
//     level), Quote (a paragraph whose innermost container is a block
//     quote), ListItem (a paragraph whose innermost container is a list
//     item; one block per paragraph), Table (one block per row; the
//     delimiter row belongs to no block), Code (indented or fenced, fences
//     included), HTML (an HTML block).
//   - Thematic breaks, link reference definitions, blank lines and lines
//     holding only container markup (">") belong to no block.
//
// A block's Span covers its lines whole, container markup ("> ", "- ") and
// setext underlines included. Code, HTML and front-matter lines are
// Verbatim. Block.Text holds the source ranges of the text a reader sees,
// split at line ends and trimmed of white space at line edges: link text and
// image descriptions are text; code spans, raw inline HTML and comments,
// link destinations and titles, autolinks and bare URLs, task-list boxes,
// emphasis and strikethrough markers, backslashes of escapes, heading,
// list and block-quote markers and table pipes are not. Entity and
// character references (&amp;) are kept as written.
//
// Pathological input is bounded so that parsing stays linear: a container
// marker ('>' or a list marker) that starts beyond byte maxContainerPrefix
// of its line is read as text, which caps the nesting depth of block quotes
// and lists; brackets nested deeper than maxBracketDepth, link openings
// "](" beyond maxLinkOpenings in one run of text without white space, and
// emphasis delimiters beyond maxDelimiterRuns in a paragraph are read as
// text; and a table whose cells (GitHub pads every row to the
// header's width) would far outnumber its bytes is read as a paragraph.

// Limits that keep parsing linear on hostile input.
const (
	// maxContainerPrefix is the line offset from which '>' and list
	// markers no longer open containers.
	maxContainerPrefix = 100
	// A table may have at most tableCellsPerByte cells per byte of its
	// text, plus tableCellAllowance.
	tableCellsPerByte  = 2
	tableCellAllowance = 8192
	// maxEscapedPipes is the number of escaped pipes ("\|") in the table
	// rows of an article beyond which its tables are read as paragraphs:
	// each costs the table extension work over all the others.
	maxEscapedPipes = 256
	// maxBracketDepth is the nesting depth of '[' in a paragraph from
	// which brackets are text: goldmark's link parser costs the square of
	// the depth.
	maxBracketDepth = 32
	// maxLinkOpenings is the number of "](" in a run of text without
	// white space from which the '(' is text: each one makes goldmark
	// scan the rest of the run for a link destination.
	maxLinkOpenings = 32
	// maxDelimiterRuns is the number of runs of emphasis or
	// strikethrough delimiters ("*", "__", "~~") in a paragraph from which
	// they are text: goldmark matches them in time quadratic in their
	// number.
	maxDelimiterRuns = 256
	// neutral replaces the syntax that must not be read as Markdown, in
	// the parser's copy of the source only.
	neutral = 'x'
)

// newMarkdownParser returns the goldmark parser for articles.
func newMarkdownParser() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(
		extension.Table,
		extension.Strikethrough,
		extension.TaskList,
		extension.Linkify,
	)).Parser()
}

// mdParser builds an article's blocks from a goldmark document.
type mdParser struct {
	a *Article
	// base is the offset in Article.Src of the goldmark input.
	base int
	// titled is set when the front matter has a title.
	titled bool
	// content is set once a block that rules out a Markdown headline has
	// been seen.
	content bool
	leaves  []leaf
	// comments are the spans of the HTML comments outside code.
	comments []Span
}

// leaf is a block in the making.
type leaf struct {
	kind        Kind
	depth       int
	first, last int // line indexes
	verbatim    bool
	text        []Span
	hardBreaks  []int // line indexes
}

// parseMarkdown parses a Markdown article.
func parseMarkdown(a *Article) error {
	p := &mdParser{a: a}
	if closeLine := findFrontMatter(a); closeLine >= 0 {
		fm, err := parseFrontMatter(a, closeLine)
		if err != nil {
			return err
		}
		p.frontMatter(fm)
		p.base = a.Lines[closeLine].Next()
	}
	src := markdownInput(a.Src[p.base:])
	doc := newMarkdownParser().Parse(text.NewReader(src))
	p.walk(doc)
	p.build()
	a.Suppressions = p.suppressions()
	return nil
}

// frontMatter adds the front matter's blocks.
func (p *mdParser) frontMatter(fm *frontMatter) {
	a := p.a
	idx := len(a.Blocks)
	a.Blocks = append(a.Blocks, Block{Kind: FrontMatter, Span: Span{0, a.Lines[fm.close].End}})
	for i := 0; i <= fm.close; i++ {
		a.Lines[i].Block, a.Lines[i].Verbatim = idx, true
	}
	for _, e := range fm.entries {
		b := Block{Kind: e.kind, Span: Span{a.Lines[e.first].Start, a.Lines[e.last].End}}
		exact := e.text.Len() > 0
		if exact {
			b.Text = []Span{e.text}
		}
		for i := e.first; i <= e.last; i++ {
			a.Lines[i].Block, a.Lines[i].Verbatim = len(a.Blocks), !exact
		}
		a.Blocks = append(a.Blocks, b)
		if e.kind == Headline {
			p.titled = true
		}
	}
	a.Lang = fm.lang
}

// line returns the index of the line holding offset off of the goldmark
// input.
func (p *mdParser) line(off int) int {
	return p.a.LineAt(p.base + min(max(off, 0), len(p.a.Src)-p.base))
}

// walk visits the document's blocks in order, without recursion: nesting
// may be deep.
func (p *mdParser) walk(doc ast.Node) {
	var containers []ast.Node // the block quotes and list items around n
	n := doc.FirstChild()
	for n != nil {
		enter := false
		switch n.Kind() {
		case ast.KindBlockquote, ast.KindListItem:
			if n.FirstChild() != nil {
				containers = append(containers, n)
				enter = true
			}
		case ast.KindList, east.KindTable:
			enter = n.FirstChild() != nil
			if enter {
				containers = append(containers, n)
			}
		default:
			p.block(n, containers)
		}
		if enter {
			n = n.FirstChild()
			continue
		}
		// Move on to the next sibling, climbing out of finished
		// containers.
		for n != nil {
			if s := n.NextSibling(); s != nil {
				n = s
				break
			}
			n = n.Parent()
			if n == doc {
				n = nil
				break
			}
			containers = containers[:len(containers)-1]
		}
	}
}

// nesting returns the innermost block quote or list item and their number.
func nesting(containers []ast.Node) (inner ast.NodeKind, n int) {
	for _, c := range containers {
		if k := c.Kind(); k == ast.KindBlockquote || k == ast.KindListItem {
			inner = k
			n++
		}
	}
	return inner, n
}

// block turns a leaf node into a leaf.
func (p *mdParser) block(n ast.Node, containers []ast.Node) {
	inner, depth := nesting(containers)
	l := leaf{depth: depth}
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		lines := n.Lines()
		if lines.Len() == 0 {
			return
		}
		switch inner {
		case ast.KindBlockquote:
			l.kind, l.depth = Quote, depth-1
		case ast.KindListItem:
			l.kind, l.depth = ListItem, depth-1
		default:
			l.kind = Paragraph
		}
		l.first, l.last = p.line(lines.At(0).Start), p.segmentsEnd(lines)
		p.inline(n, &l)
	case *ast.Heading:
		l.kind, l.depth = Heading, n.Level
		if n.Level == 1 && depth == 0 && !p.titled && !p.content {
			l.kind = Headline
		}
		p.heading(n, &l)
		p.inline(n, &l)
	case *ast.FencedCodeBlock:
		l.kind, l.verbatim = Code, true
		if lines := n.Lines(); lines.Len() > 0 {
			// The opening fence is the line before the content.
			l.first = max(p.line(lines.At(0).Start)-1, 0)
			l.last = p.segmentsEnd(lines)
		} else {
			l.first = p.markerLine(n, "`~")
			l.last = l.first
		}
		p.closingFence(&l, n)
	case *ast.CodeBlock:
		lines := n.Lines()
		if lines.Len() == 0 {
			return
		}
		l.kind, l.verbatim = Code, true
		l.first, l.last = p.line(lines.At(0).Start), p.segmentsEnd(lines)
	case *ast.HTMLBlock:
		l.kind, l.verbatim = HTML, true
		l.first = p.line(nodeStart(n))
		l.last = l.first
		if lines := n.Lines(); lines.Len() > 0 {
			l.last = max(l.last, p.segmentsEnd(lines))
		}
		if n.HasClosure() {
			c := n.ClosureLine
			l.last = max(l.last, p.segmentEnd(c))
		}
		if n.HTMLBlockType != ast.HTMLBlockType1 {
			p.htmlComments(l.first, l.last)
		}
		p.leaves = append(p.leaves, l)
		return // HTML before the headline is allowed
	case *east.TableHeader, *east.TableRow:
		l.kind, l.depth = Table, depth
		l.first = p.line(nodeStart(n))
		l.last = l.first
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			p.inline(c, &l)
		}
	case *ast.LinkReferenceDefinition:
		return // neither content nor a block
	default:
		// Thematic breaks, and block kinds unknown to the model, hold
		// no prose.
		p.content = true
		return
	}
	p.content = true
	p.leaves = append(p.leaves, l)
}

// markerLine returns the index of the line of a block without content
// lines (an empty heading or code block), from its position. Goldmark's
// position of a block can lie a few bytes past the block's marker when tabs
// precede it, so the marker (one of the bytes in markers) is searched for
// backwards.
func (p *mdParser) markerLine(n ast.Node, markers string) int {
	src := p.a.Src[p.base:]
	if len(src) == 0 {
		return p.line(0)
	}
	pos := min(max(n.Pos(), 0), len(src)-1)
	for k := 0; k < 4 && pos > 0 && strings.IndexByte(markers, src[pos]) < 0; k++ {
		pos--
	}
	return p.line(pos)
}

// segmentEnd returns the index of the line where a segment ends.
func (p *mdParser) segmentEnd(s text.Segment) int {
	if s.Stop > s.Start {
		return p.line(s.Stop - 1)
	}
	return p.line(s.Start)
}

// segmentsEnd returns the index of the line where the last segment ends.
func (p *mdParser) segmentsEnd(lines *text.Segments) int {
	return p.segmentEnd(lines.At(lines.Len() - 1))
}

// heading sets the lines of a heading: an ATX heading is one line, a setext
// heading its text and its underline.
func (p *mdParser) heading(n *ast.Heading, l *leaf) {
	a := p.a
	lines := n.Lines()
	if lines.Len() == 0 { // an empty ATX heading
		l.first = p.markerLine(n, "#")
		l.last = l.first
		return
	}
	start := p.base + lines.At(0).Start
	l.first = a.LineAt(start)
	l.last = l.first
	// Only an ATX heading has a '#' before its text on its first line.
	if strings.IndexByte(a.Src[a.Lines[l.first].Start:min(start, a.Lines[l.first].End)], '#') >= 0 {
		return
	}
	l.last = p.segmentsEnd(lines)
	if l.last+1 < len(a.Lines) {
		l.last++ // the underline
	}
}

// closingFence extends a fenced code block to its closing fence: the line
// after its content, when that line is not blank and does not start the
// next block. (A fence closed by the end of its container has no closing
// line.)
func (p *mdParser) closingFence(l *leaf, n ast.Node) {
	a := p.a
	next := l.last + 1
	if next >= len(a.Lines) || IsBlank(a.lineContent(next)) {
		return
	}
	if s := nextNodeStart(n); s >= 0 && p.line(s) <= next {
		return
	}
	l.last = next
}

// nextNodeStart returns the start offset of the first node after n in
// document order that has one, or -1.
func nextNodeStart(n ast.Node) int {
	for ; n != nil; n = n.Parent() {
		if s := n.NextSibling(); s != nil {
			return nodeStart(s)
		}
	}
	return -1
}

// nodeStart returns the start offset of a block node: the earlier of its
// position and the start of the first line of it or of its first
// descendant that has lines, or -1. (A container's first line may hold no
// child, "-" alone; a position may lie a few bytes too far after tabs.)
func nodeStart(n ast.Node) int {
	start := n.Pos()
	for c := n; c != nil && c.Type() == ast.TypeBlock; c = c.FirstChild() {
		if _, fenced := c.(*ast.FencedCodeBlock); !fenced && c.Lines().Len() > 0 {
			if s := c.Lines().At(0).Start; start < 0 || s < start {
				start = s
			}
			break
		}
	}
	return start
}

// inline collects the prose ranges, hard breaks and comments of a node's
// inline content.
func (p *mdParser) inline(root ast.Node, l *leaf) {
	a := p.a
	var raw []Span
	n := root.FirstChild()
	for n != nil {
		descend := true
		switch t := n.(type) {
		case *ast.Text:
			raw = p.textRanges(raw, p.base+t.Segment.Start, p.base+t.Segment.Stop)
			if t.HardLineBreak() {
				li := a.LineAt(p.base + t.Segment.Stop)
				if strings.HasSuffix(a.lineContent(li), "  ") {
					l.hardBreaks = append(l.hardBreaks, li)
				}
			}
		case *ast.RawHTML:
			if t.Segments.Len() > 0 {
				s := Span{p.base + t.Segments.At(0).Start, p.base + t.Segments.At(t.Segments.Len()-1).Stop}
				if strings.HasPrefix(a.Src[s.Start:s.End], "<!--") {
					p.comments = append(p.comments, s)
				}
			}
			descend = false
		case *ast.CodeSpan, *ast.AutoLink, *ast.String, *east.TaskCheckBox:
			descend = false
		}
		if descend && n.FirstChild() != nil {
			n = n.FirstChild()
			continue
		}
		for n != nil && n != root {
			if s := n.NextSibling(); s != nil {
				n = s
				break
			}
			n = n.Parent()
		}
		if n == root {
			n = nil
		}
	}
	l.text = append(l.text, raw...)
}

// textRanges appends the range [start, end) of a text node to spans,
// leaving out the backslashes of escapes.
func (p *mdParser) textRanges(spans []Span, start, end int) []Span {
	src := p.a.Src
	from := start
	for i := start; i < end; i++ {
		if src[i] == '\\' && i+1 < len(src) && isASCIIPunct(src[i+1]) {
			if i > from {
				spans = append(spans, Span{from, i})
			}
			from = i + 1
			i++ // the escaped character is text
		}
	}
	if end > from {
		spans = append(spans, Span{from, end})
	}
	return spans
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// htmlComments records the HTML comments in lines first to last.
func (p *mdParser) htmlComments(first, last int) {
	a := p.a
	start, end := a.Lines[first].Start, a.Lines[last].End
	for start < end {
		i := strings.Index(a.Src[start:end], "<!--")
		if i < 0 {
			return
		}
		open := start + i
		// "<!-->" and "<!--->" are complete comments too.
		j := strings.Index(a.Src[open+2:end], "-->")
		if j < 0 {
			return
		}
		closeEnd := open + 2 + j + 3
		p.comments = append(p.comments, Span{open, closeEnd})
		start = closeEnd
	}
}

// build turns the leaves into blocks, in source order, and marks their
// lines.
func (p *mdParser) build() {
	a := p.a
	slices.SortStableFunc(p.leaves, func(x, y leaf) int { return x.first - y.first })
	for _, l := range p.leaves {
		// A line belongs to one block. Leaves never share lines in
		// CommonMark; should goldmark ever disagree, the earlier block
		// keeps the line.
		for l.first <= l.last && a.Lines[l.first].Block >= 0 {
			l.first++
		}
		last := l.first
		for last < l.last && a.Lines[last+1].Block < 0 {
			last++
		}
		if l.first > l.last || l.first >= len(a.Lines) {
			continue
		}
		l.last = last
		idx := len(a.Blocks)
		b := Block{Kind: l.kind, Depth: l.depth, Span: Span{a.Lines[l.first].Start, a.Lines[l.last].End}}
		for i := l.first; i <= l.last; i++ {
			a.Lines[i].Block = idx
			a.Lines[i].Verbatim = l.verbatim
		}
		if !l.verbatim {
			b.Text = a.proseRanges(l.text, b.Span)
			for _, li := range l.hardBreaks {
				if li >= l.first && li < l.last {
					a.Lines[li].HardBreak = true
				}
			}
		}
		a.Blocks = append(a.Blocks, b)
	}
}

// proseRanges normalizes raw text ranges: sorted, split at line ends,
// trimmed of white space at the edges of each line, adjacent ranges merged,
// and clipped to the block's span.
func (a *Article) proseRanges(raw []Span, within Span) []Span {
	slices.SortFunc(raw, func(x, y Span) int { return x.Start - y.Start })
	var out []Span
	lineFirst, curLine := 0, -1 // where the current line's ranges start in out
	endLine := func() {
		seg := out[lineFirst:]
		for len(seg) > 0 {
			seg[0].Start = trimLeft(a.Src, seg[0])
			if seg[0].Len() > 0 {
				break
			}
			seg = seg[1:]
		}
		for len(seg) > 0 {
			last := &seg[len(seg)-1]
			last.End = trimRight(a.Src, *last)
			if last.Len() > 0 {
				break
			}
			seg = seg[:len(seg)-1]
		}
		out = append(out[:lineFirst], seg...)
	}
	prevEnd := within.Start
	for _, s := range raw {
		s.Start = max(s.Start, within.Start, prevEnd)
		s.End = min(s.End, within.End)
		for s.Start < s.End {
			li := a.LineAt(s.Start)
			l := a.Lines[li]
			if s.Start >= l.End { // inside a line terminator
				s.Start = l.Next()
				continue
			}
			piece := Span{s.Start, min(s.End, l.End)}
			if li != curLine {
				endLine()
				lineFirst, curLine = len(out), li
			}
			if n := len(out); n > lineFirst && out[n-1].End == piece.Start {
				out[n-1].End = piece.End
			} else {
				out = append(out, piece)
			}
			prevEnd = piece.End
			s.Start = piece.End
		}
	}
	endLine()
	return out
}

// trimLeft returns the start of s without leading white space.
func trimLeft(src string, s Span) int {
	start := s.Start
	for start < s.End {
		r, n := utf8.DecodeRuneInString(src[start:s.End])
		if !IsSpace(r) {
			break
		}
		start += n
	}
	return start
}

// trimRight returns the end of s without trailing white space.
func trimRight(src string, s Span) int {
	end := s.End
	for end > s.Start {
		r, n := utf8.DecodeLastRuneInString(src[s.Start:end])
		if !IsSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// markdownInput returns the copy of src that goldmark parses: the same
// length, with lone carriage returns turned into line feeds (goldmark
// splits lines at "\n" only) and the limits on nesting and tables applied.
func markdownInput(src string) []byte {
	b := []byte(src)
	for i, c := range b {
		if c == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	for start := 0; start < len(b); {
		end := start
		for end < len(b) && b[end] != '\n' {
			end++
		}
		limitContainers(b[start:end])
		start = end + 1
	}
	limitTables(b)
	limitInlines(b)
	return b
}

// limitInlines reads as text the brackets nested deeper than
// maxBracketDepth and the emphasis delimiter runs beyond maxDelimiterRuns
// in a paragraph, and the link openings "](" beyond maxLinkOpenings in a
// run of text without white space. Paragraphs end at blank lines.
func limitInlines(b []byte) {
	depth, openings, runs := 0, 0, 0
	lineStart, blank := true, true
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '\n':
			if blank {
				depth, runs = 0, 0 // a blank line ends the paragraph
			}
			lineStart, blank = true, true
			openings = 0
			continue
		case ' ', '\t', '\r':
			openings = 0
		case '>':
			if !lineStart {
				blank = false
			}
		case '\\':
			blank, lineStart = false, false
			if i+1 < len(b) && b[i+1] != '\n' {
				i++ // an escaped character is no syntax
			}
			continue
		case '*', '_', '~':
			j := i + 1
			for j < len(b) && b[j] == c {
				j++
			}
			// At the start of a line, a run may be a list marker, a
			// thematic break or a code fence: never touched.
			marker := lineStart && (c == '~' || j == len(b) || b[j] == ' ' || b[j] == '\t' || b[j] == '\r' || b[j] == '\n')
			blank, lineStart = false, false
			if !marker {
				runs++
			}
			if !marker && runs > maxDelimiterRuns {
				for k := i; k < j; k++ {
					b[k] = neutral
				}
			}
			i = j - 1
			continue
		case '[':
			blank, lineStart = false, false
			if depth >= maxBracketDepth {
				b[i] = neutral
			} else {
				depth++
			}
			continue
		case ']':
			blank, lineStart = false, false
			depth = max(depth-1, 0)
			if i+1 < len(b) && b[i+1] == '(' {
				if openings++; openings > maxLinkOpenings {
					b[i+1] = neutral
				}
			}
			continue
		default:
			blank, lineStart = false, false
		}
	}
}

// limitContainers neutralizes the container markers of a line that start
// at or beyond maxContainerPrefix.
func limitContainers(line []byte) {
	for i := 0; i < len(line); {
		c := line[i]
		var n int // the marker's length
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == '>':
			n = 1
		case c == '-' || c == '+' || c == '*':
			if i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' {
				return
			}
			n = 1
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j == len(line) || line[j] != '.' && line[j] != ')' ||
				j+1 < len(line) && line[j+1] != ' ' && line[j+1] != '\t' {
				return
			}
			n = j + 1 - i
		default:
			return
		}
		if i >= maxContainerPrefix {
			line[i] = neutral
			return
		}
		i += n
	}
}

// limitTables reads as paragraphs the tables that would cost far more than
// their size: those with many more cells than bytes, and all of them when
// their rows hold too many escaped pipes.
func limitTables(b []byte) {
	type table struct{ delim, start, end, cells int }
	var tables []table
	escapedPipes := 0
	lines := splitLines(string(b))
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		cols := delimiterColumns(b[l.Start:l.End])
		if cols == 0 || !strings.Contains(string(b[l.Start:l.End]), "|") {
			continue
		}
		j := i + 1
		for j < len(lines) && !blankInContainer(b[lines[j].Start:lines[j].End]) {
			escapedPipes += strings.Count(string(b[lines[j].Start:lines[j].End]), `\|`)
			j++
		}
		rows := j - i // header and body rows
		tables = append(tables, table{delim: l.Start, start: lines[i-1].Start, end: lines[j-1].End, cells: cols * rows})
		i = j
	}
	for _, t := range tables {
		if escapedPipes > maxEscapedPipes || t.cells > tableCellsPerByte*(t.end-t.start)+tableCellAllowance {
			if k := indexByteFrom(b, t.delim, '-'); k >= 0 {
				b[k] = neutral
			}
		}
	}
}

// delimiterColumns returns the number of columns of a table delimiter row
// ("| --- | :-: |"), or 0 when the line is not one. Container markup is
// skipped.
func delimiterColumns(line []byte) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '>') {
		i++
	}
	cols, inCell, dashes := 0, false, false
	for ; i < len(line); i++ {
		switch line[i] {
		case '-':
			if !inCell {
				cols++
				inCell = true
			}
			dashes = true
		case ':', ' ', '\t', '\r':
		case '|':
			inCell = false
		default:
			return 0
		}
	}
	if !dashes {
		return 0
	}
	return cols
}

// blankInContainer reports whether a line is blank once its block-quote
// markers are removed.
func blankInContainer(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '>' && c != '\r' {
			return false
		}
	}
	return true
}

func indexByteFrom(b []byte, from int, c byte) int {
	for i := from; i < len(b) && b[i] != '\n'; i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// Suppression directives
//
// An HTML comment (an HTML block or inline HTML, never inside code) whose
// text starts with one of these words is a suppression directive:
//
//	<!-- newslint-disable [RULE[, RULE...]] -->
//	<!-- newslint-enable [RULE[, RULE...]] -->
//	<!-- newslint-disable-next-line [RULE[, RULE...]] -->
//
// Rule names are separated by commas or spaces; a "--" ends the list, so
// that a reason may follow ("<!-- newslint-disable repeated-spaces -- a
// table -->"). No rule name means every rule.
//
// A disable directive silences the rules it names from the start of the
// comment up to the start of the first later enable directive that names
// them, or that names no rule; without one, up to the end of the article.
// When its rules are enabled at different places, the directive yields one
// Suppression per place. An enable directive that names rules does not end a
// disable directive that names none. An enable directive that ends nothing
// is ignored.
//
// A disable-next-line directive silences the line after the line on which
// the comment ends (its terminator included), whether or not that line is
// blank.

// Directive words.
const (
	directiveDisable         = "newslint-disable"
	directiveEnable          = "newslint-enable"
	directiveDisableNextLine = "newslint-disable-next-line"
)

// parseDirective reads a suppression directive from an HTML comment.
func parseDirective(comment string) (verb string, rules []string, ok bool) {
	body, found := strings.CutPrefix(comment, "<!--")
	if !found {
		return "", nil, false
	}
	body = strings.TrimSuffix(body, "-->")
	fields := strings.Fields(body)
	if len(fields) == 0 {
		return "", nil, false
	}
	switch verb = fields[0]; verb {
	case directiveDisable, directiveEnable, directiveDisableNextLine:
	default:
		return "", nil, false
	}
	for _, f := range fields[1:] {
		if f == "--" {
			break
		}
		for name := range strings.SplitSeq(f, ",") {
			if name != "" && !slices.Contains(rules, name) {
				rules = append(rules, name)
			}
		}
	}
	return verb, rules, true
}

// suppressions turns the directives among the article's HTML comments into
// suppressions, in the order of their directives.
func (p *mdParser) suppressions() []Suppression {
	a := p.a
	slices.SortFunc(p.comments, func(x, y Span) int { return x.Start - y.Start })
	type open struct {
		directive Span
		rules     []string // nil: every rule
	}
	var opened []*open
	var out []Suppression
	for _, c := range p.comments {
		verb, rules, ok := parseDirective(a.Src[c.Start:c.End])
		if !ok {
			continue
		}
		switch verb {
		case directiveDisable:
			opened = append(opened, &open{directive: c, rules: rules})
		case directiveDisableNextLine:
			scope := Span{len(a.Src), len(a.Src)}
			if li := a.LineAt(max(c.End-1, c.Start)) + 1; li < len(a.Lines) {
				scope = Span{a.Lines[li].Start, a.Lines[li].Next()}
			}
			out = append(out, Suppression{Directive: c, Rules: rules, Scope: scope})
		case directiveEnable:
			kept := opened[:0]
			for _, o := range opened {
				switch {
				case len(rules) == 0:
					out = append(out, Suppression{Directive: o.directive, Rules: o.rules, Scope: Span{o.directive.Start, c.Start}})
					continue
				case len(o.rules) > 0:
					var ended, rest []string
					for _, r := range o.rules {
						if slices.Contains(rules, r) {
							ended = append(ended, r)
						} else {
							rest = append(rest, r)
						}
					}
					if len(ended) > 0 {
						out = append(out, Suppression{Directive: o.directive, Rules: ended, Scope: Span{o.directive.Start, c.Start}})
					}
					if len(rest) == 0 {
						continue
					}
					o.rules = rest
				}
				kept = append(kept, o)
			}
			opened = kept
		}
	}
	for _, o := range opened {
		out = append(out, Suppression{Directive: o.directive, Rules: o.rules, Scope: Span{o.directive.Start, len(a.Src)}})
	}
	slices.SortStableFunc(out, func(x, y Suppression) int {
		if x.Directive.Start != y.Directive.Start {
			return x.Directive.Start - y.Directive.Start
		}
		return x.Scope.End - y.Scope.End
	})
	return out
}
