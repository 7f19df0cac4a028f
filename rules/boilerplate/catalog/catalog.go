// Package catalog holds newslint's catalog of template text: the phrases
// that blog engines, content management systems, news sites and cookie
// banners put around articles ("Post a Comment", "Older Post Newer Post
// Home", "Read more", "Advertisement"), in many languages.
//
// The phrases are data files written for newslint, one per language
// (data/<code>.txt, and data/neutral.txt for names such as "Facebook" that
// belong to no language). Each line of a file is one concept and its
// phrases:
//
//	post a comment = publicar un comentario | deja un comentario
//
// The concept is the English name of what the phrases are, for messages.
// In a phrase, "*" stands for one to twelve words (a name, a date, a
// headline) and "**" for any number of words up to the end of the line.
//
// A line of an article matches when all of it is one or more phrases of a
// single language (plus language-neutral ones) in a row, ignoring case,
// accents, punctuation and symbols: "Artículo Anterior Artículo Siguiente"
// is two Spanish phrases. Han and kana characters count as one word each,
// so that phrases in Chinese and Japanese match without spaces.
package catalog

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint/lang"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed data/*.txt
var dataFiles embed.FS

// neutralFile is the file of phrases that belong to no language.
const neutralFile = "neutral"

// Limits of matching.
const (
	// maxWild is the most words a "*" stands for.
	maxWild = 12
	// maxLineFields is the longest line, in words between spaces, that is
	// matched at all: template text is short, and even cookie banners
	// and copyright footers stay below it. maxLineWords bounds the words
	// as the catalog counts them (each Han or kana character one word).
	maxLineFields = 80
	maxLineWords  = 400
)

// token kinds of a compiled phrase.
const (
	wordToken = iota
	wildToken // "*": one to maxWild words
	restToken // "**": one or more words, to the end of the line
)

type token struct {
	kind int
	word string
	// sep requires a separator after the word in the line: the phrase
	// "read also: *" matches "Read also: Storm closes ports", not "Read
	// also the report".
	sep bool
}

// phrase is one compiled phrase.
type phrase struct {
	tokens  []token
	concept string
	// langs has bit i set for the language Catalog.langs[i]; neutral
	// phrases have every bit set.
	langs uint64
	// neutral marks phrases of the neutral file.
	neutral bool
	// lead is the first word of a phrase that starts with wildcards,
	// reach how far after the start it may be.
	lead  string
	reach int
	// wildIndex is the phrase's index in Catalog.wild.
	wildIndex int
}

// Catalog is a compiled catalog of template phrases. It is immutable and
// safe for concurrent use.
type Catalog struct {
	// langs are the catalog's languages, sorted; bit i of a phrase's
	// langs stands for langs[i].
	langs []lang.Language
	// byFirst indexes phrases by their first word; phrases that start
	// with a wildcard are in wild.
	byFirst map[string][]*phrase
	wild    []*phrase
	// maxReach is the largest reach of the phrases in wild, and
	// wildByLead indexes them by their lead.
	maxReach   int
	wildByLead map[string][]*phrase
	// examples holds, by language, the phrases without wildcards as
	// written in the data files.
	examples map[lang.Language][]string
}

// Load returns the catalog compiled from its data files. The data are
// embedded and the catalog is read-only, so it is compiled once per process
// and shared by every rule that uses it.
func Load() (*Catalog, error) { return loadOnce() }

// loadOnce compiles the catalog on first use; it holds no state a caller
// can change.
var loadOnce = sync.OnceValues(compileCatalog)

// catalogSize is about the number of phrases in the data files, to size
// the maps that index them.
const catalogSize = 4096

