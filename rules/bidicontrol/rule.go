// Package bidicontrol defines the bidi-control rule: directional formatting
// characters (embeddings, overrides, isolates and marks) that are out of
// place.
package bidicontrol

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/prose"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the bidi-control rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "bidi-control",
		Doc:      doc,
		Severity: lint.Error,
		Fixable:  lint.SafeFix | lint.UnsafeFix,
		Run:      run,
	}
}

// The directional formatting characters.
const (
	lre = '\u202A' // LEFT-TO-RIGHT EMBEDDING
	rle = '\u202B' // RIGHT-TO-LEFT EMBEDDING
	pdf = '\u202C' // POP DIRECTIONAL FORMATTING
	lro = '\u202D' // LEFT-TO-RIGHT OVERRIDE
	rlo = '\u202E' // RIGHT-TO-LEFT OVERRIDE
	lri = '\u2066' // LEFT-TO-RIGHT ISOLATE
	rli = '\u2067' // RIGHT-TO-LEFT ISOLATE
	fsi = '\u2068' // FIRST STRONG ISOLATE
	pdi = '\u2069' // POP DIRECTIONAL ISOLATE
	lrm = '\u200E' // LEFT-TO-RIGHT MARK
	rlm = '\u200F' // RIGHT-TO-LEFT MARK
	alm = '\u061C' // ARABIC LETTER MARK
)

// isControl reports whether r is a directional formatting character.
func isControl(r rune) bool {
	switch r {
	case lre, rle, pdf, lro, rlo, lri, rli, fsi, pdi, lrm, rlm, alm:
		return true
	}
	return false
}

func isMark(r rune) bool { return r == lrm || r == rlm || r == alm }

// direction is the strong direction of a character.
type direction int

const (
	neutral direction = iota
	ltr
	rtl
)

// directionOf returns the strong direction of r: left-to-right for bidi
// class L, right-to-left for R and AL, and neutral for everything else
// (digits, punctuation, white space, combining marks, and the directional
// marks themselves, which are strong but are what the rule checks).
func directionOf(r rune) direction {
	if r < 0 || isControl(r) {
		return neutral
	}
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.L:
		return ltr
	case bidi.R, bidi.AL:
		return rtl
	}
	return neutral
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	if !hasControl(a.Src) {
		// Nothing to report, and most articles hold no directional
		// formatting character at all.
		return nil
	}
	blocks := prose.ByBlock(a)
	var nl, nr int
	for _, b := range blocks {
		for _, sp := range b {
			l, r := countStrong(a.Text(sp))
			nl += l
			nr += r
		}
	}
	rtlArticle := nr > nl
	for _, b := range blocks {
		for _, p := range paragraphs(a, b) {
			checkParagraph(pass, a.Src, p, rtlArticle)
		}
	}
	return nil
}

// hasControl reports whether s holds a directional formatting character
// (isControl) anywhere. It looks for their encodings in UTF-8, which start
// with the lead byte 0xE2 (U+200E, U+200F, U+202A to U+202E and U+2066 to
// U+2069) or 0xD8 (U+061C), without decoding the text.
func hasControl(s string) bool {
	if strings.Contains(s, string(alm)) {
		return true
	}
	for {
		i := strings.IndexByte(s, 0xE2)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		switch b, c := s[i+1], s[i+2]; {
		case b == 0x80 && (c == 0x8E || c == 0x8F || c >= 0xAA && c <= 0xAE):
			return true
		case b == 0x81 && c >= 0xA6 && c <= 0xA9:
			return true
		}
		s = s[i+1:]
	}
}

// countStrong counts the strong left-to-right and right-to-left characters
// of s.
func countStrong(s string) (l, r int) {
	for _, c := range s {
		switch directionOf(c) {
		case ltr:
			l++
		case rtl:
			r++
		}
	}
	return l, r
}

// paragraphs splits the prose ranges of a block into bidi paragraphs,
// within which embeddings and isolates must be balanced. In plain text every
// line is a paragraph, as line breaks end paragraphs in the Unicode
// bidirectional algorithm; in Markdown the lines of a block join into one
// paragraph.
func paragraphs(a *article.Article, ranges []article.Span) [][]article.Span {
	if a.Format == article.Markdown {
		return [][]article.Span{ranges}
	}
	var out [][]article.Span
	last := -1
	for _, sp := range ranges {
		if line := a.LineAt(sp.Start); line != last || len(out) == 0 {
			out = append(out, nil)
			last = line
		}
		out[len(out)-1] = append(out[len(out)-1], sp)
	}
	return out
}

// control is one directional formatting character in a paragraph.
type control struct {
	r          rune
	pos, end   int
	prev, next rune // the characters around it in its range, -1 at the edges
}

// checkParagraph reports the out-of-place directional formatting characters
// of one paragraph.
func checkParagraph(pass *lint.Pass, src string, ranges []article.Span, rtlArticle bool) {
	found := false
	for _, sp := range ranges {
		found = found || hasControl(src[sp.Start:sp.End])
	}
	if !found {
		return
	}
	var cs []control
	hasRTL := false
	for _, sp := range ranges {
		s := src[sp.Start:sp.End]
		prev := rune(-1)
		for i, r := range s {
			if directionOf(r) == rtl {
				hasRTL = true
			}
			if isControl(r) {
				next := rune(-1)
				if j := i + utf8.RuneLen(r); j < len(s) {
					next, _ = utf8.DecodeRuneInString(s[j:])
				}
				cs = append(cs, control{r: r, pos: sp.Start + i, end: sp.Start + i + utf8.RuneLen(r), prev: prev, next: next})
			}
			prev = r
		}
	}
	if len(cs) == 0 {
		return
	}
	if !rtlArticle && !hasRTL {
		reportAll(pass, cs)
		return
	}
	checkMixed(pass, cs, rtlArticle)
}

