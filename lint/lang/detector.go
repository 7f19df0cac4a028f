package lang

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	lingua "github.com/pemistahl/lingua-go"
)

// DefaultCandidates returns the languages a Detector considers when none
// are configured: the major languages of news publishing that lingua-go
// knows.
func DefaultCandidates() []Language {
	return []Language{
		"ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi",
		"fr", "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "nb", "nl",
		"pl", "pt", "ro", "ru", "sk", "sv", "tr", "uk", "ur", "zh",
	}
}

// Evidence says what an identification rests on.
type Evidence uint8

// The kinds of evidence, from the cheapest.
const (
	// ByScript: the letters are in a script the expected languages are
	// not written in.
	ByScript Evidence = iota + 1
	// ByWords: the function-word profiles decided on their own.
	ByWords
	// ByModel: lingua-go's statistical model confirmed the profiles.
	ByModel
)

// String returns "script", "words" or "model".
func (e Evidence) String() string {
	switch e {
	case ByScript:
		return "script"
	case ByWords:
		return "words"
	case ByModel:
		return "model"
	}
	return "none"
}

// Guess is an identified language.
type Guess struct {
	// Lang is the language, or "" when only its script is known.
	Lang Language
	// Script is the script the text is written in.
	Script Script
	// Confidence is between 0 and 1: the model's confidence for
	// ByModel, the share of the evidence otherwise.
	Confidence float64
	// Evidence is what the identification rests on.
	Evidence Evidence
}

// Detector identifies languages. It is safe for concurrent use: it loads
// what it needs lazily, once.
type Detector struct {
	candidates []Language
	key        string // the candidates, comma-separated
	profiles   *profiles
	// candidate tells, by profile index, the languages that are
	// candidates.
	candidate [maxProfiles]bool

	mu     sync.Mutex
	models map[string]lingua.LanguageDetector
	// asked counts the questions put to the model (see Questions).
	asked atomic.Int64
}

// NewDetector returns a detector that considers the given candidate
// languages as the languages foreign text may be in, or DefaultCandidates
// when there are none. Every candidate must be a language lingua-go knows.
func NewDetector(candidates []Language) (*Detector, error) {
	if len(candidates) == 0 {
		candidates = DefaultCandidates()
	}
	p, err := loadProfiles()
	if err != nil {
		return nil, err
	}
	d := &Detector{profiles: p, models: map[string]lingua.LanguageDetector{}}
	for _, c := range candidates {
		if linguaOf(c) == lingua.Unknown {
			return nil, fmt.Errorf("candidate language %q (%s) is not supported by the language model", string(c), c.Name())
		}
		if !slices.Contains(d.candidates, c) {
			d.candidates = append(d.candidates, c)
		}
	}
	slices.Sort(d.candidates)
	for _, c := range d.candidates {
		if i, ok := slices.BinarySearch(p.langs, c); ok {
			d.candidate[i] = true
		}
	}
	var key strings.Builder
	for i, c := range d.candidates {
		if i > 0 {
			key.WriteByte(',')
		}
		key.WriteString(string(c))
	}
	d.key = key.String()
	return d, nil
}

// Questions reports how many times the detector has asked the statistical
// model so far. Each question costs more than all the other work on an
// article, and its first question about a language costs that language's
// model to load, so tests watch how often the model is asked.
func (d *Detector) Questions() int { return int(d.asked.Load()) }

// Candidates returns the detector's candidate languages, sorted.
func (d *Detector) Candidates() []Language { return slices.Clone(d.candidates) }

// Supported reports whether the detector can tell l from other languages of
// its script: l has a function-word profile and a model.
func (d *Detector) Supported(l Language) bool {
	return d.profiles.has(l) && linguaOf(l) != lingua.Unknown
}

