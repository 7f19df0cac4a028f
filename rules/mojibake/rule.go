// Package mojibake defines the mojibake rule: UTF-8 text that was decoded
// with the wrong single-byte code page (Windows-1252, Latin-1, Mac Roman or
// Windows-1251), once or several times, C1 control characters standing for
// Windows-1252 punctuation, and replacement characters (U+FFFD) left where
// a conversion lost text.
//
// The detection is in rules/internal/misdecode, which the
// invisible-character rule consults too; this package turns what it finds
// into findings and fixes.
package mojibake

import (
	"context"
	_ "embed"
	"fmt"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/misdecode"
	"github.com/newslint/newslint/rules/internal/prose"
)

//go:embed doc.md
var doc string

// New returns the mojibake rule.
func New() *lint.Rule {
	d := misdecode.New()
	return &lint.Rule{
		Name:     "mojibake",
		Doc:      doc,
		Severity: lint.Error,
		Fixable:  lint.SafeFix | lint.UnsafeFix,
		Run: func(ctx context.Context, pass *lint.Pass) error {
			return run(ctx, d, pass)
		},
	}
}

func run(ctx context.Context, d *misdecode.Detector, pass *lint.Pass) error {
	a := pass.Article
	for bi, ranges := range prose.Blocks(a) {
		if bi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("mojibake: %w", err)
			}
		}
		hold, lost := false, false
		for _, r := range ranges {
			s := a.Text(r)
			hold = hold || d.MayHold(s)
			// The text is valid UTF-8, so that U+FFFD stands only
			// for itself; strings.ContainsRune would decode every
			// character to find out.
			lost = lost || strings.Contains(s, string(replacementChar))
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

// fixKind is how a repair can be made.
type fixKind int

const (
	fixSafe   fixKind = iota // the repair is certain
	fixUnsafe                // a byte was lost; the repair is the likeliest guess
	fixNone                  // a byte was lost; there is no one guess
)

func kindOf(r *misdecode.Repair) fixKind {
	switch {
	case !r.Lost:
		return fixSafe
	case r.Text != "":
		return fixUnsafe
	}
	return fixNone
}

// report turns the repairs of one span into findings: one per run of
// damaged words, where words with mojibake follow one another with only
// spaces and punctuation between them.
func report(pass *lint.Pass, d *misdecode.Detector, base int, sp *misdecode.Span, reps []misdecode.Repair) {
	for a := 0; a < len(reps); {
		if reps[a].C1 {
			reportC1(pass, d, base, sp, &reps[a])
			a++
			continue
		}
		start, end := wordBounds(sp, reps[a].I, reps[a].J)
		b := a + 1
		for b < len(reps) && !reps[b].C1 && sameRun(&reps[a], &reps[b]) {
			s, e := wordBounds(sp, reps[b].I, reps[b].J)
			if s > end && hasWordChar(sp, end, s) {
				break
			}
			end = max(end, e)
			b++
		}
		reportRun(pass, d, base, sp, reps[a:b], start, end)
		a = b
	}
}

// sameRun reports whether two repairs may share a finding: the same
// mistake, repaired the same way.
func sameRun(x, y *misdecode.Repair) bool {
	return x.Codec == y.Codec && x.Depth == y.Depth && kindOf(x) == kindOf(y) && !x.Lost && !y.Lost
}

// wordBounds widens the runes [i, j) to the words around them.
func wordBounds(sp *misdecode.Span, i, j int) (int, int) {
	for i > 0 && misdecode.WordChar(sp.Runes[i-1]) {
		i--
	}
	for j < len(sp.Runes) && misdecode.WordChar(sp.Runes[j]) {
		j++
	}
	return i, j
}

func hasWordChar(sp *misdecode.Span, i, j int) bool {
	for _, r := range sp.Runes[i:j] {
		if misdecode.WordChar(r) {
			return true
		}
	}
	return false
}

func reportRun(pass *lint.Pass, d *misdecode.Detector, base int, sp *misdecode.Span, reps []misdecode.Repair, start, end int) {
	first := &reps[0]
	var good strings.Builder
	var edits []lint.Edit
	x := start
	for k := range reps {
		r := &reps[k]
		good.WriteString(string(sp.Runes[x:r.I]))
		good.WriteString(r.Text)
		x = r.J
		edits = append(edits, lint.Edit{Pos: base + sp.Offsets[r.I], End: base + sp.Offsets[r.J], NewText: r.Text})
	}
	good.WriteString(string(sp.Runes[x:end]))
	bad := string(sp.Runes[start:end])
	how := describe(d, reps)
	f := lint.Finding{Pos: base + sp.Offsets[start], End: base + sp.Offsets[end]}
	switch kindOf(first) {
	case fixSafe:
		f.Message = fmt.Sprintf("mojibake: %s should read %s (%s)", quote(bad), quote(good.String()), how)
		f.Fixes = []lint.Fix{{Message: "repair the encoding", Applicability: lint.Safe, Edits: edits}}
	case fixUnsafe:
		f.Message = fmt.Sprintf("mojibake: %s probably should read %s (%s, with a byte lost)", quote(bad), quote(good.String()), how)
		f.Fixes = []lint.Fix{{Message: "repair the encoding with the likeliest character", Applicability: lint.Unsafe, Edits: edits}}
	default:
		opts := make([]string, len(first.Options))
		for k, r := range first.Options {
			opts[k] = quote(string(r))
		}
		f.Message = fmt.Sprintf("mojibake: %s cannot be repaired (%s, with a byte lost; it was one of %s)", quote(bad), how, strings.Join(opts, ", "))
	}
	pass.Report(f)
}

// describe names the mistake: "UTF-8 read as Windows-1252 twice".
func describe(d *misdecode.Detector, reps []misdecode.Repair) string {
	r := &reps[0]
	name := d.CodecName(r.Codec)
	if r.Codec == misdecode.Windows1252 {
		latin1, w1252 := false, false
		for k := range reps {
			latin1 = latin1 || reps[k].Latin1
			w1252 = w1252 || reps[k].W1252
		}
		if latin1 && !w1252 {
			name = "Latin-1"
		}
	}
	s := "UTF-8 read as " + name
	switch r.Depth {
	case 1:
	case 2:
		s += " twice"
	default:
		s += fmt.Sprintf(" %d times", r.Depth)
	}
	return s
}

func reportC1(pass *lint.Pass, d *misdecode.Detector, base int, sp *misdecode.Span, r *misdecode.Repair) {
	edits := []lint.Edit{{Pos: base + sp.Offsets[r.I], End: base + sp.Offsets[r.I+1], NewText: repairC1(d, sp.Runes[r.I])}}
	if r.Closing > r.I {
		edits = append(edits, lint.Edit{Pos: base + sp.Offsets[r.Closing], End: base + sp.Offsets[r.Closing+1], NewText: repairC1(d, sp.Runes[r.Closing])})
	}
	what := "control character"
	if len(edits) > 1 {
		what = "control characters"
	}
	pass.Report(lint.Finding{
		Pos: base + sp.Offsets[r.I],
		End: base + sp.Offsets[r.J],
		Message: fmt.Sprintf("mojibake: %s should read %s (Windows-1252 punctuation read as Latin-1 %s)",
			quote(string(sp.Runes[r.I:r.J])), quote(r.Text), what),
		Fixes: []lint.Fix{{Message: "repair the encoding", Applicability: lint.Safe, Edits: edits}},
	})
}

func repairC1(d *misdecode.Detector, r rune) string {
	m, _ := d.C1Meaning(r)
	return string(m)
}

// replacementChar is U+FFFD REPLACEMENT CHARACTER, which decoders write
// where they meet bytes they cannot read.
const replacementChar = '\uFFFD'

// reportReplacements reports the replacement characters of a span that no
// repair explains, one finding per run: text was lost in a conversion, and
// nothing tells what it was, so there is no fix.
func reportReplacements(pass *lint.Pass, base int, sp *misdecode.Span, reps []misdecode.Repair) {
	covered := func(i int) bool {
		for k := range reps {
			if !reps[k].C1 && reps[k].I <= i && i < reps[k].J {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(sp.Runes); i++ {
		if sp.Runes[i] != replacementChar || covered(i) {
			continue
		}
		j := i + 1
		for j < len(sp.Runes) && sp.Runes[j] == replacementChar && !covered(j) {
			j++
		}
		what := "replacement character U+FFFD"
		if j-i > 1 {
			what = fmt.Sprintf("%d replacement characters U+FFFD", j-i)
		}
		pass.Report(lint.Finding{
			Pos:     base + sp.Offsets[i],
			End:     base + sp.Offsets[j],
			Message: what + ": text was lost when it was converted between encodings; restore it from the original source",
		})
		i = j - 1
	}
}

// maxShown is the number of characters of a run that a message shows.
const maxShown = 40

// quote quotes s for a message, with invisible characters escaped and the
// middle of a long run elided.
func quote(s string) string {
	rs := []rune(s)
	if len(rs) > maxShown {
		s = string(rs[:maxShown/2]) + " [...] " + string(rs[len(rs)-maxShown/2:])
	}
	return fmt.Sprintf("%q", s)
}
