// Package mixedlanguage defines the mixed-language rule: text in another
// language than the article's, such as a blog template's Spanish footer
// under an English story or an untranslated wire paragraph.
package mixedlanguage

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/lang"
	"github.com/newslint/newslint/rules/boilerplate/catalog"
	"github.com/newslint/newslint/rules/internal/blocks"
)

//go:embed doc.md
var doc string

// Name is the rule's name.
const Name = "mixed-language"

// Options configure the rule.
type Options struct {
	// Candidates are the languages (ISO 639-1 codes) that foreign text
	// is looked for in; the article's own languages are always known.
	// Text in another script is reported whatever its language.
	Candidates []string `yaml:"candidates"`
	// MinChars is the fewest letters a block or sentence in the
	// article's own script needs before its language is judged; shorter
	// lines are reported only on the evidence of their script or of the
	// template catalog.
	MinChars int `yaml:"min-chars"`
	// MinConfidence is how sure the language model must be that text in
	// the article's script is in another language (0 to 1).
	MinConfidence float64 `yaml:"min-confidence"`
	// Sentences also judges the sentences of long paragraphs one by one.
	Sentences bool `yaml:"sentences"`
}

// DefaultOptions returns the rule's default options.
func DefaultOptions() *Options {
	var cands []string
	for _, l := range lang.DefaultCandidates() {
		cands = append(cands, string(l))
	}
	return &Options{Candidates: cands, MinChars: 40, MinConfidence: 0.9, Sentences: true}
}

// Validate checks the options' ranges; it implements lint.OptionsValidator.
func (o *Options) Validate() error {
	if o.MinChars < 0 {
		return fmt.Errorf("option min-chars: %d is negative", o.MinChars)
	}
	if o.MinConfidence < 0 || o.MinConfidence > 1 {
		return fmt.Errorf("option min-confidence: %v is not between 0 and 1", o.MinConfidence)
	}
	return nil
}

// Limits of the rule.
const (
	// minSentenceChars is the fewest letters a sentence inside a
	// paragraph needs to be judged on its own.
	minSentenceChars = 60
	// maxDetectedForeignShare: when the article's language was detected
	// rather than declared and more than this share of its letters reads
	// as another language of its script, the detection is in doubt.
	maxDetectedForeignShare = 0.4
	// maxFixedForeignShare: when more than this share of the article is
	// foreign, deleting it is no cleanup, and no fix is offered.
	maxFixedForeignShare = 0.5
)

// New returns the mixed-language rule. The rule value owns its language
// detectors and template catalog, built on first use and shared by every
// article it checks.
func New() *lint.Rule {
	return newChecker().rule()
}

// newChecker returns a checker that has built nothing yet.
func newChecker() *checker {
	return &checker{catalog: sync.OnceValues(catalog.Load), detectors: map[string]*lang.Detector{}}
}

// rule returns the rule that c runs.
func (c *checker) rule() *lint.Rule {
	return &lint.Rule{
		Name:     Name,
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.UnsafeFix,
		Options:  func() any { return DefaultOptions() },
		Run:      c.run,
	}
}

// checker holds what the rule builds once.
type checker struct {
	catalog func() (*catalog.Catalog, error)

	mu        sync.Mutex
	detectors map[string]*lang.Detector // by candidate list
}

// detector returns the detector for a candidate list, building it once.
func (c *checker) detector(candidates []string) (*lang.Detector, error) {
	key := strings.Join(candidates, ",")
	c.mu.Lock()
	defer c.mu.Unlock()
	if d, ok := c.detectors[key]; ok {
		return d, nil
	}
	ls, err := lang.ParseList(candidates)
	if err != nil {
		return nil, fmt.Errorf("option candidates: %w", err)
	}
	d, err := lang.NewDetector(ls)
	if err != nil {
		return nil, fmt.Errorf("option candidates: %w", err)
	}
	c.detectors[key] = d
	return d, nil
}

// unit is a stretch of the article the rule judged foreign.
type unit struct {
	block int
	// line is the physical line of a template line, or -1 for a whole
	// block or a sentence.
	line     int
	pos, end int
	guess    lang.Guess
	concepts []string // for template text
	sentence bool
	letters  int
}