// Thresholds of the article-level identification.
const (
	// minMainLetters is the fewest letters a text needs before its main
	// language is guessed at all.
	minMainLetters = 20
	// minMainWordShare is the share of a text's words that must be
	// function words of a language for the profiles to name it.
	minMainWordShare = 0.08
	// minMainMargin is how many times more function-word weight the best
	// language needs than the second best.
	minMainMargin = 1.5
	// minMainLowShare, minMainLowHits and minMainLowMargin: languages
	// that join most function words to other words (Turkish, Xhosa,
	// Zulu) have fewer separate ones than minMainWordShare; the profiles
	// still name such a language when this share of the words, and this
	// many, are its function words, and it has this many times the
	// weight of any other language (twice minMainMargin).
	minMainLowShare  = 0.04
	minMainLowHits   = 10
	minMainLowMargin = 2 * minMainMargin
	// minMainDistinct and minMainDistinctMargin: when the two leading
	// languages are close, the leader's own words (function words its
	// profile holds and the other's does not) must be at least this many,
	// and this many times the other's own words.
	minMainDistinct       = 8
	minMainDistinctMargin = 4
	// minMainModelConfidence is the confidence the model needs when the
	// profiles cannot decide.
	minMainModelConfidence = 0.8
	// maxMainWordSample bounds the bytes of text whose function words
	// are counted, to the lines that reach it: on the corpus, 1000 bytes
	// already name every article's language rightly (TestMainCorpus), but
	// a foreign paragraph at the start of an article then outweighs the
	// rest at times (TestInjected in rules/mixedlanguage); 2000 do not.
	maxMainWordSample = 4000
	// maxMainSample bounds the bytes of text given to the model, whose
	// cost grows with the text. The sample is the start of the text:
	// with 1000 bytes, a foreign paragraph at the start of an article
	// can make the model unsure of its language (TestInjected in
	// rules/mixedlanguage).
	maxMainSample = 1500
)

// Main identifies the main language of a text, such as the body of an
// article with one block a line: its script is the script of the lines
// that hold most of its words (so that one long paragraph in another
// script does not outweigh a short article), and its language the one that
// script identifies, else the one the function-word profiles of those
// lines name, else, when those cannot decide, the one the model prefers
// among the leading profiles. It reports false when it cannot tell.
func (d *Detector) Main(text string) (Guess, bool) {
	lines := strings.Split(text, "\n")
	scripts := make([]Script, len(lines))
	var weights [numScripts]int
	letters := 0
	for i, line := range lines {
		lc, fields := countLine(line)
		letters += lc.Total()
		scripts[i], _ = lc.Dominant()
		if scripts[i] != NoScript {
			weights[scripts[i]] += wordWeight(fields, &lc)
		}
	}
	if letters < minMainLetters {
		return Guess{}, false
	}
	s, total := NoScript, 0
	for i, w := range weights {
		total += w
		if w > weights[s] {
			s = Script(i)
		}
	}
	share := float64(weights[s]) / float64(max(total, 1))
	if l := scriptLanguage[s]; l != "" {
		return Guess{Lang: l, Script: s, Confidence: share, Evidence: ByScript}, true
	}
	// The profiles judge the lines in the main script only, as many as
	// make up maxMainWordSample bytes.
	var sb strings.Builder
	sb.Grow(min(len(text), 2*maxMainWordSample))
	for i, line := range lines {
		if scripts[i] == s && sb.Len() < maxMainWordSample {
			sb.WriteString(line)
			sb.WriteByte('\n')
		}
	}
	text = sb.String()
	ws := d.profiles.score(text)
	var scores []wordScore
	for _, sc := range ws.scores {
		if sc.writtenIn(s) {
			scores = append(scores, sc)
		}
	}
	if len(scores) > 0 {
		top, second := scores[0], 0.0
		if len(scores) > 1 {
			second = scores[1].weight
		}
		if float64(top.hits) >= minMainLowShare*float64(ws.words) && top.hits >= minMainLowHits && top.weight >= minMainLowMargin*second {
			return Guess{Lang: top.lang, Script: s, Confidence: top.weight / (top.weight + second), Evidence: ByWords}, true
		}
		if float64(top.hits) >= minMainWordShare*float64(ws.words) && top.hits >= 3 {
			if top.weight >= minMainMargin*second {
				return Guess{Lang: top.lang, Script: s, Confidence: top.weight / (top.weight + second), Evidence: ByWords}, true
			}
			// Close languages (Norwegian and Danish) share most
			// function words; the words that only one of the two
			// profiles holds can still tell them apart.
			if onlyTop, onlySecond := d.profiles.distinct(text, top.lang, scores[1].lang); onlyTop >= minMainDistinct && onlyTop >= minMainDistinctMargin*onlySecond {
				return Guess{Lang: top.lang, Script: s, Confidence: float64(onlyTop) / float64(onlyTop+onlySecond), Evidence: ByWords}, true
			}
		}
	}
	// The profiles cannot decide between close languages (Danish and
	// Norwegian, Czech and Slovak): ask the model among the leading ones.
	// Without any function word the language is not one the profiles
	// know, and the model, which knows fewer, would only guess.
	// Languages with less than half the leader's weight are out of the
	// running; each language the model considers costs it a model.
	var set []Language
	// The letters of the text rule out the leader's close relatives
	// that never use some of them (Swedish for a text with "ø").
	smp := sample(text, maxMainSample)
	for _, sc := range scores[:min(3, len(scores))] {
		if 2*sc.weight < scores[0].weight {
			break
		}
		for _, l := range append([]Language{sc.lang}, related[sc.lang]...) {
			if !slices.Contains(set, l) && !ruledOut(smp, s, l, []Language{scores[0].lang}) {
				set = append(set, l)
			}
		}
	}
	g, ok := d.model(set, smp, CountLetters(smp).Total() < accurateLetters)
	if !ok || g.Confidence < minMainModelConfidence {
		return Guess{}, false
	}
	g.Script = s
	return g, true
}

