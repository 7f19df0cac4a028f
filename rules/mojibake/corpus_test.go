package mojibake_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/mojibake"
)

// misdecoding is one way of damaging UTF-8 text: reading its bytes with a
// single-byte code page, where the bytes the code page leaves undefined
// become C1 controls (sloppy) or U+FFFD (lost).
type misdecoding struct {
	name string
	cm   *charmap.Charmap
	// latin1 reads bytes 0x80-0x9F as C1 controls, as ISO-8859-1 does.
	latin1 bool
	// lose turns undefined bytes into U+FFFD instead of C1 controls.
	lose bool
	// times is how often the damage is done.
	times int
}

// apply damages s.
func (m misdecoding) apply(s string) string {
	for range m.times {
		var sb strings.Builder
		for i := 0; i < len(s); i++ {
			b := s[i]
			switch {
			case b < 0x80:
				sb.WriteByte(b)
			case m.latin1:
				sb.WriteRune(rune(b))
			default:
				r := m.cm.DecodeByte(b)
				if r == utf8.RuneError && !m.lose {
					r = rune(b)
				}
				sb.WriteRune(r)
			}
		}
		s = sb.String()
	}
	return s
}

// path is a misdecoding the rule claims to repair, with the languages it
// applies to (nil: all).
type path struct {
	misdecoding
	// applies reports whether the path applies to a sentence: Mac Roman
	// to Latin-script text, Windows-1251 to Cyrillic text.
	applies func(sentence string) bool
	// repairable is false for lossy paths, where only detection is
	// measured.
	repairable bool
}

// onlyScript returns a test for sentences whose letters are all ASCII or
// of the given script, with at least one of the latter.
func onlyScript(t *unicode.RangeTable) func(string) bool {
	return func(s string) bool {
		n := 0
		for _, r := range s {
			if r >= 0x80 && unicode.IsLetter(r) {
				if !unicode.Is(t, r) {
					return false
				}
				n++
			}
		}
		return n > 0
	}
}

func anySentence(string) bool { return true }

func paths() []path {
	var ps []path
	for _, times := range []int{1, 2} {
		suffix := map[int]string{1: "", 2: " ×2"}[times]
		ps = append(ps,
			path{misdecoding{name: "windows-1252" + suffix, cm: charmap.Windows1252, times: times}, anySentence, true},
			path{misdecoding{name: "latin-1" + suffix, cm: charmap.ISO8859_1, latin1: true, times: times}, anySentence, true},
			path{misdecoding{name: "mac-roman" + suffix, cm: charmap.Macintosh, times: times}, onlyScript(unicode.Latin), true},
			path{misdecoding{name: "windows-1251" + suffix, cm: charmap.Windows1251, times: times}, onlyScript(unicode.Cyrillic), true},
		)
	}
	ps = append(ps,
		path{misdecoding{name: "windows-1252 lossy", cm: charmap.Windows1252, lose: true, times: 1}, anySentence, false},
		path{misdecoding{name: "windows-1251 lossy", cm: charmap.Windows1251, lose: true, times: 1}, onlyScript(unicode.Cyrillic), false},
	)
	return ps
}

var sentenceEnd = regexp.MustCompile(`[.!?。！？]["”»’)]?\s+`)

// sentences returns up to max sentences with non-ASCII letters from the
// corpus articles of each language, in corpus order.
func sentences(t *testing.T, max int) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, ca := range linttest.Corpus(t) {
		if len(out[ca.Language]) >= max {
			continue
		}
		src := ca.Read(t)
		for _, para := range strings.Split(string(src), "\n") {
			for _, s := range splitSentences(para) {
				n := utf8.RuneCountInString(s)
				if n < 20 || n > 300 || !hasNonASCII(s) || strings.ContainsFunc(s, damaged) {
					continue
				}
				if len(out[ca.Language]) < max {
					out[ca.Language] = append(out[ca.Language], s)
				}
			}
		}
	}
	return out
}

