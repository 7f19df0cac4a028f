// Package invisiblecharacter defines the invisible-character rule: zero
// width spaces, word joiners, stray byte order marks, soft hyphens, control
// characters and other default-ignorable characters in running text.
package invisiblecharacter

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/prose"
)

//go:embed doc.md
var doc string

// New returns the invisible-character rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "invisible-character",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run:      run,
	}
}

func run(_ context.Context, pass *lint.Pass) error {
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
	for _, sp := range prose.Ranges(a) {
		scan(pass, a.Src, sp)
	}
	return nil
}

// scan reports the invisible characters of one prose range, one finding per
// character or run of identical characters.
func scan(pass *lint.Pass, src string, sp article.Span) {
	s := src[sp.Start:sp.End]
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if sp.Start+i == 0 && r == byteOrderMark {
			// The leading byte order mark has its own finding.
			prev = r
			i += n
			continue
		}
		if !reported(s, i, r, prev) {
			prev = r
			i += n
			continue
		}
		// Extend to the run of identical characters that are reported.
		end, count := i+n, 1
		for end < len(s) {
			c, m := utf8.DecodeRuneInString(s[end:])
			if c != r || !reported(s, end, c, r) {
				break
			}
			end += m
			count++
		}
		next := rune(-1)
		if end < len(s) {
			next, _ = utf8.DecodeRuneInString(s[end:])
		}
		report(pass, sp.Start+i, sp.Start+end, r, count, prev, next)
		prev = r
		i = end
	}
}

// reported reports whether the character r at byte offset i of the prose
// range s, after prev, is an invisible character to report.
func reported(s string, i int, r, prev rune) bool {
	if r < utf8.RuneSelf && r >= 0x20 && r != 0x7F || !isCandidate(r) {
		return false
	}
	if r == softHyphen || isC1(r) {
		// Soft hyphens and C1 controls inside a mis-decoded UTF-8
		// sequence belong to the mojibake rule, which repairs the whole
		// sequence; C1 controls that stand for Windows-1252 punctuation
		// are its too.
		if inMojibake(s, i) || isC1(r) && standsForWindows1252(r) {
			return false
		}
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