// wordWeight is the number of words of a line for weighing scripts: Han,
// kana and the scripts of Southeast Asia write words without spaces, so
// each of their letters counts as a word there.
func wordWeight(words int, c *Letters) int {
	dense := c[Han] + c[Kana] + c[Thai] + c[Lao] + c[Myanmar] + c[Khmer]
	if dense*2 > c.Total() {
		return dense + words
	}
	return words
}

// countLine counts the letters of a line by script, as CountLetters does,
// and its fields separated by white space, as strings.Fields does.
func countLine(s string) (c Letters, fields int) {
	in := false
	for i := 0; i < len(s); {
		var space bool
		if b := s[i]; b < utf8.RuneSelf {
			space = asciiSpace[b]
			if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				c[Latin]++
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if sc := ScriptOf(r); sc != NoScript {
				c[sc]++
			} else {
				space = unicode.IsSpace(r)
			}
			i += size
		}
		if !space && !in {
			fields++
		}
		in = !space
	}
	return c, fields
}

// asciiSpace marks the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// sample returns a prefix of text of at most n bytes, cut at a space.
func sample(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexByte(text[:n], ' '); i > 0 {
		return text[:i]
	}
	return text[:n]
}

// Expect describes the text a block is expected to be in.
type Expect struct {
	// Langs are the article's languages.
	Langs []Language
	// MinLetters is the fewest letters a block needs before function
	// words and the model may call it foreign; text in another script
	// needs only minScriptLetters.
	MinLetters int
	// MinConfidence is the model confidence a foreign identification
	// needs (for text of fewer than accurateLetters letters, at least
	// minShortConfidence).
	MinConfidence float64
}

