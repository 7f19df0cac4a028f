package article

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// YAML front matter
//
// A Markdown article may start with YAML front matter: a line "---" as the
// very first line of the file, the YAML text, and a closing line "---" or
// "...". Without a closing line the first line is not front matter but a
// Markdown thematic break. A UTF-8 byte order mark before the opening "---"
// is allowed. Other front-matter formats (TOML between "+++" lines, JSON)
// are not recognized and read as Markdown.
//
// The front matter becomes a FrontMatter block spanning all of it, fences
// included, whose lines are Verbatim. Three keys of its top-level mapping
// are read (their names are matched without regard to case):
//
//   - title: a Headline block;
//   - subtitle, or description when there is no subtitle: a Subtitle block;
//   - lang: Article.Lang, a BCP 47 language tag ("und" declares nothing).
//
// The Headline and Subtitle blocks lie inside the FrontMatter block: their
// Span covers the lines from the key to the end of the value, and those
// lines belong to them (Line.Block). When the value is a plain, single-quoted
// or double-quoted scalar on a single line whose source text is exactly its
// value (no escapes such as '' or \"), the block's Text is the value's byte
// range and its lines are not Verbatim, so that rules check the title like
// any headline. Otherwise (block scalars "|" and ">", scalars folded over
// several lines, escapes, aliases, or a title that shares its line with the
// subtitle) no exact range exists: the block has no Text and its lines stay
// Verbatim. Null values ("title:" or "title: ~") create no block. When the
// title and the subtitle share a line, as in a flow mapping
// ("{title: a, subtitle: b}"), only the title makes a block.
//
// Errors in the YAML, a front matter that is not a mapping, a title,
// subtitle, description or lang that is not a scalar, a key given twice and
// an invalid lang are reported as *Error. The YAML parser names only the
// line of a syntax error; the error's column is then the first non-blank
// character of that line.

// frontMatter is what parseFrontMatter found.
type frontMatter struct {
	// close is the line index of the closing fence.
	close int
	// entries are the title and subtitle values, in source order.
	entries []fmEntry
	// lang is the canonical language tag, or "".
	lang string
}

// fmEntry is a front-matter value that becomes a block.
type fmEntry struct {
	kind        Kind
	first, last int  // line indexes of the key and of the value's end
	text        Span // the exact value range; empty when there is none
}

// bom is the UTF-8 byte order mark.
const bom = "\uFEFF"

// findFrontMatter returns the line index of the closing fence of the
// article's front matter, or -1 when it has none.
func findFrontMatter(a *Article) int {
	if len(a.Lines) < 2 || !isFence(strings.TrimPrefix(a.lineContent(0), bom), "---") {
		return -1
	}
	for i := 1; i < len(a.Lines); i++ {
		if l := a.lineContent(i); isFence(l, "---") || isFence(l, "...") {
			return i
		}
	}
	return -1
}

// isFence reports whether line is fence followed by nothing but spaces and
// tabs.
func isFence(line, fence string) bool {
	rest, ok := strings.CutPrefix(line, fence)
	return ok && strings.Trim(rest, " \t") == ""
}

func (a *Article) lineContent(i int) string {
	l := a.Lines[i]
	return a.Src[l.Start:l.End]
}

// parseFrontMatter reads the front matter ending at line close.
func parseFrontMatter(a *Article, closeLine int) (*frontMatter, error) {
	fm := &frontMatter{close: closeLine}
	base := a.Lines[1].Start
	yamlText := a.Src[base:a.Lines[closeLine].Start]
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(yamlText), &doc); err != nil {
		return nil, a.yamlError(err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return fm, nil // empty, or comments only
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return fm, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, a.nodeError(root, "front matter must be a mapping of keys to values, not %s", describeNode(root))
	}
	seen := map[string]*yaml.Node{}
	var title, subtitle, description, lang *yaml.Node
	var titleKey, subtitleKey, descriptionKey *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, value := root.Content[i], root.Content[i+1]
		name := strings.ToLower(key.Value)
		switch name {
		case "title", "subtitle", "description", "lang":
		default:
			continue
		}
		if prev := seen[name]; prev != nil {
			return nil, a.nodeError(key, "front matter key %q is given twice (first on line %d)",
				key.Value, prev.Line+1)
		}
		seen[name] = key
		if value.Kind == yaml.AliasNode {
			value = value.Alias
		}
		if value == nil || value.Kind == yaml.ScalarNode && value.Tag == "!!null" {
			continue
		}
		if value.Kind != yaml.ScalarNode {
			return nil, a.nodeError(value, "front matter %s must be text, not %s", key.Value, describeNode(value))
		}
		switch name {
		case "title":
			title, titleKey = root.Content[i+1], key
		case "subtitle":
			subtitle, subtitleKey = root.Content[i+1], key
		case "description":
			description, descriptionKey = root.Content[i+1], key
		case "lang":
			lang = value
		}
	}
	if lang != nil {
		tag, err := language.Parse(lang.Value)
		if err != nil {
			return nil, a.nodeError(lang, "front matter lang %q is not a valid BCP 47 language tag (%v)", lang.Value, err)
		}
		if tag != language.Und {
			fm.lang = tag.String()
		}
	}
	if subtitle == nil {
		subtitle, subtitleKey = description, descriptionKey
	}
	type pending struct {
		kind       Kind
		key, value *yaml.Node
	}
	var ps []pending
	if title != nil {
		ps = append(ps, pending{Headline, titleKey, title})
	}
	if subtitle != nil {
		ps = append(ps, pending{Subtitle, subtitleKey, subtitle})
	}
	for _, p := range ps {
		fm.entries = append(fm.entries, a.fmEntry(p.kind, root, p.key, p.value, closeLine))
	}
	// Entries that share a line (in a flow mapping) cannot both own it:
	// the title keeps the lines of both, without Text.
	if len(fm.entries) == 2 {
		t, s := &fm.entries[0], fm.entries[1]
		if t.first <= s.last && s.first <= t.last {
			t.first, t.last, t.text = min(t.first, s.first), max(t.last, s.last), Span{}
			fm.entries = fm.entries[:1]
		}
	}
	slices.SortFunc(fm.entries, func(x, y fmEntry) int { return x.first - y.first })
	return fm, nil
}

