// Package headlinenumbers defines the headline-numbers rule: a number in the
// headline or subtitle that the body contradicts.
package headlinenumbers

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/tokens"
)

//go:embed doc.md
var doc string

// New returns the headline-numbers rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "headline-numbers",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.NoFix,
		Run:      run,
	}
}

// Limits of the comparison.
const (
	// aboutTolerance is the relative difference that "about", "nearly"
	// and similar qualifiers allow.
	aboutTolerance = 0.15
	// minDifference is the relative difference below which two values
	// are too close to call a contradiction: rounding, an update of a
	// toll or a loose headline, rather than a wrong number.
	minDifference = 0.2
	// leadParagraphs is the number of body paragraphs searched for a
	// contradicting number. A headline summarizes the lead; a number of
	// the same unit further down usually measures something else (a
	// witness's years at a job, not the years of a war).
	leadParagraphs = 3
	// minUnsupported is the smallest headline number reported when the
	// body never gives it: smaller numbers are often spelled out, in
	// words this rule may not know.
	minUnsupported = 13
	// minBodyWords is the body length, in words, from which a number the
	// body never gives is reported; shorter bodies are teasers.
	minBodyWords = 150
)

// located is a mention with its position in the article.
type located struct {
	mention
	text *blockText
	para int // index among the body's prose blocks; -1 outside the body
}

// pos converts an offset of the mention's block text into a source offset.
func (l *located) pos(i int) int { return l.text.source(i) }

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	var body []located
	var texts []string // the body's prose, by block
	para := 0
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if !b.Kind.IsProse() || b.Kind == article.Headline || b.Kind == article.Subtitle {
			continue
		}
		bt := newBlockText(a, b)
		texts = append(texts, bt.text)
		for _, m := range scan(bt.text) {
			body = append(body, located{m, bt, para})
		}
		para++
	}
	type line struct {
		block    *article.Block
		text     *blockText
		mentions []located
	}
	var lines []*line
	for _, b := range []*article.Block{a.Headline(), a.Subtitle()} {
		if b == nil {
			continue
		}
		l := &line{block: b, text: newBlockText(a, b)}
		for _, m := range scan(l.text.text) {
			l.mentions = append(l.mentions, located{m, l.text, -1})
		}
		lines = append(lines, l)
	}
	for _, l := range lines {
		// The headline and the subtitle back each other.
		support := body
		for _, o := range lines {
			if o != l {
				support = append(slices.Clip(support), o.mentions...)
			}
		}
		for i := range l.mentions {
			m := &l.mentions[i]
			if !m.claim || m.unit == noUnit || supported(&m.mention, support) {
				continue
			}
			what := fmt.Sprintf("the %s says %q", l.block.Kind, quote(l.text.text[m.quoteStart:m.quoteEnd]))
			var msg string
			// A headline number may also be contradicted by the
			// subtitle, which in plain text is often the lead.
			lead := body
			if l.block.Kind == article.Headline {
				for _, o := range lines {
					if o != l {
						lead = append(slices.Clip(o.mentions), body...)
					}
				}
			}
			if c := contradiction(&m.mention, lead); c != nil {
				line, _ := a.Position(c.pos(c.quoteStart))
				where := "body"
				if c.para < 0 {
					where = "subtitle"
				}
				msg = fmt.Sprintf("%s, but the %s says %q (line %d)", what, where, quote(c.text.text[c.quoteStart:c.quoteEnd]), line)
			} else if neverGiven(a, l.block, &m.mention, texts) {
				msg = what + ", but the body never gives that number"
			} else {
				continue
			}
			pass.Report(lint.Finding{Pos: m.pos(m.quoteStart), End: m.pos(m.quoteEnd), Message: msg})
		}
	}
	return nil
}

// neverGiven reports whether a number that the body neither gives nor
// contradicts is reported: a count of people or deaths, a number of hours
// or minutes, a distance or a weight of at least minUnsupported in the
// headline (or in a subtitle declared in Markdown front matter, as opposed
// to one guessed from the layout of plain text), over a body long enough to
// be the whole story. Percentages and sums of money are left alone, since
// headlines compute them from the body's figures or convert currencies, and
// so are days, weeks, months and years, which they count from dates ("100
// days of war").
func neverGiven(a *article.Article, b *article.Block, m *mention, body []string) bool {
	if b.Kind == article.Subtitle && a.Format != article.Markdown {
		return false
	}
	if m.values[0] < minUnsupported || m.hedge != exactly {
		return false
	}
	switch m.unit {
	case people, dead, minute, hour, km, mile, meter, kg, ton:
		return hasWords(body, minBodyWords)
	}
	return false
}

