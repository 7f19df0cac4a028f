package mojibake

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/equivtest"
	"github.com/newslint/newslint/rules/internal/misdecode"
	"github.com/newslint/newslint/rules/internal/prose"
)

// referenceRun is the rule as it was before it looked for U+FFFD as a
// string, without decoding the text, and before the detector skipped ASCII
// eight bytes at a time. The equivalence tests compare the rule with it.
func referenceRun(ctx context.Context, d *misdecode.Detector, pass *lint.Pass) error {
	a := pass.Article
	for bi, ranges := range prose.ByBlock(a) {
		if bi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("mojibake: %w", err)
			}
		}
		hold, lost := false, false
		for _, r := range ranges {
			s := a.Text(r)
			hold = hold || d.MayHold(s)
			lost = lost || strings.ContainsRune(s, replacementChar)
		}
		if !hold && !lost {
			continue
		}
		spans := make([]*misdecode.Span, len(ranges))
		for k, r := range ranges {
			spans[k] = misdecode.NewSpan(a.Text(r))
		}
		var repairs [][]misdecode.Repair
		if hold {
			repairs = d.Block(spans)
		}
		for k, sp := range spans {
			var reps []misdecode.Repair
			if repairs != nil {
				reps = repairs[k]
			}
			report(pass, d, ranges[k].Start, sp, reps)
			if lost {
				reportReplacements(pass, ranges[k].Start, sp, reps)
			}
		}
	}
	return nil
}

func referenceRule() *lint.Rule {
	d := misdecode.New()
	r := New()
	r.Run = func(ctx context.Context, pass *lint.Pass) error { return referenceRun(ctx, d, pass) }
	return r
}

// TestEquivalentCorpus checks that the rule reports exactly what the
// reference reports on the shared corpus, as it is and with mojibake,
// replacement characters and C1 controls inserted.
func TestEquivalentCorpus(t *testing.T) {
	equivtest.Corpus(t, referenceRule(), New(),
		equivtest.Sprinkle(53, "Ã©", "\uFFFD", "â€™", "\u0093", "Ð¿Ñ€Ð¸", "\u0094", "Ã\uFFFD", "Ã¤"),
		equivtest.Sprinkle(401, "ÃƒÂ©", "\uFFFD\uFFFD", "Ð", "Ã", "€"))
}

// FuzzEquivalent checks that the rule reports exactly what the reference
// reports on arbitrary text.
func FuzzEquivalent(f *testing.F) {
	equivtest.Fuzz(f, referenceRule(), New(),
		"cafÃ©", "donâ€™t", "\u0093quoted\u0094", "lost \uFFFD text", "ÃƒÂ©tÃƒÂ©", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",
		"plain ASCII text that is long enough to be read eight bytes at a time, then cafÃ©.")
}