func (c *checker) run(_ context.Context, pass *lint.Pass) error {
	opts, _ := pass.Options.(*Options)
	if opts == nil {
		opts = DefaultOptions()
	}
	if err := opts.Validate(); err != nil {
		return err
	}
	d, err := c.detector(opts.Candidates)
	if err != nil {
		return err
	}
	cat, err := c.catalog()
	if err != nil {
		return err
	}
	a := pass.Article
	// The other language rules of this Lint call share the
	// identification of the article's language.
	al := d.PassLanguages(pass)
	if len(al.Langs) == 0 {
		return nil
	}
	e := lang.Expect{Langs: al.Langs, MinLetters: opts.MinChars, MinConfidence: opts.MinConfidence}

	var units []unit
	// flagged marks the prose lines that are foreign or template text in
	// any language: runs of them at the start or end of the article are
	// chrome that may be deleted.
	flagged := map[int]bool{}
	// The boilerplate rule matches the same lines: the catalog matches
	// them once per Lint call.
	all := cat.PassLines(pass)
	judged := all
	for len(all) > 0 {
		bi := all[0].Block
		b := &a.Blocks[bi]
		n := 1
		for n < len(all) && all[n].Block == bi {
			n++
		}
		lines := all[:n]
		all = all[n:]
		chrome := 0
		for _, l := range lines {
			m, ok := l.Match, l.Matched
			if !ok {
				continue
			}
			chrome++
			flagged[l.Index] = true
			if m.In(al.Langs) {
				continue // the boilerplate rule's business
			}
			g := chromeGuess(d, l.Text, m, e)
			units = append(units, unit{block: bi, line: l.Index, pos: l.Pos, end: l.End, guess: g, concepts: m.Concepts, letters: countLetters(l.Text)})
		}
		if chrome == len(lines) {
			continue
		}
		text := a.BlockText(b)
		// The block's own words decide whether it or one of its
		// sentences may be foreign: a sentence may keep part of a
		// quotation that the block's language text leaves out. The
		// language text is part of the block's words, so when the
		// block is free of suspicion, its language text is not foreign
		// either (TestLanguageTextSuspect). Few blocks are suspect;
		// only those are asked whether they are names or titles, which
		// are not judged, before the judgment that may ask the model.
		if !d.Suspect(text, e) || blocks.TitleLike(text) {
			continue
		}
		v := d.Judge(blocks.LanguageText(text), e)
		if v.Foreign {
			pos, end := blocks.Span(b)
			units = append(units, unit{block: bi, line: -1, pos: pos, end: end, guess: v.Guess, letters: countLetters(text)})
			for _, l := range lines {
				flagged[l.Index] = true
			}
			continue
		}
		// A paragraph holding too little foreign evidence as a whole has
		// none of its sentences foreign either.
		if opts.Sentences {
			units = append(units, sentences(d, a, bi, e, max(opts.MinChars, minSentenceChars))...)
		}
	}
	units = dropIntroducedQuotations(a, units)
	if len(units) == 0 {
		return nil
	}
	totalLetters := 0
	for _, l := range judged {
		totalLetters += countLetters(l.Text)
	}
	units = checkDetection(units, al, totalLetters)
	foreign := 0
	for _, u := range units {
		foreign += u.letters
	}
	share := float64(foreign) / float64(max(totalLetters, 1))
	edges := edgeLines(a, flagged)
	for _, u := range units {
		f := lint.Finding{
			Pos:     u.pos,
			End:     u.end,
			Message: message(a, u, al),
			Data: map[string]string{
				"language":   string(u.guess.Lang),
				"confidence": strconv.FormatFloat(u.guess.Confidence, 'f', 2, 64),
			},
		}
		if u.guess.Lang == "" {
			f.Data["language"] = "und"
			f.Data["script"] = u.guess.Script.String()
		}
		if share <= maxFixedForeignShare && !u.sentence && a.Blocks[u.block].Kind != article.Headline {
			first, last := u.line, u.line
			if u.line < 0 {
				first, last = blocks.BlockLines(a, &a.Blocks[u.block])
			}
			if where := edges[first]; where != "" && edges[last] == where {
				f.Fixes = []lint.Fix{{
					Message:       "delete the " + unitName(a, u) + " (chrome at the " + where + " of the article)",
					Applicability: lint.Unsafe,
					Edits:         []lint.Edit{blocks.DeleteLines(a, first, last)},
				}}
			}
		}
		pass.Report(f)
	}
	return nil
}

// checkDetection drops the findings that rest on the language model when
// the article's language was detected and much of the article reads as
// another language of the same script: then the detection itself is in
// doubt. Findings by script and by the template catalog stand.
func checkDetection(units []unit, al lang.Article, totalLetters int) []unit {
	if !al.Detected {
		return units
	}
	model := 0
	for _, u := range units {
		if u.guess.Evidence == lang.ByModel {
			model += u.letters
		}
	}
	if float64(model) <= maxDetectedForeignShare*float64(max(totalLetters, 1)) {
		return units
	}
	return slices.DeleteFunc(units, func(u unit) bool { return u.guess.Evidence == lang.ByModel })
}

// chromeGuess names the language of a template line: the catalog's
// language, or, when the phrase is shared by several languages, the one
// the detector prefers among them.
func chromeGuess(d *lang.Detector, text string, m catalog.Match, e lang.Expect) lang.Guess {
	var foreign []lang.Language
	for _, l := range m.Langs {
		if !slices.Contains(e.Langs, l) {
			foreign = append(foreign, l)
		}
	}
	g := lang.Guess{Lang: foreign[0], Confidence: 1, Evidence: lang.ByWords}
	if len(foreign) > 1 {
		if fg, ok := d.Foreign(text, lang.Expect{Langs: e.Langs, MinConfidence: 0}); ok && slices.Contains(foreign, fg.Lang) {
			g.Lang, g.Confidence = fg.Lang, fg.Confidence
		} else {
			g.Confidence = 1 / float64(len(foreign))
		}
	}
	return g
}

