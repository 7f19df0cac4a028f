// Package invisiblecharacter defines the invisible-character rule: zero
// width spaces, word joiners, stray byte order marks, soft hyphens, control
// characters, line and paragraph separators and other default-ignorable
// characters in running text.
package invisiblecharacter

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/misdecode"
	"github.com/newslint/newslint/rules/internal/prose"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

// New returns the invisible-character rule.
func New() *lint.Rule {
	d := misdecode.New()
	cands := newCandidates()
	return &lint.Rule{
		Name:     "invisible-character",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run: func(ctx context.Context, pass *lint.Pass) error {
			return run(ctx, d, cands, pass)
		},
	}
}

func run(ctx context.Context, d *misdecode.Detector, cands *candidates, pass *lint.Pass) error {
	a := pass.Article
	if strings.HasPrefix(a.Src, string(byteOrderMark)) {
		n := utf8.RuneLen(byteOrderMark)
		pass.Report(lint.Finding{
			Pos:     0,
			End:     n,
			Message: "byte order mark (U+FEFF) at the start of the file",
			Fixes: []lint.Fix{{
				Message: "remove the byte order mark",
				Edits:   []lint.Edit{{Pos: 0, End: n}},
			}},
		})
	}
	for bi, ranges := range prose.Blocks(a) {
		if bi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("invisible-character: %w", err)
			}
		}
		// Soft hyphens and C1 controls that are part of mojibake belong
		// to the mojibake rule, which repairs the whole sequence: "í"
		// read as Windows-1252 is "Ã" and a soft hyphen, and removing
		// the soft hyphen would destroy the evidence.
		var claimed []article.Span
		if mayBeMojibake(a, ranges) {
			claimed = d.Claimed(a.Src, ranges)
		}
		for _, sp := range ranges {
			scan(pass, cands, sp, claimed)
		}
	}
	return nil
}

// mayBeMojibake reports whether the ranges hold a soft hyphen or a C1
// control, the characters that mojibake may claim: both are encoded as 0xC2
// followed by 0x80-0xAD.
func mayBeMojibake(a *article.Article, ranges []article.Span) bool {
	for _, r := range ranges {
		s := a.Text(r)
		for i := strings.IndexByte(s, 0xC2); i >= 0 && i+1 < len(s); {
			if c := s[i+1]; c <= 0x9F || c == 0xAD {
				return true
			}
			j := strings.IndexByte(s[i+1:], 0xC2)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// inSpans reports whether offset lies in one of the sorted spans.
func inSpans(spans []article.Span, offset int) bool {
	for _, s := range spans {
		if s.Start > offset {
			return false
		}
		if s.Contains(offset) {
			return true
		}
	}
	return false
}

// scan reports the invisible characters of one prose range, one finding per
// character or run of identical characters (or of line and paragraph
// separators), leaving out those inside the claimed spans. It passes over
// printable ASCII and the characters that are no candidates (cands)
// without looking closer.
func scan(pass *lint.Pass, cands *candidates, sp article.Span, claimed []article.Span) {
	src := pass.Article.Src
	s := src[sp.Start:sp.End]
	prev := rune(-1)
	for i := 0; i < len(s); {
		b := s[i]
		if b >= 0x20 && b < 0x7F {
			if i++; i < len(s) && s[i] >= 0x20 && s[i] < 0x7F {
				i = text.PrintableASCII(s, i)
			}
			prev = rune(s[i-1])
			continue
		}
		r, n := rune(b), 1
		var candidate bool
		switch {
		case b < utf8.RuneSelf:
			candidate = cands.bmp(r)
		case b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r, n = rune(b&0x1F)<<6|rune(s[i+1]&0x3F), 2
			candidate = cands.bmp(r)
		default:
			r, n = utf8.DecodeRuneInString(s[i:])
			candidate = cands.has(r)
		}
		if !candidate {
			prev = r
			i += n
			continue
		}
		if sp.Start+i == 0 && r == byteOrderMark {
			// The leading byte order mark has its own finding.
			prev = r
			i += n
			continue
		}
		if !reported(s, i, r, prev) || inSpans(claimed, sp.Start+i) {
			prev = r
			i += n
			continue
		}
		// Extend to the run of identical characters that are reported;
		// line and paragraph separators make one run together.
		end, count := i+n, 1
		for end < len(s) {
			c, m := utf8.DecodeRuneInString(s[end:])
			if !sameRun(r, c) || !reported(s, end, c, r) || inSpans(claimed, sp.Start+end) {
				break
			}
			end += m
			count++
		}
		next := rune(-1)
		if end < len(s) {
			next, _ = utf8.DecodeRuneInString(s[end:])
		}
		if isSeparator(r) {
			reportSeparators(pass, sp.Start+i, sp.Start+end, count)
		} else {
			report(pass, sp.Start+i, sp.Start+end, r, count, prev, next)
		}
		prev = r
		i = end
	}
}

// sameRun reports whether c continues a run of r.
func sameRun(r, c rune) bool {
	return c == r || isSeparator(r) && isSeparator(c)
}

// reported reports whether the character r at byte offset i of the prose
// range s, after prev, is an invisible character to report.
func reported(s string, i int, r, prev rune) bool {
	if r < utf8.RuneSelf && r >= 0x20 && r != 0x7F || !isCandidate(r) {
		return false
	}
	if r == softHyphen || isC1(r) || isSeparator(r) {
		return true
	}
	next := rune(-1)
	if j := i + utf8.RuneLen(r); j < len(s) {
		next, _ = utf8.DecodeRuneInString(s[j:])
	}
	return !legitimate(r, prev, next)
}

func report(pass *lint.Pass, pos, end int, r rune, count int, prev, next rune) {
	msg := describe(r)
	switch {
	case r == byteOrderMark:
		msg += " (a byte order mark inside the text)"
	case r == softHyphen:
		msg += " (an invisible hyphenation point)"
	case isVariationSelector(r):
		msg = "stray variation selector " + nameOf(r) + ": it follows no character it can vary"
	case r == zwj || r == zwnj:
		msg += " outside a script or emoji sequence that needs it"
	}
	if count > 1 {
		msg += fmt.Sprintf(" (%d in a row)", count)
	}
	fix := lint.Fix{Message: "remove it", Edits: []lint.Edit{{Pos: pos, End: end}}}
	switch {
	case isSeparatorControl(r) && separates(prev, next):
		// An information separator between two words stands for a
		// space; removing it would join the words.
		fix.Message = "replace it with a space"
		fix.Edits[0].NewText = " "
	case count > 1:
		fix.Message = fmt.Sprintf("remove the %d characters", count)
	}
	pass.Report(lint.Finding{Pos: pos, End: end, Message: msg, Fixes: []lint.Fix{fix}})
}

// isSeparatorControl reports whether r is one of the information separators
// U+001C–U+001F, which data exports use between fields and words.
func isSeparatorControl(r rune) bool { return r >= 0x1C && r <= 0x1F }

// separates reports whether a character between prev and next keeps two
// words apart: both exist and neither is white space.
func separates(prev, next rune) bool {
	return prev >= 0 && next >= 0 && !article.IsSpace(prev) && !article.IsSpace(next)
}
