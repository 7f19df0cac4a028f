// Package htmlentity defines the html-entity rule: HTML character
// references left in the text ("&amp;", "&nbsp;", "&#8217;").
package htmlentity

import (
	"context"
	_ "embed"
	"fmt"
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/prose"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the html-entity rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "html-entity",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

// Limits of a character reference's body: the longest HTML5 entity name
// ("CounterClockwiseContourIntegral") has 31 characters; decimal references
// need at most 7 digits and hexadecimal ones 6 for U+10FFFF, but leading
// zeros are allowed, so a few more are read before giving up.
const (
	maxName   = 32
	maxDigits = 12
)

// ref is a character reference found in a prose range: the bytes
// [pos, end), the start of its innermost body (after the last "&" or
// "&amp;" of a double escape), the text it finally stands for, and how
// many times it was escaped.
type ref struct {
	pos, end, body int
	value          string
	levels         int
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	for sp := range prose.All(a) {
		s := a.Text(sp)
		for i := 0; i < len(s); {
			j := strings.IndexByte(s[i:], '&')
			if j < 0 {
				break
			}
			i += j
			r, ok := find(s, i)
			if !ok {
				i++
				continue
			}
			if a.Format == article.Markdown {
				reportMarkdown(pass, s, sp.Start, r)
			} else {
				reportText(pass, s, sp.Start, r)
			}
			i = r.end
		}
	}
	return nil
}

// find reads the character reference starting with the "&" at s[i],
// following double escapes: a reference that stands for "&" followed by the
// body of another reference ("&amp;" then "#8217;") is one reference
// escaped twice.
func find(s string, i int) (ref, bool) {
	end, value, ok := parseBody(s, i+1)
	if !ok {
		return ref{}, false
	}
	r := ref{pos: i, end: end, body: i + 1, value: value, levels: 1}
	for r.value == "&" {
		end, value, ok := parseBody(s, r.end)
		if !ok {
			break
		}
		r.body, r.end, r.value = r.end, end, value
		r.levels++
	}
	return r, true
}

// parseBody parses the body of a character reference at s[i:], after its
// "&": a name or "#" and a decimal or "#x" and a hexadecimal number,
// followed by ";". It returns the end of the reference and the text it
// stands for. Names must be HTML5 named character references (the
// standard library's html package knows them all); numbers must denote a
// Unicode scalar value other than NUL.
func parseBody(s string, i int) (end int, value string, ok bool) {
	if i >= len(s) {
		return 0, "", false
	}
	if s[i] == '#' {
		return parseNumber(s, i+1)
	}
	j := i
	for j < len(s) && j-i <= maxName && isAlnum(s[j]) {
		j++
	}
	if j == i || j >= len(s) || s[j] != ';' || !isLetter(s[i]) {
		return 0, "", false
	}
	ent := "&" + s[i:j+1]
	v := html.UnescapeString(ent)
	if v == ent || !wholeName(v) {
		return 0, "", false
	}
	return j + 1, v, true
}

// wholeName reports whether UnescapeString consumed a whole "&name;": for
// an unknown name it may decode a legacy prefix without a semicolon
// ("&notit;" becomes "¬it;"), leaving name characters and the semicolon
// behind. No entity's value ends with a letter or digit followed by ";".
func wholeName(v string) bool {
	if len(v) < 2 || v[len(v)-1] != ';' {
		return true
	}
	return !isAlnum(v[len(v)-2])
}

// parseNumber parses the digits of a numeric reference at s[i:], after
// "&#".
func parseNumber(s string, i int) (end int, value string, ok bool) {
	base, prefix := 10, "&#"
	if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
		base, prefix = 16, "&#x"
		i++
	}
	j := i
	for j < len(s) && j-i <= maxDigits && isDigit(s[j], base) {
		j++
	}
	if j == i || j-i > maxDigits || j >= len(s) || s[j] != ';' {
		return 0, "", false
	}
	n, err := strconv.ParseUint(s[i:j], base, 32)
	if err != nil || n == 0 || n > unicode.MaxRune || n >= 0xD800 && n <= 0xDFFF {
		return 0, "", false
	}
	// HTML reads references to C1 controls as Windows-1252 characters
	// ("&#150;" is "–"); UnescapeString knows that table.
	return j + 1, html.UnescapeString(prefix + s[i:j+1]), true
}

func isAlnum(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte, base int) bool {
	if c >= '0' && c <= '9' {
		return true
	}
	return base == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
}

// layoutChange reports whether inserting v would change the article's
// layout or add an invisible control: line breaks, tabs and other control
// characters. Such references are reported without a fix.
func layoutChange(v string) bool {
	for _, r := range v {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return true
		}
	}
	return false
}

// describe shows what a reference stands for: a visible character in
// quotes, an invisible or space character by its name.
func describe(v string) string {
	r, n := utf8.DecodeRuneInString(v)
	if n == len(v) && (!unicode.IsGraphic(r) || unicode.IsSpace(r) || unicode.Is(unicode.Mn, r) || r == '\u00A0') {
		return text.Name(r)
	}
	return strconv.Quote(v)
}

// reportText reports a reference in plain text, where it is left-over
// markup: the safe fix writes the character itself.
func reportText(pass *lint.Pass, s string, base int, r ref) {
	src := s[r.pos:r.end]
	msg := fmt.Sprintf("HTML entity %q in plain text: it stands for %s", src, describe(r.value))
	if r.levels > 1 {
		msg = fmt.Sprintf("HTML entity %q in plain text, escaped %s: it stands for %s", src, times(r.levels), describe(r.value))
	}
	f := lint.Finding{Pos: base + r.pos, End: base + r.end, Message: msg}
	if !layoutChange(r.value) {
		f.Fixes = []lint.Fix{{
			Message: "replace it with the character",
			Edits:   []lint.Edit{{Pos: f.Pos, End: f.End, NewText: r.value}},
		}}
	}
	pass.Report(f)
}

// reportMarkdown reports a reference in Markdown, where references are
// valid syntax for characters: only double escapes are wrong ("&amp;#8217;"
// shows as "&#8217;"). The safe fix leaves a single reference, which
// Markdown renders as the character without the risk of turning "&lt;"
// into a tag.
func reportMarkdown(pass *lint.Pass, s string, base int, r ref) {
	if r.levels < 2 {
		return
	}
	src := s[r.pos:r.end]
	single := "&" + s[r.body:r.end]
	pass.Report(lint.Finding{
		Pos: base + r.pos, End: base + r.end,
		Message: fmt.Sprintf("HTML entity %q is escaped %s: it shows as %q instead of %s", src, times(r.levels), html.UnescapeString(src), describe(r.value)),
		Fixes: []lint.Fix{{
			Message: fmt.Sprintf("write %q", single),
			Edits:   []lint.Edit{{Pos: base + r.pos, End: base + r.end, NewText: single}},
		}},
	})
}

// times says how often a reference was escaped: "twice", "3 times".
func times(n int) string {
	if n == 2 {
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}