// Thresholds of the block-level identification.
const (
	// minScriptShare is the share of a block's letters that must be in
	// one script before the block is judged at all; mixed blocks, such as
	// a Russian sentence quoting an English title, are left alone.
	minScriptShare = 0.75
	// minScriptLetters is the fewest letters in a foreign script that
	// make a block foreign.
	minScriptLetters = 4
	// minKana is the fewest kana that make a block Japanese.
	minKana = 3
	// minHanOnly is the fewest Han characters, without any kana or
	// Hangul, that make a block in a Japanese or Korean article Chinese.
	minHanOnly = 30
	// minLatinWords and minLatinHits: Latin-script text in an article of
	// another script is foreign only when it has at least this many
	// words, this many of them function words of one language (names and
	// titles in Latin letters are normal in Chinese or Russian text).
	minLatinWords = 4
	minLatinHits  = 2
	// minForeignHits, minForeignWeight and foreignMargin: text in the
	// article's script is suspect when a foreign language has at least
	// this many function words, this much weight, and foreignMargin times
	// the weight of the article's language plus foreignSlack.
	minForeignHits   = 2
	minForeignWeight = 1.5
	foreignMargin    = 1.5
	foreignSlack     = 0.0
	// minNameHits is the fewest function words of one language that
	// name the language of text in a script foreign to the article,
	// when they outweigh the next language's as much as minMainMargin.
	minNameHits = 3
	// minForeignExclusive is the least weight a foreign language needs
	// from words the article's profile lacks before a part of a text can
	// be foreign by its function words (see suspectWords).
	minForeignExclusive = minForeignWeight * (foreignMargin - 1) / foreignMargin
	// accurateLetters is the length from which lingua-go's accurate mode
	// uses its trigram models only (cheap); shorter text is identified in
	// low-accuracy mode, which needs more confidence.
	accurateLetters    = 120
	minShortConfidence = 0.95
)

// Verdict is what Judge says of a text.
type Verdict struct {
	// Guess is the foreign language found, when Foreign is set.
	Guess
	// Foreign tells that the text is written in a language other than
	// the expected ones.
	Foreign bool
	// Suspect tells that some part of the text, such as one of its
	// sentences, might be found foreign on its own with the same Expect.
	// When it is false, no part of the text can be: each piece of
	// evidence Foreign needs (letters of a foreign script, function words
	// of a foreign language, letters the expected alphabets lack) only
	// grows with the text, and the whole text holds too little of each.
	Suspect bool
}

// Foreign reports whether text is written in a language other than the
// expected ones, and which.
func (d *Detector) Foreign(text string, e Expect) (Guess, bool) {
	m, ok := d.measure(text, e, -1, nil)
	if !ok {
		return Guess{}, false
	}
	return d.judge(text, &m.letters, m.total, e, &m.words)
}

// Judge tells whether text is written in a language other than the
// expected ones, as Foreign does, and whether any part of it might be.
func (d *Detector) Judge(text string, e Expect) Verdict {
	own := d.ownProfile(e.Langs)
	m, ok := d.measure(text, e, own, nil)
	if !ok {
		return Verdict{}
	}
	var v Verdict
	v.Guess, v.Foreign = d.judge(text, &m.letters, m.total, e, &m.words)
	v.Suspect = v.Foreign || d.suspect(text, &m, own, e)
	return v
}

// Suspect is Judge's Suspect alone: whether some part of text might be
// found foreign on its own with the Expect e.
func (d *Detector) Suspect(text string, e Expect) bool {
	own := d.ownProfile(e.Langs)
	// Suspect is asked of every block, and keeps its measurement to
	// itself: the scores stay on the stack.
	var scores [32]wordScore
	m, ok := d.measure(text, e, own, scores[:0])
	return ok && d.suspect(text, &m, own, e)
}

// measurement is what the detector measures of a text before judging it.
type measurement struct {
	letters Letters
	total   int // letters in all
	words   wordStats
}

// measure measures text against the profile own (see profiles.measure,
// which appends the scores to scores[:0]); it reports false when there is nothing to judge: no expected language or
// no letter.
func (d *Detector) measure(text string, e Expect, own int, scores []wordScore) (measurement, bool) {
	if len(e.Langs) == 0 {
		return measurement{}, false
	}
	var m measurement
	m.letters, m.words = d.profiles.measure(text, own, scores)
	m.total = m.letters.Total()
	return m, m.total > 0
}