// compileCatalog compiles the catalog from its data files.
func compileCatalog() (*Catalog, error) {
	entries, err := dataFiles.ReadDir("data")
	if err != nil {
		return nil, fmt.Errorf("template catalog: %w", err)
	}
	c := &Catalog{byFirst: make(map[string][]*phrase, catalogSize), wildByLead: map[string][]*phrase{}, examples: map[lang.Language][]string{}}
	var names []string
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		names = append(names, name)
		if name != neutralFile {
			c.langs = append(c.langs, lang.Language(name))
		}
	}
	slices.Sort(c.langs)
	if len(c.langs) > 63 {
		return nil, fmt.Errorf("template catalog: too many languages (%d)", len(c.langs))
	}
	// Phrases with the same words in several languages ("newsletter")
	// are one phrase with several language bits.
	seen := make(map[string]*phrase, catalogSize)
	for _, name := range names {
		data, err := dataFiles.ReadFile(path.Join("data", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("template catalog: %w", err)
		}
		var bit uint64
		if name == neutralFile {
			bit = ^uint64(0)
		} else {
			i, _ := slices.BinarySearch(c.langs, lang.Language(name))
			bit = 1 << i
		}
		for n, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			concept, list, ok := strings.Cut(line, "=")
			concept = strings.TrimSpace(concept)
			if !ok || concept == "" {
				return nil, fmt.Errorf("template catalog: data/%s.txt:%d: want \"concept = phrase | phrase\"", name, n+1)
			}
			for _, text := range strings.Split(list, "|") {
				text = strings.TrimSpace(text)
				toks := compile(text)
				if name != neutralFile && !strings.Contains(text, "*") {
					c.examples[lang.Language(name)] = append(c.examples[lang.Language(name)], text)
				}
				if !slices.ContainsFunc(toks, func(t token) bool { return t.kind == wordToken }) || toks[0].kind == restToken {
					return nil, fmt.Errorf("template catalog: data/%s.txt:%d: phrase %q has no word or starts with \"**\"", name, n+1, text)
				}
				key := phraseKey(toks)
				if p := seen[key]; p != nil {
					p.langs |= bit
					p.neutral = p.neutral || name == neutralFile
					continue
				}
				p := &phrase{tokens: toks, concept: concept, langs: bit, neutral: name == neutralFile}
				seen[key] = p
				if toks[0].kind == wordToken {
					c.byFirst[toks[0].word] = append(c.byFirst[toks[0].word], p)
				} else {
					i := slices.IndexFunc(toks, func(t token) bool { return t.kind == wordToken })
					p.lead, p.reach, p.wildIndex = toks[i].word, i*maxWild, len(c.wild)
					c.wild = append(c.wild, p)
					c.wildByLead[p.lead] = append(c.wildByLead[p.lead], p)
					c.maxReach = max(c.maxReach, p.reach)
				}
			}
		}
	}
	return c, nil
}

// phraseKey returns a string that tells compiled phrases apart: the same
// for the same tokens, different otherwise.
func phraseKey(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteByte(byte('0' + t.kind))
		if t.sep {
			b.WriteByte('|')
		}
		b.WriteString(t.word)
		b.WriteByte(0) // words hold no NUL
	}
	return b.String()
}

// compile turns a phrase into tokens.
func compile(text string) []token {
	var toks []token
	for _, f := range strings.Fields(text) {
		switch f {
		case "*":
			toks = append(toks, token{kind: wildToken})
		case "**":
			toks = append(toks, token{kind: restToken})
		default:
			ws, sep := split(f)
			for i, w := range ws {
				toks = append(toks, token{kind: wordToken, word: w, sep: sep[i]})
			}
		}
	}
	return toks
}

// Examples returns the phrases of a language that hold no wildcard, as
// the data files spell them (lower case, without punctuation).
func (c *Catalog) Examples(l lang.Language) []string { return slices.Clone(c.examples[l]) }

// Languages returns the catalog's languages.
func (c *Catalog) Languages() []lang.Language { return slices.Clone(c.langs) }

// Words returns the words of a line as the catalog compares them: folded
// to lower case, without accents and other combining marks, split at
// everything that is not a letter or a digit, with each Han or kana
// character and the copyright sign a word of its own.
func Words(line string) []string {
	words, _ := split(line)
	return words
}

// separators are the characters that end a lead-in such as "Read also:"
// or "Tags |".
const separators = ":|–—-»›>："

// split returns the words of a line and, for each, whether a separator
// follows it before the next word.
func split(line string) (words []string, sep []bool) {
	if isASCII(line) {
		return splitASCII(line)
	}
	return splitFolded(line)
}

// splitFolded is split for any line: folded to lower case and decomposed
// first.
func splitFolded(line string) (words []string, sep []bool) {
	if words, sep, ok := splitQuick(line); ok {
		return words, sep
	}
	return splitWords(slowFold(line))
}

// splitWords is split for a folded line: the slow path, for lines that
// splitQuick cannot split.
func splitWords(folded string) (words []string, sep []bool) {
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			sep = append(sep, false)
			w.Reset()
		}
	}
	for _, r := range folded {
		switch {
		case r >= 0x300 && unicode.Is(unicode.Mn, r):
			// Accents and other non-spacing marks are dropped.
		case r == '©' || r == 'ⓒ':
			// The copyright sign is a word: footers start with it.
			flush()
			words = append(words, "©")
			sep = append(sep, false)
		case isIdeograph(r):
			flush()
			words = append(words, string(r))
			sep = append(sep, false)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mc, r):
			w.WriteRune(r)
		default:
			flush()
			if len(sep) > 0 && strings.ContainsRune(separators, r) {
				sep[len(sep)-1] = true
			}
		}
	}
	flush()
	return words, sep
}