func splitSentences(p string) []string {
	var out []string
	last := 0
	for _, m := range sentenceEnd.FindAllStringIndex(p, -1) {
		out = append(out, strings.TrimSpace(p[last:m[1]]))
		last = m[1]
	}
	if rest := strings.TrimSpace(p[last:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func hasNonASCII(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 })
}

// damaged reports characters that already are encoding damage in the
// corpus, which a test sentence must not hold.
func damaged(r rune) bool { return r >= 0x80 && r <= 0x9F || r == utf8.RuneError }

type tally struct{ n, detected, exact, falseAlarm int }

func (t tally) rate(k int) float64 {
	if t.n == 0 {
		return 0
	}
	return float64(k) / float64(t.n)
}

// TestMojibakeSet damages real sentences from the corpus in every
// supported way and measures how often the rule detects the damage and
// how often its safe fix restores the exact original; the clean sentences
// themselves must raise no finding.
func TestMojibakeSet(t *testing.T) {
	perLang := 150
	if testing.Short() {
		perLang = 40
	}
	sents := sentences(t, perLang)
	l, err := lint.New(mojibake.New())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var langs []string
	for lang, ss := range sents {
		if len(ss) >= 20 {
			langs = append(langs, lang)
		}
	}
	slices.Sort(langs)
	if len(langs) < 8 {
		t.Fatalf("only %d languages with enough sentences", len(langs))
	}
	lint1 := func(text string) ([]lint.Finding, string) {
		a, err := article.Parse("sentence.txt", []byte("Headline\n\n"+text+"\n"), article.Text)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := l.Lint(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := l.Fix(ctx, a, nil, lint.FixOptions{})
		if err != nil {
			t.Fatal(err)
		}
		fixed := strings.TrimSuffix(strings.TrimPrefix(res.Article.Src, "Headline\n\n"), "\n")
		return fs, fixed
	}
	clean := map[string]*tally{}
	for _, lang := range langs {
		c := &tally{}
		for _, s := range sents[lang] {
			c.n++
			if fs, _ := lint1(s); len(fs) > 0 {
				c.falseAlarm++
				t.Errorf("%s: clean sentence reported: %s\n%s", lang, fs[0].Message, s)
			}
		}
		clean[lang] = c
	}
	var rows []string
	rows = append(rows, fmt.Sprintf("%-22s %-4s %5s %9s %9s", "path", "lang", "n", "detected", "exact"))
	for _, p := range paths() {
		total := tally{}
		for _, lang := range langs {
			tl := tally{}
			for _, s := range sents[lang] {
				bad := p.apply(s)
				if bad == s || !p.applies(s) {
					continue
				}
				tl.n++
				fs, fixed := lint1(bad)
				if len(fs) > 0 {
					tl.detected++
				}
				if fixed == s {
					tl.exact++
				} else if p.repairable && testing.Verbose() {
					t.Logf("%s %s: not repaired:\n  orig  %q\n  bad   %q\n  fixed %q", p.name, lang, s, bad, fixed)
				}
			}
			if tl.n > 0 {
				rows = append(rows, fmt.Sprintf("%-22s %-4s %5d %9.3f %9.3f", p.name, lang, tl.n, tl.rate(tl.detected), tl.rate(tl.exact)))
			}
			if tl.n < 10 {
				continue
			}
			total.n += tl.n
			total.detected += tl.detected
			total.exact += tl.exact
			if p.repairable && tl.rate(tl.exact) < 0.95 {
				t.Errorf("%s, %s: exact repair %.3f < 0.95", p.name, lang, tl.rate(tl.exact))
			}
			if tl.rate(tl.detected) < 0.97 {
				t.Errorf("%s, %s: detection %.3f < 0.97", p.name, lang, tl.rate(tl.detected))
			}
		}
		rows = append(rows, fmt.Sprintf("%-22s %-4s %5d %9.3f %9.3f", p.name, "ALL*", total.n, total.rate(total.detected), total.rate(total.exact)))
	}
	t.Logf("clean sentences (false alarms):")
	for _, lang := range langs {
		t.Logf("  %-4s %4d sentences, %d reported", lang, clean[lang].n, clean[lang].falseAlarm)
	}
	t.Logf("damaged sentences (ALL* = languages with at least 10 sentences the path applies to):\n%s", strings.Join(rows, "\n"))
}

// replacementDefect matches a manifest entry such as "replacement-char: 2
// x U+FFFD".
var replacementDefect = regexp.MustCompile(`^replacement-char: (\d+) x U\+FFFD`)

// TestCorpusArticles runs the rule over every corpus article: the clean
// ones must raise no finding, the replacement characters the manifest
// records must all be reported, and findings on the others are listed.
func TestCorpusArticles(t *testing.T) {
	l, err := lint.New(mojibake.New())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cleanN, defectN, found, lost := 0, 0, 0, 0
	for _, ca := range linttest.Corpus(t) {
		src := ca.Read(t)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := l.Lint(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		expected := slices.ContainsFunc(ca.KnownDefects, func(d string) bool {
			return strings.HasPrefix(d, "mojibake") || strings.HasPrefix(d, "control-char")
		})
		// Replacement characters are counted: the manifest records how
		// many there are, and each must be reported.
		wantLost, gotLost := 0, 0
		for _, d := range ca.KnownDefects {
			if m := replacementDefect.FindStringSubmatch(d); m != nil {
				n, _ := strconv.Atoi(m[1])
				wantLost += n
			}
		}
		if ca.Clean() {
			cleanN++
		} else {
			defectN++
		}
		for _, f := range fs {
			line, col := a.Position(f.Pos)
			if n := strings.Count(a.Src[f.Pos:f.End], "\uFFFD"); n > 0 && wantLost > 0 {
				gotLost += n
				t.Logf("%s:%d:%d: %s", ca.Path, line, col, f.Message)
				continue
			}
			if expected {
				found++
				t.Logf("%s:%d:%d: %s", ca.Path, line, col, f.Message)
				continue
			}
			t.Errorf("%s:%d:%d: %s (%s, known defects: %v)", ca.Path, line, col, f.Message, ca.Language, ca.KnownDefects)
		}
		if expected && len(fs) == gotLost {
			t.Errorf("%s: known mojibake not reported (%v)", ca.Path, ca.KnownDefects)
		}
		lost += gotLost
		if gotLost != wantLost {
			t.Errorf("%s: %d replacement characters reported, manifest records %d", ca.Path, gotLost, wantLost)
		}
	}
	t.Logf("%d clean and %d other articles; %d findings on articles with known mojibake; %d replacement characters reported", cleanN, defectN, found, lost)
}