// sentences judges the sentences of a paragraph one by one, and returns
// runs of consecutive foreign sentences in one language.
func sentences(d *lang.Detector, a *article.Article, bi int, e lang.Expect, minLetters int) []unit {
	ss := blocks.Sentences(a, &a.Blocks[bi])
	if len(ss) < 2 {
		return nil
	}
	e.MinLetters = minLetters
	var out []unit
	for _, s := range ss {
		text := a.Text(s)
		letters := countLetters(text)
		if letters < minLetters || blocks.TitleLike(text) {
			continue // names and titles are not judged
		}
		g, ok := d.Foreign(blocks.LanguageText(text), e)
		if !ok {
			continue
		}
		if n := len(out); n > 0 && out[n-1].guess.Lang == g.Lang && adjacent(a, out[n-1].end, s.Start) {
			out[n-1].end = s.End
			out[n-1].letters += letters
			out[n-1].guess.Confidence = min(out[n-1].guess.Confidence, g.Confidence)
			continue
		}
		out = append(out, unit{block: bi, line: -1, pos: s.Start, end: s.End, guess: g, sentence: true, letters: letters})
	}
	return out
}

// adjacent reports whether only white space separates end from pos.
func adjacent(a *article.Article, end, pos int) bool {
	return article.IsBlank(a.Src[end:pos])
}

// dropIntroducedQuotations removes foreign blocks in the body that the
// article introduces as a quotation: they follow a paragraph ending with a
// colon ("the Prophet said:"), alone or as a run in one language, and
// the article goes on after them.
func dropIntroducedQuotations(a *article.Article, units []unit) []unit {
	var out []unit
	quotedBlock, quotedLang := -1, lang.Language("")
	for _, u := range units {
		if u.line >= 0 || u.sentence {
			out = append(out, u)
			continue
		}
		prev := previousProse(a, u.block)
		switch {
		case prev >= 0 && prev == quotedBlock && u.guess.Lang == quotedLang:
			quotedBlock = u.block // the quotation goes on
		case prev >= 0 && strings.HasSuffix(strings.TrimSpace(a.BlockText(&a.Blocks[prev])), ":") && nextProse(a, u.block) >= 0:
			quotedBlock, quotedLang = u.block, u.guess.Lang
		default:
			out = append(out, u)
		}
	}
	return out
}

func previousProse(a *article.Article, bi int) int {
	for i := bi - 1; i >= 0; i-- {
		if blocks.Judged(&a.Blocks[i]) {
			return i
		}
	}
	return -1
}

func nextProse(a *article.Article, bi int) int {
	for i := bi + 1; i < len(a.Blocks); i++ {
		if blocks.Judged(&a.Blocks[i]) {
			return i
		}
	}
	return -1
}

// edgeLines returns the prose lines that belong to a run of flagged lines
// reaching the start of the article (after the headline) or its end, with
// "start" or "end".
func edgeLines(a *article.Article, flagged map[int]bool) map[int]string {
	var lines []int
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if !blocks.Judged(b) || b.Kind == article.Headline {
			continue
		}
		for _, l := range blocks.Lines(a, bi) {
			lines = append(lines, l.Index)
		}
	}
	edge := map[int]string{}
	for i := len(lines) - 1; i >= 0 && flagged[lines[i]]; i-- {
		edge[lines[i]] = "end"
	}
	for _, li := range lines {
		if !flagged[li] || edge[li] != "" {
			break
		}
		edge[li] = "start"
	}
	return edge
}

// unitName names what a unit is: a line, paragraph, headline or sentence.
func unitName(a *article.Article, u unit) string {
	b := &a.Blocks[u.block]
	switch {
	case u.sentence:
		return "sentence"
	case b.Kind == article.Headline:
		return "headline"
	case u.line >= 0 || a.LineAt(b.Start) == a.LineAt(b.End):
		return "line"
	}
	return b.Kind.String()
}

// message says what the unit is written in and what the article is.
func message(a *article.Article, u unit, al lang.Article) string {
	what := unitName(a, u)
	article := lang.Names(al.Langs, "or")
	var msg string
	if u.guess.Lang == "" {
		msg = fmt.Sprintf("%s is in %s script, the article is %s", what, u.guess.Script, article)
	} else {
		msg = fmt.Sprintf("%s is %s (%s, %s), the article is %s", what, u.guess.Lang.Name(), u.guess.Lang,
			strconv.FormatFloat(u.guess.Confidence, 'f', 2, 64), article)
	}
	if len(u.concepts) > 0 {
		msg += ": template text (" + strings.Join(u.concepts, ", ") + ")"
	}
	return msg
}

func countLetters(text string) int {
	c := lang.CountLetters(text)
	return c.Total()
}
