package headlinenumbers

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
)

// TestInjectedNumbers adds to the headline of each clean corpus article a
// quantity taken from the body's lead (its first three paragraphs), once
// with a different value, which the rule must report as contradicted, and
// once unchanged, which it must not report. It measures recall on the
// first and counts false alarms on both.
func TestInjectedNumbers(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: lints the corpus twice")
	}
	ctx := context.Background()
	l, err := lint.New(New())
	if err != nil {
		t.Fatal(err)
	}
	var injected, found, controls, falseAlarms int
	for _, ca := range linttest.Corpus(t) {
		if !ca.Clean() {
			continue
		}
		src := ca.Read(t)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			t.Fatal(err)
		}
		m, text, changed, ok := leadQuantity(a)
		if !ok {
			continue
		}
		headline := a.Lines[0]
		for _, change := range []bool{true, false} {
			phrase := text[m.start:m.end]
			if change {
				phrase = text[m.start:m.numStart] + changed + text[m.numEnd:m.end]
			}
			newHeadline := strings.TrimRight(a.Src[headline.Start:headline.End], " .") + " — " + phrase
			injectedSrc := newHeadline + a.Src[headline.End:]
			b, err := article.Parse(ca.Path, []byte(injectedSrc), article.Text)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := l.Lint(ctx, b, nil)
			if err != nil {
				t.Fatal(err)
			}
			hit := false
			for _, f := range fs {
				if change && f.Pos >= len(newHeadline)-len(phrase) && f.End <= len(newHeadline) {
					hit = true
					continue
				}
				falseAlarms++
				t.Logf("%s (changed=%v): false alarm: %s", ca.Path, change, f.Message)
			}
			if change {
				injected++
				if hit {
					found++
				} else {
					t.Logf("%s: missed %q against %q", ca.Path, phrase, text[m.quoteStart:m.quoteEnd])
				}
			} else {
				controls++
			}
		}
	}
	recall := linttest.Ratio(found, injected)
	precision := linttest.Ratio(found, found+falseAlarms)
	t.Logf("%d contradicting numbers injected, %d found: recall %.3f; %d unchanged controls; %d false alarms: precision %.3f",
		injected, found, recall, controls, falseAlarms, precision)
	if injected < 40 {
		t.Errorf("only %d numbers injected", injected)
	}
	if recall < 0.95 || precision < 0.95 {
		t.Errorf("recall %.3f, precision %.3f; want at least 0.95 each", recall, precision)
	}
}

// leadQuantity returns the first quantity of the article's body lead that
// the rule compares with a headline number (in digits, with a unit, not an
// upper or lower bound) and for which a multiple that the article does not
// support exists; it returns that multiple too.
func leadQuantity(a *article.Article) (mention, string, string, bool) {
	var all []located
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if !b.Kind.IsProse() {
			continue
		}
		bt := newBlockText(a, b)
		for _, m := range scan(bt.text) {
			all = append(all, located{m, bt, 0})
		}
	}
	para := 0
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if !b.Kind.IsProse() || b.Kind == article.Headline || b.Kind == article.Subtitle {
			continue
		}
		if para == leadParagraphs {
			break
		}
		para++
		text := newBlockText(a, b).text
		for _, m := range scan(text) {
			if !m.claim || m.unit == noUnit || m.hedge != exactly && m.hedge != about || m.numStart == m.numEnd ||
				!isDigitByte(text, m.numStart) || m.raw < 1 || len(text[m.start:m.end]) > 40 {
				continue
			}
			if v, ok := unsupportedMultiple(m, text[m.numStart:m.numEnd], all); ok {
				return m, text, v, true
			}
		}
	}
	return mention{}, "", "", false
}

// unsupportedMultiple returns the number written in the mention multiplied
// by 3, 5 or 7, the first multiple that no number of the article supports,
// written with as many decimals as the original.
func unsupportedMultiple(m mention, written string, all []located) (string, bool) {
	decimals := 0
	if i := strings.LastIndexAny(written, ".,"); i >= 0 && len(written)-i-1 != 3 {
		decimals = len(written) - i - 1
	}
	for _, k := range []float64{3, 5, 7} {
		c := m
		c.hedge = exactly
		c.raw = m.raw * k
		c.values = []float64{m.values[0] * k}
		if !supported(&c, all) {
			return strconv.FormatFloat(c.raw, 'f', decimals, 64), true
		}
	}
	return "", false
}
