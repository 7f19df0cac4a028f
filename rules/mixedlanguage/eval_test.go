package mixedlanguage_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/lang"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/boilerplate/catalog"
	"github.com/newslint/newslint/rules/mixedlanguage"
)

// evalPairs are the language pairs of the injection test: text in the
// second language injected into articles in the first. Same-script pairs
// need the function words and the model; the others the script alone.
var evalPairs = []struct{ host, foreign lang.Language }{
	{"en", "es"}, {"en", "de"}, {"en", "fr"}, {"en", "pt"},
	{"cs", "de"}, {"es", "pt"}, {"es", "en"}, {"de", "en"},
	{"fr", "en"}, {"it", "es"}, {"pl", "cs"}, {"nb", "sv"},
	{"ru", "uk"}, {"ru", "en"}, {"zh", "ja"}, {"zh", "ru"},
	{"en", "ar"}, {"en", "ru"}, {"ko", "zh"}, {"de", "pl"},
}

// Sizes of the injection test.
const (
	evalHosts     = 6 // host articles per pair
	minHostWords  = 200
	evalDonors    = 4  // foreign paragraphs per pair
	evalChrome    = 3  // foreign template phrases per pair
	minDonorChars = 80 // letters of a foreign paragraph
	// minSentenceLetters is the shortest foreign sentence injected into a
	// paragraph of the host.
	minSentenceLetters = 70
	maxDonorChars      = 900
	// minPrecision is the floor the test asserts for every pair and
	// overall; minRecall the floor for all pairs together, and
	// minPairRecall for each pair (a pair's few foreign sentences can be
	// dense with names and short of the function words that flag them).
	minPrecision  = 0.95
	minRecall     = 0.95
	minPairRecall = 0.95
	// minLanguageRight is the floor, for every pair, of the share of
	// found items whose finding names the language injected.
	minLanguageRight = 0.95
)

// positions are where an item is injected: as the first paragraph of the
// body, in the middle, and as the last paragraph.
var positions = []string{"start", "middle", "end"}

type evalCount struct {
	injected, found, rightLang, falseAlarms, findings int
}

func (c evalCount) precision() float64 {
	if c.findings == 0 {
		return 1
	}
	return float64(c.findings-c.falseAlarms) / float64(c.findings)
}

// languageRight is the share of found items whose language is named
// rightly.
func (c evalCount) languageRight() float64 {
	if c.found == 0 {
		return 1
	}
	return float64(c.rightLang) / float64(c.found)
}

func (c evalCount) recall() float64 {
	if c.injected == 0 {
		return 1
	}
	return float64(c.found) / float64(c.injected)
}

