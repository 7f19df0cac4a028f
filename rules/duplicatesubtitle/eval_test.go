package duplicatesubtitle_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/duplicatesubtitle"
	"github.com/newslint/newslint/rules/internal/tokens"
)

// Thresholds the injected test set must meet.
const (
	minRecall    = 0.95
	minPrecision = 0.95
)

// unit is a word, or a character of a script written without spaces.
type text struct {
	units     []string
	spaceless bool
}

func split(s string) text {
	if !strings.ContainsRune(s, ' ') {
		for _, r := range s {
			if tokens.IsSpaceless(r) {
				var us []string
				for _, r := range s {
					us = append(us, string(r))
				}
				return text{units: us, spaceless: true}
			}
		}
	}
	return text{units: strings.Fields(s)}
}

func (t text) join(us []string) string {
	if t.spaceless {
		return strings.Join(us, "")
	}
	return strings.Join(us, " ")
}

// injection makes a paragraph from the headline (h) and subtitle (s); want
// names the lines the rule must report as repeated.
type injection struct {
	name string
	want []string // "headline", "subtitle"
	make func(h, s text, body []string, rng *rand.Rand) (string, bool)
}

var injections = []injection{
	{"headline repeated", []string{"headline"}, func(h, _ text, _ []string, _ *rand.Rand) (string, bool) {
		return h.join(h.units), true
	}},
	{"headline in capitals", []string{"headline"}, func(h, _ text, _ []string, _ *rand.Rand) (string, bool) {
		up := strings.ToUpper(h.join(h.units))
		return up, up != h.join(h.units)
	}},
	{"headline with other punctuation", []string{"headline"}, func(h, _ text, _ []string, _ *rand.Rand) (string, bool) {
		p := strings.NewReplacer(":", " —", ",", "", "?", ".", "!", ".").Replace(h.join(h.units))
		return strings.TrimRight(p, ".") + ".", true
	}},
	{"headline with a word dropped", []string{"headline"}, func(h, _ text, _ []string, rng *rand.Rand) (string, bool) {
		return dropUnit(h, rng)
	}},
	{"headline with a word swapped", []string{"headline"}, func(h, _ text, body []string, rng *rand.Rand) (string, bool) {
		return swapUnit(h, body, rng)
	}},
	{"headline truncated with an ellipsis", []string{"headline"}, func(h, _ text, _ []string, _ *rand.Rand) (string, bool) {
		return truncate(h, "…")
	}},
	{"headline truncated", []string{"headline"}, func(h, _ text, _ []string, _ *rand.Rand) (string, bool) {
		return truncate(h, "")
	}},
	{"subtitle repeated", []string{"subtitle"}, func(_, s text, _ []string, _ *rand.Rand) (string, bool) {
		return s.join(s.units) + ".", len(s.units) > 0
	}},
	{"subtitle in title case", []string{"subtitle"}, func(_, s text, _ []string, _ *rand.Rand) (string, bool) {
		if s.spaceless || len(s.units) == 0 {
			return "", false
		}
		us := make([]string, len(s.units))
		for i, u := range s.units {
			r, n := utf8.DecodeRuneInString(u)
			us[i] = string(unicode.ToUpper(r)) + u[n:]
		}
		return s.join(us), true
	}},
	{"subtitle with a word dropped", []string{"subtitle"}, func(_, s text, _ []string, rng *rand.Rand) (string, bool) {
		return dropUnit(s, rng)
	}},
	{"headline and subtitle merged", []string{"headline", "subtitle"}, func(h, s text, _ []string, _ *rand.Rand) (string, bool) {
		if len(s.units) < 4 || len(h.units) < 4 {
			return "", false
		}
		sep := "; "
		if h.spaceless {
			sep = "，"
		}
		return h.join(h.units[:(len(h.units)+1)/2]) + sep + s.join(s.units[len(s.units)/3:]) + ".", true
	}},
}

// dropUnit drops a word from the middle (two characters in scripts written
// without spaces).
func dropUnit(t text, rng *rand.Rand) (string, bool) {
	n := 1
	if t.spaceless {
		n = 2
	}
	if len(t.units) < 4+n {
		return "", false
	}
	i := 1 + rng.IntN(len(t.units)-1-n)
	return t.join(slices.Delete(slices.Clone(t.units), i, i+n)), true
}

// swapUnit replaces a word in the middle with a word of the body that the
// line lacks.
func swapUnit(t text, body []string, rng *rand.Rand) (string, bool) {
	if len(t.units) < 6 || t.spaceless || len(body) == 0 {
		return "", false
	}
	words := strings.Fields(body[rng.IntN(len(body))])
	for range 10 {
		w := strings.Trim(words[rng.IntN(len(words))], ".,;:!?\"'“”«»()")
		if w == "" || slices.Contains(t.units, w) {
			continue
		}
		us := slices.Clone(t.units)
		us[1+rng.IntN(len(us)-2)] = w
		return t.join(us), true
	}
	return "", false
}

