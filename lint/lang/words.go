package lang

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The function-word profiles: words/<code>.txt holds, for one language,
// the short words that make up a large part of any running text in it
// (articles, prepositions, conjunctions, pronouns, auxiliaries). They are
// data we wrote for this package, not a copy of a stop-word list.
//
//go:embed words/*.txt
var wordFiles embed.FS

// maxProfiles is the most languages the profiles may hold.
const maxProfiles = 128

// profiles holds the function words of every language that has a profile.
type profiles struct {
	// langs are the languages with a profile, sorted.
	langs []Language
	// scripts holds scriptMask of each language of langs.
	scripts []uint32
	// maxWord is the length in bytes of the longest word of words.
	maxWord int
	// maybe has the bit wordBit(w) set for every word w of words: a
	// word whose bit is clear is not a function word, without hashing
	// it for the map.
	maybe [wordBits / 64]uint64
	// words maps a word to the indexes (into langs) of the languages
	// whose profile holds it.
	words map[string][]uint8
}

// loadProfiles returns the profiles, read from their embedded files on
// first use and shared by every detector of the process: they are never
// written after loading.
var loadProfiles = sync.OnceValues(readProfiles)

// readProfiles reads the profiles from their embedded files.
func readProfiles() (*profiles, error) {
	entries, err := wordFiles.ReadDir("words")
	if err != nil {
		return nil, fmt.Errorf("function words: %w", err)
	}
	p := &profiles{words: map[string][]uint8{}}
	for _, e := range entries {
		p.langs = append(p.langs, Language(strings.TrimSuffix(e.Name(), ".txt")))
	}
	slices.Sort(p.langs)
	for _, l := range p.langs {
		p.scripts = append(p.scripts, scriptMask(l))
	}
	if len(p.langs) > maxProfiles {
		return nil, fmt.Errorf("function words: too many languages (%d)", len(p.langs))
	}
	for i, l := range p.langs {
		data, err := wordFiles.ReadFile(path.Join("words", string(l)+".txt"))
		if err != nil {
			return nil, fmt.Errorf("function words: %w", err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(line) {
				if w != strings.ToLower(w) {
					return nil, fmt.Errorf("function words for %s: %q is not lower case", l, w)
				}
				p.maxWord = max(p.maxWord, len(w))
				b := wordBit(w)
				p.maybe[b/64] |= 1 << (b % 64)
				if idx := p.words[w]; !slices.Contains(idx, uint8(i)) {
					p.words[w] = append(idx, uint8(i))
				}
			}
		}
	}
	return p, nil
}

// has reports whether l has a function-word profile.
func (p *profiles) has(l Language) bool {
	_, ok := slices.BinarySearch(p.langs, l)
	return ok
}

// wordScore is the function-word evidence of a text for one language.
type wordScore struct {
	lang Language
	// idx is the index of lang in the profiles' languages.
	idx uint8
	// scripts has bit s set for each script s that lang is written in.
	scripts uint32
	// hits counts the text's words that are function words of lang.
	hits int
	// weight adds up, over those words, 1/k for a word that k of the
	// compared languages share, so that "de" or "in" say less than "the"
	// or "und".
	weight float64
	// exclusive is the part of weight from words that the profile of the
	// language measure was given lacks.
	exclusive float64
}

// wordStats is the function-word evidence of a text.
type wordStats struct {
	// words is the number of words in the text.
	words int
	// extendedLatin is the number of its Latin letters outside ASCII.
	extendedLatin int
	// scores holds one entry per language with function words in the
	// text, in the order of the profiles' languages until rank puts them
	// best first.
	scores []wordScore
}

// rank orders the scores best first, then by language: they are in the
// order of the profiles' languages, which is sorted, and an insertion sort
// keeps equal weights in that order.
func (ws *wordStats) rank() {
	sc := ws.scores
	for i := 1; i < len(sc); i++ {
		for j := i; j > 0 && sc[j].weight > sc[j-1].weight; j-- {
			sc[j], sc[j-1] = sc[j-1], sc[j]
		}
	}
}

// writtenIn reports whether the language of sc is written in script s.
func (sc *wordScore) writtenIn(s Script) bool { return sc.scripts&(1<<s) != 0 }

// score returns the evidence for l, or a zero score.
func (ws *wordStats) score(l Language) wordScore {
	for _, s := range ws.scores {
		if s.lang == l {
			return s
		}
	}
	return wordScore{lang: l}
}

// score measures text against the profiles of every language. Words are
// runs of letters and combining marks, lower-cased; apostrophes and
// hyphens split them, so that "l'État" gives "l" and "état".
func (p *profiles) score(text string) wordStats {
	_, ws := p.measure(text, -1, nil)
	ws.rank()
	return ws
}

// wordBits is the size of the profiles' word filter.
const wordBits = 1 << 14

// wordBit returns the bit of a word in the profiles' word filter, from its
// length and its first and last bytes.
func wordBit[S string | []byte](w S) uint32 {
	if len(w) == 0 {
		return 0
	}
	h := uint32(len(w))<<16 ^ uint32(w[0])<<8 ^ uint32(w[len(w)-1])
	return (h * 0x9E3779B1) >> (32 - 14)
}

// scan calls visit for each word of text with the languages (indexes
// into p.langs) whose profiles hold it, none for most words, and counts the
// letters of text by script into letters unless it is nil. Words are runs
// of letters and combining marks, lower-cased.
func (p *profiles) scan(text string, letters *Letters, visit func(idx []uint8)) (asciiLetters int) {
	var count Letters
	if letters == nil {
		letters = &count
	}
	var stack [64]byte
	word := stack[:0]
	long := false // the word is longer than any function word
	// lead counts the letters of the word so far, up to 2, and upper
	// how many of those are capitals: a word that starts with two
	// capitals is an acronym or a name (EU, ELi, NATO), never a
	// function word, though it may be spelt like one (Portuguese "eu",
	// Finnish "eli").
	lead, upper := 0, 0
	flush := func() {
		if len(word) == 0 {
			return
		}
		var idx []uint8
		if b := wordBit(word); !long && upper < 2 && p.maybe[b/64]&(1<<(b%64)) != 0 {
			idx = p.words[string(word)]
		}
		word, long, lead, upper = word[:0], false, 0, 0
		visit(idx)
	}
	// add appends r, lower-cased, to the word, unless the word is
	// already longer than any function word: lower-casing never
	// shortens what is already written.
	add := func(r rune) {
		if long {
			return
		}
		if r < utf8.RuneSelf {
			word = append(word, byte(r))
		} else {
			word = utf8.AppendRune(word, r)
		}
		long = len(word) > p.maxWord
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				add(rune(c))
				lead++
				asciiLetters++
			case 'A' <= c && c <= 'Z':
				add(rune(c + 'a' - 'A'))
				if lead < 2 {
					upper++
				}
				lead++
				asciiLetters++
			default:
				flush()
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if sc := ScriptOf(r); sc != NoScript {
			letters[sc]++
			if cased(sc) {
				if lead < 2 && unicode.IsUpper(r) {
					upper++
				}
				r = toLower(r)
			}
			lead++
			add(r)
			continue
		}
		if unicode.In(r, unicode.Mn, unicode.Mc) {
			add(toLower(r))
			continue
		}
		flush()
	}
	flush()
	letters[Latin] += asciiLetters
	return asciiLetters
}

// distinct counts the words of text that the profile of a holds and that
// of b does not, and the reverse: the evidence that tells two close
// languages apart, whose profiles share most words.
func (p *profiles) distinct(text string, a, b Language) (onlyA, onlyB int) {
	ia, okA := slices.BinarySearch(p.langs, a)
	ib, okB := slices.BinarySearch(p.langs, b)
	if !okA || !okB {
		return 0, 0
	}
	p.scan(text, nil, func(idx []uint8) {
		inA, inB := slices.Contains(idx, uint8(ia)), slices.Contains(idx, uint8(ib))
		switch {
		case inA && !inB:
			onlyA++
		case inB && !inA:
			onlyB++
		}
	})
	return onlyA, onlyB
}

// toLower is unicode.ToLower, with the Latin-1 and basic Cyrillic letters
// first.
func toLower(r rune) rune {
	switch {
	case 'À' <= r && r <= 'Þ' && r != '×', 'А' <= r && r <= 'Я':
		return r + 32
	case 'ß' <= r && r <= 'ÿ', 'а' <= r && r <= 'я':
		return r
	case 'Ѐ' <= r && r <= 'Џ':
		return r + 80
	}
	return unicode.ToLower(r)
}

// measure returns CountLetters(text) and score(text), in one pass, with
// the scores not yet ranked. When own is the index of a profile, each
// score also has the weight of the words that the profile of own lacks
// (wordScore.exclusive).
//
// The scores are appended to scores[:0]: a caller that keeps the
// measurement to itself may pass a buffer of its own to spare the
// allocation.
func (p *profiles) measure(text string, own int, scores []wordScore) (Letters, wordStats) {
	var (
		hits      [maxProfiles]int
		weights   [maxProfiles]float64
		exclusive [maxProfiles]float64
		ws        wordStats
		letters   Letters
	)
	ascii := p.scan(text, &letters, func(idx []uint8) {
		ws.words++
		// A word that k languages share weighs 1/k for each.
		w := 1 / float64(len(idx))
		for _, i := range idx {
			hits[i]++
			weights[i] += w
		}
		if own >= 0 && !slices.Contains(idx, uint8(own)) {
			for _, i := range idx {
				exclusive[i] += w
			}
		}
	})
	ws.extendedLatin = letters[Latin] - ascii
	n := 0
	for _, h := range hits[:len(p.langs)] {
		if h > 0 {
			n++
		}
	}
	ws.scores = scores[:0]
	if n > cap(scores) {
		ws.scores = make([]wordScore, 0, n)
	}
	for i, l := range p.langs {
		if hits[i] > 0 {
			ws.scores = append(ws.scores, wordScore{lang: l, idx: uint8(i), scripts: p.scripts[i], hits: hits[i], weight: weights[i], exclusive: exclusive[i]})
		}
	}
	return letters, ws
}