// suspect tells Verdict.Suspect from the measurement m of text against
// the profile own.
func (d *Detector) suspect(text string, m *measurement, own int, e Expect) bool {
	return suspectScripts(&m.letters, e.Langs) || m.total >= e.MinLetters &&
		(d.suspectWords(&m.words, own, e.Langs) ||
			// The letters the article's alphabets lack are Latin
			// letters outside ASCII.
			m.words.extendedLatin >= minForeignLetters && enoughForeignLetters(foreignLetters(text, e.Langs)))
}

// ownProfile returns the profile index of the first of langs that has a
// profile, or -1.
func (d *Detector) ownProfile(langs []Language) int {
	for _, l := range langs {
		if i, ok := slices.BinarySearch(d.profiles.langs, l); ok {
			return i
		}
	}
	return -1
}

// suspectScripts reports whether the letters c hold enough of a script
// none of the expected languages is written in to make a part of their
// text foreign, or enough Han alone to make it Chinese.
func suspectScripts(c *Letters, expected []Language) bool {
	var written uint32
	for _, l := range expected {
		written |= scriptMask(l)
	}
	for s, n := range c {
		if s != int(NoScript) && n >= minScriptLetters && written&(1<<s) == 0 {
			return true
		}
	}
	return c[Han] >= minHanOnly && !slices.Contains(expected, "zh")
}

// suspectWords reports whether the function words ws hold enough of a
// foreign candidate language to make a part of their text foreign.
//
// A part is foreign by its function words when a foreign language f has
// there a weight F of at least W = minForeignWeight and m = foreignMargin
// times the weight O of an expected language l (the one with a profile,
// own). Split F into X, from words the profile of l lacks, and S, from
// words both hold; O is at least S. Then X + S >= W and X + S >= m S give
// X >= max(W - S, (m-1) S), which is never below W (m-1) / m: the whole
// text, whose X is at least the part's, needs that much,
// minForeignExclusive.
func (d *Detector) suspectWords(ws *wordStats, own int, expected []Language) bool {
	for _, sc := range ws.scores {
		if sc.hits >= minForeignHits && sc.weight >= minForeignWeight &&
			(own < 0 || sc.exclusive >= minForeignExclusive) &&
			d.candidate[sc.idx] && !slices.Contains(expected, sc.lang) {
			return true
		}
	}
	return false
}

// judge is Foreign on text whose letters c and function words ws have
// been measured.
func (d *Detector) judge(text string, c *Letters, total int, e Expect, ws *wordStats) (Guess, bool) {
	ws.rank()
	s, share := c.Dominant()
	if share < minScriptShare {
		return Guess{}, false
	}
	written := false
	for _, l := range e.Langs {
		if writtenIn(l, s) {
			written = true
		}
	}
	if !written {
		return d.otherScript(text, s, c, e, ws)
	}
	if s == Han && !slices.Contains(e.Langs, "zh") {
		// Japanese and Korean use Han among kana or Hangul; a long run
		// of Han alone is Chinese.
		if c[Han] >= minHanOnly && c[Kana] == 0 && c[Hangul] == 0 {
			return Guess{Lang: "zh", Script: Han, Confidence: share, Evidence: ByScript}, true
		}
		return Guess{}, false
	}
	return d.sameScript(text, s, total, e, ws)
}