// truncate keeps the first 60% of the line, cut inside the last word when
// an ellipsis marks the cut.
func truncate(t text, ellipsis string) (string, bool) {
	keep := (len(t.units)*6 + 9) / 10
	if keep == len(t.units) || keep < 5 {
		return "", false
	}
	us := slices.Clone(t.units[:keep])
	if ellipsis != "" && !t.spaceless {
		if rs := []rune(us[keep-1]); len(rs) > 4 {
			us[keep-1] = string(rs[:len(rs)-2])
		}
	}
	return t.join(us) + ellipsis, true
}

type tally struct{ injected, found, falseAlarms int }

// TestInjectedRepeats injects repeats of the headline and the subtitle of
// every kind into the clean corpus articles, one per article and kind, and
// measures how many the rule finds (recall) and how many of its findings
// are right (precision). Repeats go after the first body paragraph, so that
// they do not change which line the plain-text layout reads as the
// subtitle, and must have at least five words, the rule's minimum.
func TestInjectedRepeats(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: lints the corpus once per kind of repeat")
	}
	ctx := context.Background()
	l, err := lint.New(duplicatesubtitle.New())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(2024, 4))
	byKind := map[string]*tally{}
	var total tally
	articles := 0
	for _, a := range linttest.CleanCorpus(t, l) {
		var head, body []string
		hasSubtitle := a.Subtitle() != nil
		for i := range a.Blocks {
			b := &a.Blocks[i]
			if b.Kind == article.Headline || b.Kind == article.Subtitle {
				head = append(head, a.BlockText(b))
			} else {
				body = append(body, a.BlockText(b))
			}
		}
		if len(body) < 2 {
			continue
		}
		articles++
		h, s := split(head[0]), text{}
		if hasSubtitle {
			s = split(head[1])
		}
		for _, inj := range injections {
			if slices.Contains(inj.want, "subtitle") && !hasSubtitle {
				continue
			}
			p, ok := inj.make(h, s, body, rng)
			if !ok || tokens.Words(tokens.Tokenize(p)) < 5 {
				continue
			}
			k := byKind[inj.name]
			if k == nil {
				k = &tally{}
				byKind[inj.name] = k
			}
			at := 1 + rng.IntN(len(body))
			lines := append(slices.Clone(head), slices.Insert(slices.Clone(body), at, p)...)
			atLine := 2*(len(head)+at) + 1
			injected, err := article.Parse(a.Path, []byte(strings.Join(lines, "\n\n")+"\n"), article.Text)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := l.Lint(ctx, injected, nil)
			if err != nil {
				t.Fatal(err)
			}
			k.injected++
			hit := false
			for _, f := range fs {
				line, _ := injected.Position(f.Pos)
				if line == atLine && names(f.Message, inj.want) {
					hit = true
					continue
				}
				k.falseAlarms++
				t.Logf("%s (%s): unexpected finding at line %d: %s", a.Path, inj.name, line, f.Message)
			}
			if hit {
				k.found++
			} else {
				t.Logf("%s (%s): missed at line %d: %q", a.Path, inj.name, atLine, p)
			}
		}
	}
	for _, inj := range injections {
		k := byKind[inj.name]
		t.Logf("%-36s injected %4d  found %4d  recall %.3f  false alarms %d", inj.name, k.injected, k.found, linttest.Ratio(k.found, k.injected), k.falseAlarms)
		total.injected += k.injected
		total.found += k.found
		total.falseAlarms += k.falseAlarms
	}
	recall := linttest.Ratio(total.found, total.injected)
	precision := linttest.Ratio(total.found, total.found+total.falseAlarms)
	t.Logf("%d articles; %d repeats injected: recall %.3f, precision %.3f", articles, total.injected, recall, precision)
	if total.injected < 500 {
		t.Errorf("only %d repeats injected", total.injected)
	}
	if recall < minRecall || precision < minPrecision {
		t.Errorf("recall %.3f, precision %.3f; want at least %.2f and %.2f", recall, precision, minRecall, minPrecision)
	}
}

// names reports whether a message names exactly the wanted lines.
func names(msg string, want []string) bool {
	for _, w := range []string{"headline", "subtitle"} {
		if strings.Contains(msg, fmt.Sprintf("the %s (", w)) != slices.Contains(want, w) {
			return false
		}
	}
	return true
}