// fmEntry locates the lines and the exact text of a front-matter value.
func (a *Article) fmEntry(kind Kind, root, key, value *yaml.Node, closeLine int) fmEntry {
	e := fmEntry{kind: kind, first: a.yamlLine(key.Line)}
	if s, ok := a.exactScalar(value); ok {
		e.last = a.LineAt(s.Start)
		e.text = s
		return e
	}
	// No exact range: the value runs up to the next key of the mapping,
	// or to the end of the front matter, without trailing blank lines.
	end := closeLine - 1
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Line > key.Line || k.Line == key.Line && k.Column > key.Column {
			end = a.yamlLine(k.Line) - 1
			break
		}
	}
	for end > e.first && IsBlank(a.lineContent(end)) {
		end--
	}
	e.last = max(end, e.first)
	return e
}

// exactScalar returns the byte range of a scalar's value when the source
// holds exactly the value, on one line.
func (a *Article) exactScalar(n *yaml.Node) (Span, bool) {
	if n.Kind != yaml.ScalarNode || n.Line < 1 || n.Column < 1 {
		return Span{}, false
	}
	li := a.yamlLine(n.Line)
	if li >= len(a.Lines) {
		return Span{}, false
	}
	line := a.lineContent(li)
	off := 0
	for c := 1; c < n.Column; c++ {
		if off >= len(line) {
			return Span{}, false
		}
		_, size := utf8.DecodeRuneInString(line[off:])
		off += size
	}
	var quote string
	switch n.Style {
	case 0:
	case yaml.SingleQuotedStyle:
		quote = "'"
	case yaml.DoubleQuotedStyle:
		quote = `"`
	default:
		return Span{}, false // block scalars, explicit tags
	}
	// Escapes, folded lines and tags all make the source differ from the
	// quoted value.
	if !strings.HasPrefix(line[off:], quote+n.Value+quote) {
		return Span{}, false
	}
	start := a.Lines[li].Start + off + len(quote)
	return Span{start, start + len(n.Value)}, true
}

// yamlLine converts a 1-based line of the YAML text to a line index of the
// article: the YAML starts on the line after the opening fence.
func (a *Article) yamlLine(line int) int {
	return min(max(line, 1), len(a.Lines)-1)
}

// describeNode names a YAML node's kind for messages.
func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		return "a single value"
	default:
		return "an empty document"
	}
}

// nodeError returns an error at a YAML node's position.
func (a *Article) nodeError(n *yaml.Node, format string, args ...any) *Error {
	li := a.yamlLine(n.Line)
	l := a.Lines[li]
	off := l.Start
	for c := 1; c < n.Column && off < l.End; c++ {
		_, size := utf8.DecodeRuneInString(a.Src[off:l.End])
		off += size
	}
	return a.errorAt(off, fmt.Sprintf(format, args...))
}

// yamlErrLine matches the line number in a YAML syntax error.
var yamlErrLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// yamlParserProblems are the problems the YAML library reports with a
// 0-based line number; its scanner's problems come with a 1-based one.
var yamlParserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected <stream-start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

// yamlError converts a YAML syntax error to an *Error at the line it names.
func (a *Article) yamlError(err error) *Error {
	msg := err.Error()
	line := 1
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		msg = m[2]
		if n, convErr := strconv.Atoi(m[1]); convErr == nil {
			line = n
			if slices.Contains(yamlParserProblems, msg) {
				line++
			}
		}
	}
	l := a.Lines[a.yamlLine(line)]
	off := l.Start
	for off < l.End {
		r, size := utf8.DecodeRuneInString(a.Src[off:l.End])
		if !IsSpace(r) {
			break
		}
		off += size
	}
	return a.errorAt(off, "invalid YAML front matter: "+msg)
}

// errorAt returns an *Error at a byte offset of the source.
func (a *Article) errorAt(off int, msg string) *Error {
	line, col := a.Position(off)
	return &Error{Offset: off, Line: line, Column: col, Msg: msg}
}