// otherScript identifies text whose script none of the expected languages
// is written in.
func (d *Detector) otherScript(text string, s Script, c *Letters, e Expect, ws *wordStats) (Guess, bool) {
	if c[s] < minScriptLetters || s == Kana && c[Kana] < minKana {
		return Guess{}, false
	}
	if l := scriptLanguage[s]; l != "" {
		return Guess{Lang: l, Script: s, Confidence: 1, Evidence: ByScript}, true
	}
	var top, second wordScore
	for _, sc := range ws.scores {
		if !sc.writtenIn(s) {
			continue
		}
		if top.lang == "" {
			top = sc
		} else {
			second = sc
			break
		}
	}
	if s == Latin && (ws.words < minLatinWords || top.hits < minLatinHits) {
		return Guess{}, false
	}
	// The script is certain; the function words name the language when
	// they decide as they would for a whole article, else the model.
	if top.hits >= minNameHits && top.weight >= minMainMargin*second.weight {
		return Guess{Lang: top.lang, Script: s, Confidence: top.weight / (top.weight + second.weight), Evidence: ByScript}, true
	}
	if presentationForms(text)*2 > c[s] {
		// Presentation forms are glyphs, the shapes letters take in
		// legacy text stored in visual order (often reversed): neither
		// the function words nor the model, which know the letters,
		// can read them. The script alone is certain.
		return Guess{Script: s, Confidence: 1, Evidence: ByScript}, true
	}
	var set []Language
	for _, l := range d.candidates {
		if writtenIn(l, s) && !slices.Contains(e.Langs, l) {
			set = append(set, l)
		}
	}
	if top.lang != "" && linguaOf(top.lang) != lingua.Unknown && !slices.Contains(set, top.lang) {
		set = append(set, top.lang)
	}
	if g, ok := d.model(set, text, c.Total() < accurateLetters); ok {
		g.Script, g.Evidence = s, ByScript
		return g, true
	}
	if top.lang != "" {
		return Guess{Lang: top.lang, Script: s, Confidence: 1, Evidence: ByScript}, true
	}
	return Guess{Script: s, Confidence: 1, Evidence: ByScript}, true
}