// reportAll reports every control of a left-to-right paragraph without
// right-to-left letters, where none has anything to do, one finding per
// character or run of identical characters.
func reportAll(pass *lint.Pass, cs []control) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].r == cs[i].r && cs[j].pos == cs[j-1].end {
			j++
		}
		pos, end, n := cs[i].pos, cs[j-1].end, j-i
		msg := fmt.Sprintf("stray bidi mark %s in left-to-right text", text.Name(cs[i].r))
		if !isMark(cs[i].r) {
			msg = fmt.Sprintf("bidi control %s in left-to-right text: it can make text display in another order than it is stored", text.Name(cs[i].r))
		}
		fixMsg := "remove it"
		if n > 1 {
			msg += fmt.Sprintf(" (%d in a row)", n)
			fixMsg = fmt.Sprintf("remove the %d characters", n)
		}
		pass.Report(lint.Finding{
			Pos: pos, End: end, Message: msg,
			Fixes: []lint.Fix{{Message: fixMsg, Edits: []lint.Edit{{Pos: pos, End: end}}}},
		})
		i = j
	}
}

// checkMixed reports, in a paragraph with right-to-left text, only the
// controls that are clearly wrong: overrides in left-to-right articles,
// terminators without an opener, openers never terminated, and marks with
// no effect. These findings are warnings in right-to-left articles.
func checkMixed(pass *lint.Pass, cs []control, rtlArticle bool) {
	sev := lint.Warning
	if !rtlArticle {
		sev = lint.Error
	}
	// Openers in effect, innermost last. Embeddings and overrides close
	// with PDF, isolates with PDI; a PDI also closes the embeddings opened
	// inside its isolate, and a PDF never closes past an isolate.
	var stack []control
	for _, c := range cs {
		switch c.r {
		case lre, rle, lro, rlo, lri, rli, fsi:
			if !rtlArticle && (c.r == lro || c.r == rlo) {
				pass.Report(lint.Finding{
					Severity: sev, Pos: c.pos, End: c.end,
					Message: fmt.Sprintf("bidi override %s: it forces the display order of the text that follows", text.Name(c.r)),
					Fixes: []lint.Fix{{
						Message: "remove it", Applicability: lint.Unsafe,
						Edits: []lint.Edit{{Pos: c.pos, End: c.end}},
					}},
				})
			}
			stack = append(stack, c)
		case pdf:
			if n := len(stack); n > 0 && !isIsolate(stack[n-1].r) {
				stack = stack[:n-1]
				continue
			}
			reportStray(pass, c, sev, "it closes no embedding or override")
		case pdi:
			k := -1
			for i := len(stack) - 1; i >= 0; i-- {
				if isIsolate(stack[i].r) {
					k = i
					break
				}
			}
			if k < 0 {
				reportStray(pass, c, sev, "it closes no isolate")
				continue
			}
			for _, open := range stack[k+1:] {
				reportUnterminated(pass, open, sev, "before the isolate around it ends")
			}
			stack = stack[:k]
		default:
			if markWithoutEffect(c) {
				pass.Report(lint.Finding{
					Severity: sev, Pos: c.pos, End: c.end,
					Message: fmt.Sprintf("misplaced bidi mark %s between two letters of the same direction, where it has no effect", text.Name(c.r)),
					Fixes: []lint.Fix{{
						Message: "remove it", Applicability: lint.Unsafe,
						Edits: []lint.Edit{{Pos: c.pos, End: c.end}},
					}},
				})
			}
		}
	}
	for _, open := range stack {
		reportUnterminated(pass, open, sev, "by the end of the paragraph")
	}
}

func isIsolate(r rune) bool { return r == lri || r == rli || r == fsi }

func reportStray(pass *lint.Pass, c control, sev lint.Severity, why string) {
	pass.Report(lint.Finding{
		Severity: sev, Pos: c.pos, End: c.end,
		Message: fmt.Sprintf("unbalanced bidi control %s: %s", text.Name(c.r), why),
		Fixes: []lint.Fix{{
			Message: "remove it", Applicability: lint.Unsafe,
			Edits: []lint.Edit{{Pos: c.pos, End: c.end}},
		}},
	})
}

func reportUnterminated(pass *lint.Pass, c control, sev lint.Severity, where string) {
	closer := "U+202C POP DIRECTIONAL FORMATTING"
	if isIsolate(c.r) {
		closer = "U+2069 POP DIRECTIONAL ISOLATE"
	}
	pass.Report(lint.Finding{
		Severity: sev, Pos: c.pos, End: c.end,
		Message: fmt.Sprintf("unbalanced bidi control %s: no %s closes it %s", text.Name(c.r), closer, where),
	})
}

// markWithoutEffect reports whether a directional mark sits between two
// strong characters of its own direction, where it changes nothing: a
// right-to-left mark inside an Arabic word, a left-to-right mark inside a
// Latin one.
func markWithoutEffect(c control) bool {
	want := ltr
	if c.r == rlm || c.r == alm {
		want = rtl
	}
	return directionOf(c.prev) == want && directionOf(c.next) == want
}