// TestInjected builds a test set from the corpus: foreign paragraphs taken
// from clean articles in one language, and template phrases of that
// language from the catalog, injected into clean articles in another
// language at the start, in the middle and at the end. It measures, per
// language pair, the recall (injected items reported) and the precision
// (findings that are injected items), and asserts both.
func TestInjected(t *testing.T) {
	if testing.Short() {
		t.Skip("long evaluation")
	}
	corpus := linttest.Corpus(t)
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(mixedlanguage.New())
	if err != nil {
		t.Fatal(err)
	}
	byLang := map[lang.Language][]*linttest.CorpusArticle{}
	donorLang := map[lang.Language][]*linttest.CorpusArticle{}
	for _, ca := range corpus {
		// A host shorter than the paragraph injected into it has no
		// main language to tell without configuration.
		if !ca.Clean() {
			continue
		}
		l := lang.Language(ca.Language)
		donorLang[l] = append(donorLang[l], ca)
		if ca.WordCount >= minHostWords {
			byLang[l] = append(byLang[l], ca)
		}
	}
	var total evalCount
	for _, p := range evalPairs {
		hosts := spread(byLang[p.host], evalHosts)
		donors := donorParagraphs(t, donorLang[p.foreign], evalDonors)
		chrome := chromeLines(cat, p.foreign, p.host, evalChrome)
		if len(hosts) == 0 || len(donors) == 0 {
			t.Errorf("%s←%s: no host articles or no foreign paragraphs in the corpus", p.host, p.foreign)
			continue
		}
		var c evalCount
		for _, h := range hosts {
			src := h.Read(t)
			type item struct {
				text     string
				sentence bool
			}
			var items []item
			for _, d := range donors {
				items = append(items, item{text: d})
				if fs := firstSentence(d); fs != "" {
					items = append(items, item{text: fs, sentence: true})
				}
			}
			for _, ch := range chrome {
				items = append(items, item{text: ch})
			}
			for _, it := range items {
				for _, pos := range positions {
					doc, at := inject(string(src), it.text, pos, it.sentence)
					a, err := article.Parse(h.Path, []byte(doc), article.Text)
					if err != nil {
						t.Fatal(err)
					}
					fs, err := l.Lint(context.Background(), a, nil)
					if err != nil {
						t.Fatal(err)
					}
					c.injected++
					hit := false
					for _, f := range fs {
						c.findings++
						if f.Pos < at+len(it.text) && at < f.End {
							if !hit {
								c.found++
								if f.Data["language"] == string(p.foreign) {
									c.rightLang++
								} else {
									t.Logf("%s←%s named %q in %s (%s, sentence %v): %.80q", p.host, p.foreign, f.Data["language"], h.Path, pos, it.sentence, it.text)
								}
							}
							hit = true
							continue
						}
						c.falseAlarms++
						line, _ := a.Position(f.Pos)
						t.Logf("%s←%s false alarm in %s (%s): line %d: %s", p.host, p.foreign, h.Path, pos, line, f.Message)
					}
					if !hit {
						t.Logf("%s←%s missed in %s (%s, sentence %v): %.80q", p.host, p.foreign, h.Path, pos, it.sentence, it.text)
					}
				}
			}
		}
		t.Logf("%s←%s: %d injected, recall %.3f, precision %.3f, language right %d/%d",
			p.host, p.foreign, c.injected, c.recall(), c.precision(), c.rightLang, c.found)
		if c.recall() < minPairRecall || c.precision() < minPrecision {
			t.Errorf("%s←%s: recall %.3f, precision %.3f; want at least %.2f and %.2f",
				p.host, p.foreign, c.recall(), c.precision(), minPairRecall, minPrecision)
		}
		if c.languageRight() < minLanguageRight {
			t.Errorf("%s←%s: language named rightly for %d of %d found; want at least %.2f",
				p.host, p.foreign, c.rightLang, c.found, minLanguageRight)
		}
		total.injected += c.injected
		total.found += c.found
		total.rightLang += c.rightLang
		total.falseAlarms += c.falseAlarms
		total.findings += c.findings
	}
	t.Logf("all pairs: %d injected, recall %.3f, precision %.3f, language right %d/%d",
		total.injected, total.recall(), total.precision(), total.rightLang, total.found)
	if total.recall() < minRecall || total.precision() < minPrecision {
		t.Errorf("all pairs: recall %.3f, precision %.3f; want at least %.2f and %.2f",
			total.recall(), total.precision(), minRecall, minPrecision)
	}
}

// spread picks up to n articles spread over the list.
func spread(as []*linttest.CorpusArticle, n int) []*linttest.CorpusArticle {
	if len(as) <= n {
		return as
	}
	out := make([]*linttest.CorpusArticle, 0, n)
	for i := range n {
		out = append(out, as[i*len(as)/n])
	}
	return out
}