// presentationForms counts the letters of text written as presentation
// forms (U+FB00–U+FDFF and U+FE70–U+FEFF): ligatures and the contextual
// shapes of Arabic and Hebrew letters, which Unicode keeps only for
// compatibility with legacy encodings.
func presentationForms(text string) int {
	n := 0
	for i := 0; i < len(text); {
		if text[i] < 0xEF {
			// The forms take three bytes in UTF-8, the first 0xEF.
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if 0xFB00 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF {
			if unicode.IsLetter(r) {
				n++
			}
		}
		i += size
	}
	return n
}

// sameScript identifies text written in the script of an expected
// language: the function words must point to a foreign candidate, and the
// model, among the expected languages and the likely foreign ones, must
// confirm it.
func (d *Detector) sameScript(text string, s Script, letters int, e Expect, ws *wordStats) (Guess, bool) {
	if letters < e.MinLetters {
		return Guess{}, false
	}
	var expected []Language
	for _, l := range e.Langs {
		if writtenIn(l, s) && d.Supported(l) {
			expected = append(expected, l)
		}
	}
	if len(expected) == 0 {
		return Guess{}, false // no way to tell the article's language from others
	}
	own := 0.0
	for _, l := range e.Langs {
		own = max(own, ws.score(l).weight)
	}
	var foreign []wordScore
	for _, sc := range ws.scores {
		if d.candidate[sc.idx] && sc.writtenIn(s) && !slices.Contains(e.Langs, sc.lang) {
			foreign = append(foreign, sc)
		}
	}
	// A close relative of the article's language that leads by its
	// function words may be ruled out by the letters of the text; the
	// next language then leads.
	for len(foreign) > 0 && foreignByWords(foreign[0], own) && ruledOut(text, s, foreign[0].lang, expected) {
		foreign = foreign[1:]
	}
	var f wordScore
	if len(foreign) > 0 {
		f = foreign[0]
	}
	if !foreignByWords(f, own) {
		// Few function words: letters that the article's alphabets
		// lack can still point to a foreign language, unless the text
		// holds as many function words of the article's language as
		// foreign text needs of its own: then the letters are those
		// of names (Rodríguez, Alcúdia) in the article's language.
		if own >= minForeignWeight {
			return Guess{}, false
		}
		l, ok := foreignByLetters(text, e.Langs, d.candidates)
		if !ok {
			return Guess{}, false
		}
		f, foreign = wordScore{lang: l}, nil
	}
	set := slices.Clone(expected)
	add := func(l Language) {
		if slices.Contains(d.candidates, l) && !slices.Contains(set, l) && !slices.Contains(e.Langs, l) && !ruledOut(text, s, l, expected) {
			set = append(set, l)
		}
	}
	for _, sc := range foreign {
		if sc.weight*2 >= f.weight {
			add(sc.lang)
		}
	}
	add(f.lang)
	for _, l := range related[f.lang] {
		add(l)
	}
	short := letters < accurateLetters
	if len(set) > len(expected)+1 {
		// The article's languages against the leading foreign one
		// first: text that the function words point away from is
		// mostly the article's after all, and every language the
		// model considers costs it a model to load. Only text the
		// model finds foreign then meets the close relatives, which
		// name its language.
		if g, ok := d.model(append(slices.Clone(expected), f.lang), text, short); ok && slices.Contains(e.Langs, g.Lang) {
			return Guess{}, false
		}
	}
	g, ok := d.model(set, text, short)
	if !ok || slices.Contains(e.Langs, g.Lang) {
		return Guess{}, false
	}
	need := e.MinConfidence
	if short {
		need = max(need, minShortConfidence)
	}
	if g.Confidence < need {
		return Guess{}, false
	}
	g.Script = s
	return g, true
}

// foreignByWords reports whether the function words of f, the leading
// foreign language of a text, are enough to call the text foreign, against
// the weight own of the article's language.
func foreignByWords(f wordScore, own float64) bool {
	return f.hits >= minForeignHits && f.weight >= minForeignWeight && f.weight >= foreignMargin*own+foreignSlack
}

// ruledOut reports whether the letters of text in script s rule out l (see
// maxAlienWords): a close relative of one of the expected languages, or
// any language in Cyrillic, whose languages spell names from one another
// in their own alphabets (Зеленски in Bulgarian, Зеленський in Ukrainian).
func ruledOut(text string, s Script, l Language, expected []Language) bool {
	near := s == Cyrillic
	for _, e := range expected {
		near = near || slices.Contains(related[e], l)
	}
	return near && alienWords(text, s, l, expected) > maxAlienWords
}

// related lists, for a language, those most easily mistaken for it, which
// the model must also consider before it names the language.
var related = map[Language][]Language{
	"es": {"pt", "ca", "it"}, "pt": {"es", "ca"}, "ca": {"es", "fr", "pt"},
	"fr": {"ca", "it"}, "it": {"es", "fr"}, "ro": {"it"},
	"de": {"nl"}, "nl": {"de", "af"}, "af": {"nl"},
	"da": {"nb", "nn", "sv"}, "nb": {"da", "nn", "sv"}, "nn": {"nb", "da"}, "sv": {"da", "nb"},
	"cs": {"sk", "pl"}, "sk": {"cs", "pl"}, "pl": {"cs", "sk"},
	"hr": {"bs", "sr", "sl"}, "bs": {"hr", "sr"}, "sr": {"hr", "bs"}, "sl": {"hr"},
	"ru": {"uk", "be", "bg"}, "uk": {"ru", "be"}, "be": {"ru", "uk"}, "bg": {"mk", "ru"}, "mk": {"bg", "sr"},
	"id": {"ms"}, "ms": {"id"}, "fi": {"et"}, "et": {"fi"}, "lv": {"lt"}, "lt": {"lv"},
	"hi": {"mr"}, "mr": {"hi"}, "ar": {"fa", "ur"}, "fa": {"ar", "ur"}, "ur": {"fa", "ar"},
	"zu": {"xh"}, "xh": {"zu"}, "tr": {"az"}, "az": {"tr"},
}

// model identifies text with lingua-go among the given languages. Short
// text uses the low-accuracy mode, whose trigram models are a fraction of
// the size of the full ones.
func (d *Detector) model(langs []Language, text string, short bool) (Guess, bool) {
	var ll []lingua.Language
	for _, l := range langs {
		if x := linguaOf(l); x != lingua.Unknown && !slices.Contains(ll, x) {
			ll = append(ll, x)
		}
	}
	switch len(ll) {
	case 0:
		return Guess{}, false
	case 1:
		// lingua-go compares two languages at least: English (German
		// for English) completes the pair. Text in another script is
		// set aside by lingua-go's script rules without a model.
		other := lingua.English
		if ll[0] == lingua.English {
			other = lingua.German
		}
		ll = append(ll, other)
	}
	d.asked.Add(1)
	trigrams.load(ll)
	vals := d.linguaDetector(ll, short).ComputeLanguageConfidenceValues(text)
	if len(vals) == 0 || vals[0].Value() == 0 {
		return Guess{}, false
	}
	top := codeOf(vals[0].Language())
	if !slices.Contains(langs, top) {
		return Guess{}, false
	}
	return Guess{Lang: top, Confidence: vals[0].Value(), Evidence: ByModel}, true
}

// trigrams loads lingua-go's trigram models, the only ones the detector
// uses (the low-accuracy mode uses trigrams alone, and lingua-go uses them
// alone for text of 120 letters or more). lingua-go keeps its models in
// memory shared by the whole process but loads them without a guard: two
// goroutines that need the same model at once both load it, at a cost of
// about 10 ms each. trigrams loads each model once. Like lingua-go's models,
// it belongs to the process, and what it records is only ever added to.
var trigrams = &modelLoader{once: map[lingua.Language]*sync.Once{}}

// modelLoader loads the trigram model of each language once.
type modelLoader struct {
	mu   sync.Mutex
	once map[lingua.Language]*sync.Once
}

// load makes sure the trigram models of ll are in memory.
func (m *modelLoader) load(ll []lingua.Language) {
	for _, l := range ll {
		m.mu.Lock()
		o := m.once[l]
		if o == nil {
			o = &sync.Once{}
			m.once[l] = o
		}
		m.mu.Unlock()
		o.Do(func() {
			// A low-accuracy detector built with preloading loads
			// the trigram models of its languages; lingua-go wants
			// two languages and drops the repeat.
			lingua.NewLanguageDetectorBuilder().FromLanguages(l, l).WithLowAccuracyMode().WithPreloadedLanguageModels().Build()
		})
	}
}

// linguaDetector returns the lingua-go detector for a set of languages,
// building it on first use. Building is cheap: lingua-go loads each
// language's models lazily, into memory shared by all its detectors.
func (d *Detector) linguaDetector(ll []lingua.Language, lowAccuracy bool) lingua.LanguageDetector {
	slices.Sort(ll)
	var key strings.Builder
	if lowAccuracy {
		key.WriteString("low:")
	}
	for _, l := range ll {
		key.WriteString(l.String())
		key.WriteByte(',')
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if m, ok := d.models[key.String()]; ok {
		return m
	}
	b := lingua.NewLanguageDetectorBuilder().FromLanguages(ll...)
	if lowAccuracy {
		b = b.WithLowAccuracyMode()
	}
	m := b.Build()
	d.models[key.String()] = m
	return m
}

// linguaOf returns lingua-go's language for l, or lingua.Unknown.
func linguaOf(l Language) lingua.Language {
	if l == "" {
		return lingua.Unknown
	}
	iso := lingua.GetIsoCode639_1FromValue(string(l))
	if iso == lingua.UnknownIsoCode639_1 {
		return lingua.Unknown
	}
	return lingua.GetLanguageFromIsoCode639_1(iso)
}

// codeOf returns the code of a lingua-go language.
func codeOf(l lingua.Language) Language {
	return Language(strings.ToLower(l.IsoCode639_1().String()))
}

// writtenIn reports whether l is written in script s.
func writtenIn(l Language, s Script) bool {
	return scriptMask(l)&(1<<s) != 0
}

// The scripts fit the 32 bits of a script mask; this constant does not
// compile otherwise.
const _ = uint32(1 << (numScripts - 1))

// scriptMask returns the scripts l is written in, as bits.
func scriptMask(l Language) uint32 {
	var m uint32
	for _, s := range ScriptsOf(l) {
		m |= 1 << s
	}
	return m
}
