package duplicateparagraph_test

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
	"github.com/newslint/newslint/rules/duplicateparagraph"
	"github.com/newslint/newslint/rules/internal/tokens"
)

// Thresholds the injected test set must meet.
const (
	minRecall    = 0.95
	minPrecision = 0.95
)

// variant makes a repeat of a paragraph, or reports that the paragraph does
// not allow this kind of repeat.
type variant struct {
	name string
	// adjacent puts the repeat directly after the original rather than
	// further down.
	adjacent bool
	make     func(p string, rng *rand.Rand) (string, bool)
}

var variants = []variant{
	{"exact repeat after the original", true, func(p string, _ *rand.Rand) (string, bool) { return p, true }},
	{"exact repeat further down", false, func(p string, _ *rand.Rand) (string, bool) { return p, true }},
	{"word dropped", false, dropWord},
	{"quotation marks changed", false, swapQuotes},
	{"sentence dropped", false, dropSentence},
	{"case changed", false, func(p string, _ *rand.Rand) (string, bool) { return strings.ToUpper(p), strings.ToUpper(p) != p }},
}

// legitimate makes repetitions that the rule must not report: each takes a
// body paragraph out of the article and returns the two paragraphs to insert
// in its place and further down.
var legitimate = []struct {
	name string
	make func(p string) ([2]string, bool)
}{
	{"short subhead repeated", func(p string) ([2]string, bool) {
		words := strings.Fields(p)
		if len(words) < 5 {
			return [2]string{}, false
		}
		head := strings.Join(words[:4], " ")
		return [2]string{head, head}, true
	}},
	{"question repeated", func(p string) ([2]string, bool) {
		q := strings.TrimRight(p, ".!。！…") + "?"
		return [2]string{q, q}, true
	}},
	{"list line repeated", func(p string) ([2]string, bool) {
		line := strings.TrimRight(p, ".!。！…\"'”»」")
		return [2]string{line, line}, true
	}},
	{"quotation taken up in an analysis", func(p string) ([2]string, bool) {
		ends := sentenceEnds(p)
		if len(ends) < 2 {
			return [2]string{}, false
		}
		quote := strings.TrimRight(strings.TrimSpace(p[:ends[0]]), ".!。！")
		if tokens.Words(tokens.Tokenize(quote)) < 8 {
			return [2]string{}, false
		}
		said := "“" + quote + ",” the minister said."
		analysis := "Observers read the words “" + quote + "” as a turning point. " + strings.TrimSpace(p[ends[0]:])
		return [2]string{said, analysis}, true
	}},
}

// dropWord removes one word (two characters in scripts written without
// spaces) from the middle of the paragraph.
func dropWord(p string, rng *rand.Rand) (string, bool) {
	toks := tokens.Tokenize(p)
	if len(toks) < 6 {
		return "", false
	}
	t := toks[1+rng.IntN(len(toks)-2)]
	end := t.End
	if t.Kind == tokens.Gram {
		end = t.Start + len(string([]rune(p[t.Start:])[:1]))
		if r, n := utf8.DecodeRuneInString(p[end:]); tokens.IsSpaceless(r) {
			end += n
		}
	}
	out := p[:t.Start] + strings.TrimLeft(p[end:], " ")
	return out, out != p
}

// swapQuotes turns curly quotation marks and apostrophes into straight ones,
// or straight ones into curly ones.
func swapQuotes(p string, _ *rand.Rand) (string, bool) {
	curly := strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "‘", "'", "’", "'")
	if out := curly.Replace(p); out != p {
		return out, true
	}
	var sb strings.Builder
	open := true
	for _, r := range p {
		switch r {
		case '"':
			if open {
				sb.WriteRune('“')
			} else {
				sb.WriteRune('”')
			}
			open = !open
		case '\'':
			sb.WriteRune('’')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String(), sb.String() != p
}

// dropSentence removes the last sentence of a paragraph of two or more.
func dropSentence(p string, _ *rand.Rand) (string, bool) {
	ends := sentenceEnds(p)
	if len(ends) < 2 {
		return "", false
	}
	return strings.TrimSpace(p[:ends[len(ends)-2]]), true
}

// sentenceEnds returns the offsets just after each sentence-final mark that
// is followed by white space and an upper-case letter (or, in Chinese and
// Japanese, by anything), and the end of the text.
func sentenceEnds(p string) []int {
	var ends []int
	for i, r := range p {
		n := utf8.RuneLen(r)
		switch r {
		case '。', '！', '？':
			if i+n < len(p) {
				ends = append(ends, i+n)
			}
		case '.', '!', '?':
			rest := p[i+n:]
			if strings.HasPrefix(rest, " ") {
				r2, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
				if unicode.IsUpper(r2) {
					ends = append(ends, i+n)
				}
			}
		}
	}
	return append(ends, len(p))
}

// eligible reports whether a paragraph is in the rule's scope: a body
// paragraph of at least eight words that ends like a sentence and is not a
// question, so that a repeat of it is a defect by the rule's definition.
func eligible(p string) bool {
	if tokens.Words(tokens.Tokenize(p)) < 8 {
		return false
	}
	t := strings.TrimRightFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Pf, r) || unicode.Is(unicode.Pe, r) || r == '"' || r == '\''
	})
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!。！…", r)
}

