// Package mojibake defines the mojibake rule: UTF-8 text that was decoded
// with the wrong single-byte code page (Windows-1252, Latin-1, Mac Roman or
// Windows-1251), once or several times, and C1 control characters standing
// for Windows-1252 punctuation.
//
// A stretch of text is a candidate when its characters, turned back into
// the bytes of a code page, form valid multi-byte UTF-8. The repair is kept
// only when every repaired character is one that such text plausibly holds,
// when the original is clearly weirder than the repair (a table of
// character classes and sequences that are implausible together, after
// ftfy's badness heuristic), and when no repaired word mixes scripts.
// Weaker repairs are made only in blocks that hold a clear one.
package mojibake

import (
	"context"
	_ "embed"
	"fmt"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

//go:embed doc.md
var doc string

// New returns the mojibake rule.
func New() *lint.Rule {
	cs := newCodecSet()
	return &lint.Rule{
		Name:     "mojibake",
		Doc:      doc,
		Severity: lint.Error,
		Fixable:  lint.SafeFix | lint.UnsafeFix,
		Run: func(ctx context.Context, pass *lint.Pass) error {
			return run(ctx, cs, pass)
		},
	}
}

func run(ctx context.Context, cs *codecSet, pass *lint.Pass) error {
	a := pass.Article
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if !b.Kind.IsProse() || len(b.Text) == 0 {
			continue
		}
		if bi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("mojibake: %w", err)
			}
		}
		if !mayHold(a, b, cs) {
			continue
		}
		spans := make([]*span, len(b.Text))
		for k, s := range b.Text {
			spans[k] = newSpan(a.Text(s))
		}
		for k, cands := range cs.blockRepairs(spans) {
			report(pass, cs, b.Text[k].Start, spans[k], cands)
		}
	}
	return nil
}

// mayHold reports whether a block's prose may hold mojibake, the quick
// test that keeps clean text cheap.
func mayHold(a *article.Article, b *article.Block, cs *codecSet) bool {
	for _, s := range b.Text {
		if cs.mayHold(a.Text(s)) {
			return true
		}
	}
	return false
}

// fixKind is how a candidate can be repaired.
type fixKind int

const (
	fixSafe   fixKind = iota // the repair is certain
	fixUnsafe                // a byte was lost; the repair is the likeliest guess
	fixNone                  // a byte was lost; there is no one guess
)

func kindOf(c *candidate) fixKind {
	switch {
	case !c.lost:
		return fixSafe
	case c.repair != "":
		return fixUnsafe
	}
	return fixNone
}

// report turns the candidates of one span into findings: one per run of
// damaged words, where words with mojibake follow one another with only
// spaces and punctuation between them.
func report(pass *lint.Pass, cs *codecSet, base int, sp *span, cands []candidate) {
	for a := 0; a < len(cands); {
		if cands[a].c1 {
			reportC1(pass, cs, base, sp, &cands[a])
			a++
			continue
		}
		start, end := wordBounds(sp, cands[a].i, cands[a].j)
		b := a + 1
		for b < len(cands) && !cands[b].c1 && sameRun(&cands[a], &cands[b]) {
			s, e := wordBounds(sp, cands[b].i, cands[b].j)
			if s > end && hasWordChar(sp, end, s) {
				break
			}
			end = max(end, e)
			b++
		}
		reportRun(pass, cs, base, sp, cands[a:b], start, end)
		a = b
	}
}

// sameRun reports whether two candidates may share a finding: the same
// mistake, repaired the same way.
func sameRun(x, y *candidate) bool {
	return x.codec == y.codec && x.depth == y.depth && kindOf(x) == kindOf(y) && !x.lost && !y.lost
}

// wordBounds widens the runes [i, j) to the words around them.
func wordBounds(sp *span, i, j int) (int, int) {
	for i > 0 && wordChar(sp.rs[i-1]) {
		i--
	}
	for j < len(sp.rs) && wordChar(sp.rs[j]) {
		j++
	}
	return i, j
}

func hasWordChar(sp *span, i, j int) bool {
	for _, r := range sp.rs[i:j] {
		if wordChar(r) {
			return true
		}
	}
	return false
}

func reportRun(pass *lint.Pass, cs *codecSet, base int, sp *span, cands []candidate, start, end int) {
	first := &cands[0]
	var good strings.Builder
	var edits []lint.Edit
	x := start
	for k := range cands {
		c := &cands[k]
		good.WriteString(string(sp.rs[x:c.i]))
		good.WriteString(c.repair)
		x = c.j
		edits = append(edits, lint.Edit{Pos: base + sp.offs[c.i], End: base + sp.offs[c.j], NewText: c.repair})
	}
	good.WriteString(string(sp.rs[x:end]))
	bad := string(sp.rs[start:end])
	how := describe(cs, cands)
	f := lint.Finding{Pos: base + sp.offs[start], End: base + sp.offs[end]}
	switch kindOf(first) {
	case fixSafe:
		f.Message = fmt.Sprintf("mojibake: %s should read %s (%s)", quote(bad), quote(good.String()), how)
		f.Fixes = []lint.Fix{{Message: "repair the encoding", Applicability: lint.Safe, Edits: edits}}
	case fixUnsafe:
		f.Message = fmt.Sprintf("mojibake: %s probably should read %s (%s, with a byte lost)", quote(bad), quote(good.String()), how)
		f.Fixes = []lint.Fix{{Message: "repair the encoding with the likeliest character", Applicability: lint.Unsafe, Edits: edits}}
	default:
		opts := make([]string, len(first.options))
		for k, r := range first.options {
			opts[k] = quote(string(r))
		}
		f.Message = fmt.Sprintf("mojibake: %s cannot be repaired (%s, with a byte lost; it was one of %s)", quote(bad), how, strings.Join(opts, ", "))
	}
	pass.Report(f)
}

// describe names the mistake: "UTF-8 read as Windows-1252 twice".
func describe(cs *codecSet, cands []candidate) string {
	c := &cands[0]
	name := cs.codecs[c.codec].name
	if c.codec == windows1252 {
		latin1, w1252 := false, false
		for k := range cands {
			latin1 = latin1 || cands[k].latin1
			w1252 = w1252 || cands[k].w1252
		}
		if latin1 && !w1252 {
			name = "Latin-1"
		}
	}
	s := "UTF-8 read as " + name
	switch c.depth {
	case 1:
	case 2:
		s += " twice"
	default:
		s += fmt.Sprintf(" %d times", c.depth)
	}
	return s
}

func reportC1(pass *lint.Pass, cs *codecSet, base int, sp *span, c *candidate) {
	edits := []lint.Edit{{Pos: base + sp.offs[c.i], End: base + sp.offs[c.i+1], NewText: repairC1(cs, sp.rs[c.i])}}
	if c.closing > c.i {
		edits = append(edits, lint.Edit{Pos: base + sp.offs[c.closing], End: base + sp.offs[c.closing+1], NewText: repairC1(cs, sp.rs[c.closing])})
	}
	what := "control character"
	if len(edits) > 1 {
		what = "control characters"
	}
	pass.Report(lint.Finding{
		Pos: base + sp.offs[c.i],
		End: base + sp.offs[c.j],
		Message: fmt.Sprintf("mojibake: %s should read %s (Windows-1252 punctuation read as Latin-1 %s)",
			quote(string(sp.rs[c.i:c.j])), quote(c.repair), what),
		Fixes: []lint.Fix{{Message: "repair the encoding", Applicability: lint.Safe, Edits: edits}},
	})
}

func repairC1(cs *codecSet, r rune) string {
	m, _ := cs.c1Meaning(r)
	return string(m)
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