// donorParagraphs takes paragraphs of a realistic length from articles,
// one per article where possible, from the middle of each.
func donorParagraphs(t *testing.T, as []*linttest.CorpusArticle, n int) []string {
	t.Helper()
	var out []string
	for _, ca := range spread(as, n) {
		src := ca.Read(t)
		paras := strings.Split(strings.TrimSpace(string(src)), "\n\n")[1:]
		for k := range paras {
			p := paras[(len(paras)/2+k)%len(paras)]
			if c := lang.CountLetters(p); c.Total() >= minDonorChars && len(p) <= maxDonorChars {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// chromeLines takes template phrases of a language from the catalog that
// are not also phrases of the host language, capitalized as a page shows
// them.
func chromeLines(cat *catalog.Catalog, foreign, host lang.Language, n int) []string {
	var out []string
	examples := cat.Examples(foreign)
	for i := 0; i < len(examples) && len(out) < n; i += max(1, len(examples)/n) {
		m, ok := cat.Match(examples[i])
		if !ok || m.In([]lang.Language{host}) {
			continue
		}
		r, size := utf8.DecodeRuneInString(examples[i])
		out = append(out, string(unicode.ToUpper(r))+examples[i][size:])
	}
	return out
}

// inject inserts item into src at pos, as a paragraph of its own or, for
// a sentence, at the end of the paragraph there, and returns the new text
// and the offset of the item in it.
func inject(src, item, pos string, sentence bool) (string, int) {
	src = strings.TrimRight(src, "\n")
	paras := strings.Split(src, "\n\n")
	var i int
	switch pos {
	case "start":
		i = 1 // after the headline
	case "middle":
		i = len(paras) / 2
	default:
		i = len(paras)
	}
	i = max(1, min(i, len(paras)))
	if sentence {
		// The sentence follows a paragraph's last sentence: find the
		// nearest paragraph that ends like one.
		i = nearestSentenceEnd(paras, min(i, len(paras)-1))
		paras[i] += " " + item
		at := len(strings.Join(paras[:i+1], "\n\n")) - len(item)
		return strings.Join(paras, "\n\n") + "\n", at
	}
	paras = slices.Insert(paras, i, item)
	at := len(strings.Join(paras[:i], "\n\n")) + 2
	return strings.Join(paras, "\n\n") + "\n", at
}

// TestInjectHelpers checks the position arithmetic of the injection test.
func TestInjectHelpers(t *testing.T) {
	src := "Head\n\nOne.\n\nTwo.\n\nThree.\n"
	for _, sentence := range []bool{false, true} {
		for _, pos := range positions {
			doc, at := inject(src, "X", pos, sentence)
			if doc[at:at+1] != "X" {
				t.Errorf("%s (sentence %v): offset %d points at %q in %q", pos, sentence, at, doc[at:], doc)
			}
		}
	}
	if got, _ := inject(src, "X", "end", false); got != "Head\n\nOne.\n\nTwo.\n\nThree.\n\nX\n" {
		t.Errorf("end: %q", got)
	}
	if got, _ := inject(src, "X.", "start", true); got != "Head\n\nOne. X.\n\nTwo.\n\nThree.\n" {
		t.Errorf("sentence at the start: %q", got)
	}
}

// nearestSentenceEnd returns the index of the body paragraph nearest to i
// that ends with a full stop, question or exclamation mark, or i.
func nearestSentenceEnd(paras []string, i int) int {
	for d := 0; d < len(paras); d++ {
		for _, j := range []int{i - d, i + d} {
			if j >= 1 && j < len(paras) && strings.ContainsAny(lastRune(strings.TrimRight(paras[j], "\"'”’»)")), ".!?") {
				return j
			}
		}
	}
	return i
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// firstSentence returns the first sentence of a paragraph when it has at
// least minSentenceLetters letters, else "".
func firstSentence(p string) string {
	for i, r := range p {
		if strings.ContainsRune(".!?", r) && i+1 < len(p) && p[i+1] == ' ' {
			s := p[:i+1]
			if lang.CountLetters(s).Total() >= minSentenceLetters {
				return s
			}
			return ""
		}
	}
	return ""
}