// splitASCII is split for a line of ASCII characters, whose words are
// runs of letters and digits, lower-cased.
func splitASCII(line string) (words []string, sep []bool) {
	lower := strings.ToLower(line)
	start := -1 // start of the current word
	for i := 0; i <= len(lower); i++ {
		c := byte(' ')
		if i < len(lower) {
			c = lower[i]
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, lower[start:i])
			sep = append(sep, false)
			start = -1
		}
		if len(sep) > 0 && strings.IndexByte(separators, c) >= 0 {
			sep[len(sep)-1] = true
		}
	}
	return words, sep
}

// isASCII reports whether s holds ASCII characters only.
func isASCII(s string) bool {
	return text.ASCII(s, 0) == len(s)
}

// Match is a line made of template phrases.
type Match struct {
	// Langs are the languages whose phrases make up the line; empty when
	// the line is made of language-neutral phrases only.
	Langs []lang.Language
	// Concepts name the phrases, in order, for one language of Langs (or
	// the neutral ones), without repeats: "older post", "newer post",
	// "home".
	Concepts []string
}

// Neutral reports whether the line is made of language-neutral phrases
// only ("Facebook Twitter WhatsApp").
func (m *Match) Neutral() bool { return len(m.Langs) == 0 }

// In reports whether the line is template text in one of the languages
// ls, or language-neutral.
func (m *Match) In(ls []lang.Language) bool {
	if m.Neutral() {
		return true
	}
	for _, l := range m.Langs {
		if slices.Contains(ls, l) {
			return true
		}
	}
	return false
}

// Match reports whether a whole line is template text.
func (c *Catalog) Match(line string) (Match, bool) {
	// The quick look at the first words sets most lines aside before
	// their length is counted.
	if !c.mayStart(line) || moreFields(line, maxLineFields) {
		return Match{}, false
	}
	return c.match(line)
}

// match is Match without the quick look at the first words.
func (c *Catalog) match(line string) (Match, bool) {
	words, sep := split(line)
	n := len(words)
	if n == 0 || n > maxLineWords {
		return Match{}, false
	}
	// reach[i] has bit l set when words[:i] is a sequence of phrases of
	// language l (or neutral ones); neutralOnly[i] when it is made of
	// neutral phrases alone.
	reach := make([]uint64, n+1)
	neutralOnly := make([]bool, n+1)
	reach[0], neutralOnly[0] = ^uint64(0), true
	for i := 0; i < n; i++ {
		if reach[i] == 0 {
			continue
		}
		for _, p := range c.candidates(words, i) {
			m := reach[i] & p.langs
			if m == 0 {
				continue
			}
			for _, end := range p.ends(words, sep, i) {
				reach[end] |= m
				if neutralOnly[i] && p.neutral {
					neutralOnly[end] = true
				}
			}
		}
	}
	if reach[n] == 0 {
		return Match{}, false
	}
	var res Match
	if neutralOnly[n] {
		res.Concepts = c.concepts(words, sep, ^uint64(0), true)
		return res, true
	}
	for i, l := range c.langs {
		if reach[n]&(1<<i) != 0 {
			res.Langs = append(res.Langs, l)
		}
	}
	i, _ := slices.BinarySearch(c.langs, res.Langs[0])
	res.Concepts = c.concepts(words, sep, 1<<i, false)
	return res, true
}

// mayStart reports whether a phrase may start a line, judging by its first
// words only, so that most lines of prose are set aside without splitting
// them whole. It splits a prefix of the line cut where a word ends, long
// enough to hold the words candidates looks at.
func (c *Catalog) mayStart(line string) bool {
	need := 1 + c.maxReach
	var (
		bufs [512]byte
		endS [64]int
		sepS [64]bool
	)
	for fields := need; ; fields *= 2 {
		prefix, whole := wordPrefix(line, fields)
		buf, ends, _, ok := quickWords(prefix, bufs[:0], endS[:0], sepS[:0])
		if !ok {
			words, _ := split(prefix)
			if len(words) > need || whole {
				return len(words) > 0 && len(c.candidates(words, 0)) > 0
			}
			continue
		}
		if len(ends) > need || whole {
			return len(ends) > 0 && c.startsWith(buf, ends)
		}
	}
}