// hasWords reports whether texts hold at least n words, counting only as
// far as needed: most articles never need to be counted.
func hasWords(texts []string, n float64) bool {
	words := 0.0
	for _, t := range texts {
		if words += tokens.CountWords(t); words >= n {
			return true
		}
	}
	return false
}

// supported reports whether the body backs the headline number: the same
// value anywhere in the body (in any unit, any form, rounded as the
// headline rounds it, within the headline's or the body's qualifier), the
// same duration in another unit, or the sum of the body's numbers of the
// same unit ("eight in A and four in B" for "12 dead").
func supported(claim *mention, body []located) bool {
	sum := 0.0
	for i := range body {
		b := &body[i].mention
		if consistent(claim, b, claim.values, b.values) {
			return true
		}
		for _, bv := range b.values {
			if bv == claim.raw {
				return true
			}
		}
		if cs, bs := seconds(claim.unit), seconds(b.unit); cs > 0 && bs > 0 && cs != bs {
			if consistent(claim, b, scaled(claim.values, cs), scaled(b.values, bs)) {
				return true
			}
		}
		if b.unit == claim.unit && b.claim {
			sum += b.values[0]
		}
	}
	return sum > 0 && consistent(claim, &mention{step: claim.step}, claim.values, []float64{sum})
}

// consistent reports whether any reading of the claim agrees with any
// reading of the body mention: the same value as the claim rounds it, in
// any unit, or, for a mention of the same unit (or of none), a value
// within the qualifier of either ("about 12", "more than 100").
func consistent(claim, b *mention, cvs, bvs []float64) bool {
	qualified := b.unit == claim.unit || b.unit == noUnit
	for _, c := range cvs {
		for _, v := range bvs {
			tol := math.Max(claim.step, b.step)/2 + 1e-9*math.Abs(c)
			switch {
			case math.Abs(c-v) <= tol:
				return true
			case !qualified:
			case claim.hedge == about && math.Abs(c-v) <= aboutTolerance*math.Abs(c),
				b.hedge == about && math.Abs(c-v) <= aboutTolerance*math.Abs(v):
				return true
			case claim.hedge == atLeast && v >= c, claim.hedge == atMost && v <= c,
				b.hedge == atLeast && c >= v, b.hedge == atMost && c <= v:
				return true
			}
		}
	}
	return false
}

func scaled(vs []float64, f float64) []float64 {
	out := make([]float64, len(vs))
	for i, v := range vs {
		out[i] = v * f
	}
	return out
}

// contradiction returns the first mention of the same unit in the body's
// lead whose value differs clearly from the claim's, or nil.
func contradiction(claim *mention, body []located) *located {
	for i := range body {
		b := &body[i]
		if b.para >= leadParagraphs || !b.claim || b.unit != claim.unit || b.hedge != exactly && b.hedge != about {
			continue
		}
		if differs(claim.values, b.values) {
			return b
		}
	}
	return nil
}

// differs reports whether every reading of one value is at least
// minDifference away from every reading of the other.
func differs(cvs, bvs []float64) bool {
	for _, c := range cvs {
		for _, v := range bvs {
			if math.Abs(c-v) < minDifference*math.Max(math.Abs(c), math.Abs(v)) {
				return false
			}
		}
	}
	return true
}

// quote shortens a phrase for a message and collapses its white space.
func quote(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// blockText is a block's prose joined into one string, with the map back to
// source offsets.
type blockText struct {
	text   string
	starts []int // offset in text of each span
	spans  []article.Span
}

func newBlockText(a *article.Article, b *article.Block) *blockText {
	bt := &blockText{spans: b.Text}
	if len(b.Text) == 1 {
		bt.text, bt.starts = a.Text(b.Text[0]), []int{0}
		return bt
	}
	var sb strings.Builder
	for i, s := range b.Text {
		if i > 0 {
			sb.WriteByte(' ')
		}
		bt.starts = append(bt.starts, sb.Len())
		sb.WriteString(a.Text(s))
	}
	bt.text = sb.String()
	return bt
}

// source returns the source offset of offset i of the joined text.
func (bt *blockText) source(i int) int {
	k := sort.Search(len(bt.starts), func(k int) bool { return bt.starts[k] > i }) - 1
	if k < 0 {
		return bt.spans[0].Start
	}
	off := bt.spans[k].Start + i - bt.starts[k]
	return min(off, bt.spans[k].End)
}