// paragraphs returns the body paragraphs of a parsed article and the text
// before them (headline and subtitle lines).
func paragraphs(a *article.Article) (head []string, body []string) {
	for i := range a.Blocks {
		b := &a.Blocks[i]
		text := a.BlockText(b)
		if b.Kind == article.Headline || b.Kind == article.Subtitle {
			head = append(head, text)
			continue
		}
		body = append(body, text)
	}
	return head, body
}

type tally struct{ injected, found, falseAlarms int }

// TestInjectedRepeats injects repeats of every kind into the clean corpus
// articles, one repeat per article and kind, and measures how many the
// rule finds (recall) and how many of its findings are right (precision).
// It also injects legitimate repetitions (subheads, questions, list lines,
// a quotation taken up again), whose findings count as false alarms.
func TestInjectedRepeats(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: lints the corpus once per kind of repeat")
	}
	ctx := context.Background()
	l, err := lint.New(duplicateparagraph.New())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(2024, 6))
	byKind := map[string]*tally{}
	var total tally
	articles := 0
	for _, a := range linttest.CleanCorpus(t, l) {
		head, body := paragraphs(a)
		var candidates []int
		for i, p := range body {
			if eligible(p) {
				candidates = append(candidates, i)
			}
		}
		if len(candidates) == 0 {
			continue
		}
		articles++
		for _, v := range legitimate {
			k := byKind[v.name]
			if k == nil {
				k = &tally{}
				byKind[v.name] = k
			}
			src := candidates[rng.IntN(len(candidates))]
			pair, ok := v.make(body[src])
			if !ok {
				continue
			}
			paras := slices.Clone(body)
			paras[src] = pair[0]
			paras = slices.Insert(paras, src+1+rng.IntN(len(body)-src), pair[1])
			text := strings.Join(append(slices.Clone(head), paras...), "\n\n") + "\n"
			inj, err := article.Parse(a.Path, []byte(text), article.Text)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := l.Lint(ctx, inj, nil)
			if err != nil {
				t.Fatal(err)
			}
			k.injected++
			for _, f := range fs {
				line, _ := inj.Position(f.Pos)
				k.falseAlarms++
				t.Logf("%s (%s): false alarm at line %d: %s", a.Path, v.name, line, f.Message)
			}
		}
		for _, v := range variants {
			k := byKind[v.name]
			if k == nil {
				k = &tally{}
				byKind[v.name] = k
			}
			src := candidates[rng.IntN(len(candidates))]
			repeat, ok := v.make(body[src], rng)
			if !ok || !eligible(repeat) {
				continue
			}
			at := src + 1
			if !v.adjacent && src+1 < len(body) {
				at = src + 2 + rng.IntN(len(body)-src-1)
			}
			paras := slices.Insert(slices.Clone(body), at, repeat)
			lines := append(slices.Clone(head), paras...)
			text := strings.Join(lines, "\n\n") + "\n"
			srcLine, atLine := 2*(len(head)+src)+1, 2*(len(head)+at)+1
			inj, err := article.Parse(a.Path, []byte(text), article.Text)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := l.Lint(ctx, inj, nil)
			if err != nil {
				t.Fatal(err)
			}
			k.injected++
			hit := false
			for _, f := range fs {
				line, _ := inj.Position(f.Pos)
				if line == atLine && strings.Contains(f.Message, fmt.Sprintf("line %d", srcLine)) {
					hit = true
					continue
				}
				k.falseAlarms++
				t.Logf("%s (%s): unexpected finding at line %d: %s", a.Path, v.name, line, f.Message)
			}
			if hit {
				k.found++
			} else {
				t.Logf("%s (%s): missed repeat of line %d at line %d: %.80q", a.Path, v.name, srcLine, atLine, repeat)
			}
		}
	}
	for _, v := range variants {
		k := byKind[v.name]
		t.Logf("%-34s injected %4d  found %4d  recall %.3f  false alarms %d", v.name, k.injected, k.found, linttest.Ratio(k.found, k.injected), k.falseAlarms)
		total.injected += k.injected
		total.found += k.found
		total.falseAlarms += k.falseAlarms
	}
	negatives := 0
	for _, v := range legitimate {
		k := byKind[v.name]
		t.Logf("%-34s injected %4d  (legitimate)     false alarms %d", v.name, k.injected, k.falseAlarms)
		negatives += k.injected
		total.falseAlarms += k.falseAlarms
	}
	recall := linttest.Ratio(total.found, total.injected)
	precision := linttest.Ratio(total.found, total.found+total.falseAlarms)
	t.Logf("%d articles; %d repeats and %d legitimate repetitions injected: recall %.3f, precision %.3f",
		articles, total.injected, negatives, recall, precision)
	if total.injected < 500 {
		t.Errorf("only %d repeats injected", total.injected)
	}
	if recall < minRecall || precision < minPrecision {
		t.Errorf("recall %.3f, precision %.3f; want at least %.2f and %.2f", recall, precision, minRecall, minPrecision)
	}
}
