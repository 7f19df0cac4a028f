package invisiblecharacter

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/equivtest"
	"github.com/newslint/newslint/rules/internal/misdecode"
	"github.com/newslint/newslint/rules/internal/prose"
)

// TestCandidates checks the table of candidates against isCandidate for
// every character.
func TestCandidates(t *testing.T) {
	c := newCandidates()
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		if got, want := c.has(r), isCandidate(r); got != want {
			t.Errorf("candidates.has(%U) = %v, want %v", r, got, want)
		}
	}
}

// referenceRun is the rule as it was before it passed over printable ASCII
// and characters that are no candidates without looking closer. The
// equivalence tests compare the rule with it.
func referenceRun(ctx context.Context, d *misdecode.Detector, pass *lint.Pass) error {
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
	for bi, ranges := range prose.ByBlock(a) {
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
			referenceScan(pass, sp, claimed)
		}
	}
	return nil
}

// referenceScan is scan as it was, looking at every character.
func referenceScan(pass *lint.Pass, sp article.Span, claimed []article.Span) {
	src := pass.Article.Src
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

func referenceRule() *lint.Rule {
	d := misdecode.New()
	r := New()
	r.Run = func(ctx context.Context, pass *lint.Pass) error { return referenceRun(ctx, d, pass) }
	return r
}

// TestEquivalentCorpus checks that the rule reports exactly what the
// reference reports on the shared corpus, as it is and with invisible
// characters, and characters that may or may not be, inserted.
func TestEquivalentCorpus(t *testing.T) {
	equivtest.Corpus(t, referenceRule(), New(),
		equivtest.Sprinkle(41, "\u200B", "\u00AD", "\u200D", "\u2060", "\uFE0F", "\uFEFF", "\u001F", "\u2028", "\u200C", "\u0093", "\u034F"),
		equivtest.Sprinkle(211, "\u2029", "\u180E", "\U000E0067", "\u115F", "\u0008", "\u00AD\u00AD", "Ã\u00AD", "\u0600", "\u200E"),
		equivtest.Sprinkle(1501, "\U0001F3F4\U000E0067\U000E007F", "\U0001F469\u200D\U0001F4BB", "क\u200Dष", "\uFEFF"))
}

// FuzzEquivalent checks that the rule reports exactly what the reference
// reports on arbitrary text.
func FuzzEquivalent(f *testing.F) {
	equivtest.Fuzz(f, referenceRule(), New(),
		"\ufeff\ufeffa", "a\u200b\u200b\u200cb", "\u00ad\u00ad", "Ã\u00ad\u00ad", "x\u001f\u001fy", "\ufe0f\ufe0f",
		"\U0001F3F4\U000E0067\U000E007F\U000E007F", "a\u2029b\r\nc\u2029d\r\n", "DÅ\u00adRLIG ×\u0090 a×\u0090b",
		"plain ASCII text that is long enough to be read eight bytes at a time\u200b.")
}
