// Package unicodenormalization defines the unicode-normalization rule: text
// that is not in Unicode Normalization Form C.
package unicodenormalization

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/prose"
)

//go:embed doc.md
var doc string

// New returns the unicode-normalization rule.
func New() *lint.Rule {
	inert := newInertSet()
	return &lint.Rule{
		Name:     "unicode-normalization",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix,
		Run: func(_ context.Context, pass *lint.Pass) error {
			return run(pass, inert)
		},
	}
}

// Limits for messages: the code points listed per sequence and the
// distinct sequences listed per finding.
const (
	maxListed  = 8
	maxChanges = 3
)

func run(pass *lint.Pass, inert *inertSet) error {
	a := pass.Article
	for sp := range prose.All(a) {
		s := a.Text(sp)
		if inert.isNFC(s) {
			continue
		}
		for _, r := range runs(s) {
			report(pass, sp.Start+r.Start, sp.Start+r.End, s[r.Start:r.End])
		}
	}
	return nil
}

// runs returns the stretches of s that are not in NFC. s is cut into
// normalization segments at NFC boundaries, where normalizing each side
// independently gives the same result as normalizing the whole; the
// segments that change under NFC are merged into runs when they belong to
// the same word (only letters, marks and digits between them), so that a
// decomposed word is one finding. Every run starts and ends at a boundary,
// so replacing it with its NFC form normalizes exactly that stretch.
func runs(s string) []article.Span {
	var out []article.Span
	open := false
	for i := 0; i < len(s); {
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		seg := s[i : i+n]
		switch {
		case !norm.NFC.IsNormalString(seg) && !compatibilityIdeograph(seg):
			if open {
				out[len(out)-1].End = i + n
			} else {
				out = append(out, article.Span{Start: i, End: i + n})
				open = true
			}
		case open && !inWord(seg):
			open = false
		}
		i += n
	}
	return out
}

// inWord reports whether a normalized segment can sit inside a word between
// two changed segments: letters, marks and digits only.
func inWord(seg string) bool {
	for _, r := range seg {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// compatibilityIdeograph reports whether seg is a CJK compatibility
// ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F). NFC replaces most of them
// with the unified ideograph, which loses the distinction that Korean and
// Japanese texts encode with them; they are left alone.
func compatibilityIdeograph(seg string) bool {
	r, n := utf8.DecodeRuneInString(seg)
	if n != len(seg) {
		return false
	}
	return r >= 0xF900 && r <= 0xFAFF || r >= 0x2F800 && r <= 0x2FA1F
}

func report(pass *lint.Pass, pos, end int, run string) {
	nfc := norm.NFC.String(run)
	pass.Report(lint.Finding{
		Pos:     pos,
		End:     end,
		Message: "text not in Unicode normalization form C: " + describe(run),
		Fixes: []lint.Fix{{
			Message: "replace it with its NFC form",
			Edits:   []lint.Edit{{Pos: pos, End: end, NewText: nfc}},
		}},
	})
}

// describe lists the decomposed sequences of a run and their NFC forms:
// "U+0065 U+0301 where NFC has U+00E9 (2 times)".
func describe(run string) string {
	type change struct{ from, to string }
	var changes []change
	counts := map[change]int{}
	for i := 0; i < len(run); {
		n := norm.NFC.NextBoundaryInString(run[i:], true)
		if n <= 0 {
			n = len(run) - i
		}
		seg := run[i : i+n]
		i += n
		if norm.NFC.IsNormalString(seg) || compatibilityIdeograph(seg) {
			continue
		}
		c := change{codePoints(seg), codePoints(norm.NFC.String(seg))}
		if counts[c] == 0 {
			changes = append(changes, c)
		}
		counts[c]++
	}
	parts := make([]string, 0, len(changes))
	for i, c := range changes {
		if i == maxChanges {
			parts = append(parts, "…")
			break
		}
		p := c.from + " where NFC has " + c.to
		if counts[c] > 1 {
			p += fmt.Sprintf(" (%d times)", counts[c])
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// codePoints lists the code points of s ("U+0065 U+0301"), at most
// maxListed of them.
func codePoints(s string) string {
	var sb strings.Builder
	i := 0
	for _, r := range s {
		if i == maxListed {
			sb.WriteString(" …")
			break
		}
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "U+%04X", r)
		i++
	}
	return sb.String()
}