// startsWith is len(candidates(words, 0)) > 0 for the words that
// quickWords put in buf: whether a phrase may start at the first word.
func (c *Catalog) startsWith(buf []byte, ends []int) bool {
	if _, ok := c.byFirst[string(buf[:ends[0]])]; ok {
		return true
	}
	for k := 1; k < len(ends) && k <= c.maxReach; k++ {
		for _, p := range c.wildByLead[string(buf[ends[k-1]:ends[k]])] {
			if k <= p.reach {
				return true
			}
		}
	}
	return false
}

// wordPrefix returns the prefix of line that holds its first n fields
// separated by white space, and whether that is the whole line. Each Han or
// kana character, which split makes a word of its own, counts as a field
// too, so that text written
// without spaces is cut after its first characters.
func wordPrefix(line string, n int) (string, bool) {
	in := false
	for i, r := range line {
		if r < utf8.RuneSelf {
			space := asciiSpace[r]
			if in && space {
				if n--; n == 0 {
					return line[:i], false
				}
			}
			in = !space
			continue
		}
		if in && unicode.IsSpace(r) {
			if n--; n == 0 {
				return line[:i], false
			}
		}
		if isIdeograph(r) {
			if n--; n == 0 {
				return line[:i+utf8.RuneLen(r)], i+utf8.RuneLen(r) == len(line)
			}
			in = false
			continue
		}
		in = !unicode.IsSpace(r)
	}
	return line, true
}

// isIdeograph reports whether split makes r a word of its own: a Han or
// kana character.
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー')
}

// asciiSpace marks the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// moreFields reports whether line has more than n fields separated by
// white space.
func moreFields(line string, n int) bool {
	in := false
	for i := 0; i < len(line); {
		var space bool
		if c := line[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(line[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			if n--; n < 0 {
				return true
			}
		}
		in = !space
	}
	return false
}

// candidates returns the phrases that may start at words[i]: those whose
// first word it is, then, in catalog order, those that start with
// wildcards and have their lead within reach: among the words that follow
// words[i], no further than the wildcards stretch.
func (c *Catalog) candidates(words []string, i int) []*phrase {
	ps := c.byFirst[words[i]]
	var wild []*phrase
	for k := i + 1; k < len(words) && k <= i+c.maxReach; k++ {
		leads := c.wildByLead[words[k]]
		if len(leads) == 0 || slices.Contains(words[i+1:k], words[k]) {
			continue // none, or seen nearer
		}
		for _, p := range leads {
			if k-i <= p.reach {
				wild = append(wild, p)
			}
		}
	}
	if len(wild) == 0 {
		return ps
	}
	slices.SortFunc(wild, func(a, b *phrase) int { return a.wildIndex - b.wildIndex })
	return append(slices.Clip(ps), wild...)
}

// concepts segments words into phrases of the languages in mask (or of
// neutral phrases only) and returns their concepts.
func (c *Catalog) concepts(words []string, sep []bool, mask uint64, neutralOnly bool) []string {
	n := len(words)
	// from[end] is the phrase and start that reach end.
	type step struct {
		start int
		p     *phrase
	}
	from := make([]*step, n+1)
	from[0] = &step{start: -1}
	for i := 0; i < n; i++ {
		if from[i] == nil {
			continue
		}
		for _, p := range c.candidates(words, i) {
			if p.langs&mask == 0 || neutralOnly && !p.neutral {
				continue
			}
			for _, end := range p.ends(words, sep, i) {
				if from[end] == nil {
					from[end] = &step{start: i, p: p}
				}
			}
		}
	}
	var out []string
	for end := n; end > 0 && from[end] != nil; end = from[end].start {
		if cp := from[end].p.concept; !slices.Contains(out, cp) {
			out = append(out, cp)
		}
	}
	slices.Reverse(out)
	return out
}

// ends returns the positions where phrase p, started at words[i], can end;
// sep tells which words a separator follows.
func (p *phrase) ends(words []string, sep []bool, i int) []int {
	pos := []int{i}
	for _, t := range p.tokens {
		var next []int
		for _, at := range pos {
			switch t.kind {
			case wordToken:
				if at < len(words) && words[at] == t.word && (!t.sep || sep[at]) {
					next = append(next, at+1)
				}
			case wildToken:
				for k := 1; k <= maxWild && at+k <= len(words); k++ {
					next = append(next, at+k)
				}
			case restToken:
				if at < len(words) {
					next = append(next, len(words))
				}
			}
		}
		slices.Sort(next)
		pos = slices.Compact(next)
		if len(pos) == 0 {
			return nil
		}
	}
	return pos
}
