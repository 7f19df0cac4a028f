// Package tokens splits prose into normalized tokens for matching: rules
// that compare texts (a paragraph with the headline, a paragraph with an
// earlier one) compare token sequences instead of raw strings, so that case,
// accents, punctuation, quotation-mark style, full-width forms and the digits
// of other scripts do not hide a repetition.
//
// Normalization is for matching only: tokens carry the byte range of the
// text they come from, and rules report and edit the original text.
//
// Several rules compare the same blocks: ArticleBlocks tokenizes them once
// per article for all of them.
//
// Scripts written with spaces between words (Latin, Cyrillic, Greek, Arabic,
// Hebrew, Devanagari, Hangul, ...) give one token per word. Scripts written
// without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) give
// overlapping character bigrams, the usual stand-in for words when no word
// segmenter is at hand.
package tokens

import (
	"bytes"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Kind tells how a token was formed.
type Kind uint8

// The token kinds.
const (
	// Word is a word of a script written with spaces.
	Word Kind = iota
	// Gram is a character bigram (or a lone character) of a script
	// written without spaces.
	Gram
)

// Token is one normalized token of a text.
type Token struct {
	// Text is the normalized form used for matching.
	Text string
	// Start and End delimit the original bytes the token comes from.
	Start, End int
	// Kind tells whether the token is a word or a character bigram.
	Kind Kind
	// Dense marks grams of Thai, Lao, Khmer and Myanmar, whose words are
	// about twice as long in characters as those of Chinese and Japanese;
	// see Words.
	Dense bool
}

// folder is Unicode case folding. cases.Fold returns a stateless Caser that
// is safe for concurrent use, so one value serves every caller.
var folder = cases.Fold()

// Tokenize splits s into normalized tokens in text order.
func Tokenize(s string) []Token {
	var e estimate
	e.add(s)
	t := tokenizer{s: s, tab: runeTable()}
	t.alloc(e)
	t.run()
	t.finish()
	return t.toks
}

// CountWords returns Words(Tokenize(s)), the length of s in words, without
// making the tokens: it does not fold words, it only checks that folding
// would leave something of them.
func CountWords(s string) float64 {
	t := tokenizer{s: s, count: true, tab: runeTable()}
	t.run()
	return t.length()
}

// tokenizer splits one text into tokens, or counts its words.
type tokenizer struct {
	s   string
	tab *runeTab
	// count makes the tokenizer count words (see CountWords) instead of
	// making tokens.
	count bool
	toks  []Token
	// arena holds the normalized texts of the tokens that differ from
	// the text they come from, one after the other; refs says which
	// tokens they belong to. finish turns arena into one string that
	// the tokens share, so that a text costs a few allocations rather
	// than one per token.
	arena []byte
	refs  []arenaRef
	// units is scratch space for the characters of a spaceless run.
	units []unit
	// The length of the text in words (see Words): words of scripts
	// written with spaces, and characters of the other scripts, dense
	// ones apart.
	words, chars, denseChars int
}

// length returns the length in words of what the tokenizer has read since
// it last reset its counts, as Words gives it: Words adds halves and
// quarters, and the sums are exact either way.
func (t *tokenizer) length() float64 {
	return float64(t.words) + float64(t.chars)/2 + float64(t.denseChars)/4
}

// estimate guesses the number of tokens of texts and the room their
// normalized forms take in the arena, so that the tokenizer allocates
// once in most cases: a word for a space and a third of the bytes for the
// arena (capitals, accented words, and whole words in some alphabets), or,
// in text with few spaces, a bigram for every three bytes (a character of
// Chinese or Japanese) and all the bytes for the arena.
type estimate struct {
	toks, arena int
}

func (e *estimate) add(s string) {
	spaces := strings.Count(s, " ")
	if spaces*16 >= len(s) {
		e.toks += spaces + 1
		e.arena += len(s) / 3
		return
	}
	// Few spaces: a script written without them, three bytes a
	// character.
	e.toks += len(s)/3 + 1
	e.arena += len(s)
}

// alloc makes room for what e estimates.
func (t *tokenizer) alloc(e estimate) {
	n := e.toks + e.toks/8
	t.toks = make([]Token, 0, n)
	t.arena = make([]byte, 0, e.arena+e.arena/8+8)
	t.refs = make([]arenaRef, 0, n/4+1)
}

// arenaRef places the text of token tok at arena[start:end].
type arenaRef struct {
	tok, start, end int
}

// unit is a character of a spaceless run, with its combining marks: its
// bytes in the text and its normalized form in the arena.
type unit struct {
	start, end   int
	fstart, fend int
}

// run tokenizes t.s, adding to the tokens (or the counts) the tokenizer
// holds. ASCII words take a short path; the rest goes through the
// classifiers and appendFold.
func (t *tokenizer) run() {
	s := t.s
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIIAlnum(c) {
				i++
				continue
			}
			class := asciiClass[c]
			j := i + 1
			for ; j < len(s) && asciiClass[s[j]] != 0; j++ {
				class |= asciiClass[s[j]]
			}
			end := j
			if j < len(s) && (s[j] >= utf8.RuneSelf || s[j] == '\'' || s[j] == '`') {
				// The word may go on: an apostrophe, an accent.
				end = t.wordEnd(j)
			}
			switch {
			case end != j || t.count:
				t.word(i, end)
			case class&classUpper == 0:
				// Small letters and digits fold to themselves.
				t.toks = append(t.toks, Token{Text: s[i:j], Start: i, End: j, Kind: Word})
				t.words++
			default:
				// Capitals fold to small letters.
				mark := len(t.arena)
				for k := i; k < j; k++ {
					c := s[k]
					if isASCIIUpper(c) {
						c += 'a' - 'A'
					}
					t.arena = append(t.arena, c)
				}
				t.refs = append(t.refs, arenaRef{len(t.toks), mark, len(t.arena)})
				t.toks = append(t.toks, Token{Start: i, End: j, Kind: Word})
				t.words++
			}
			i = end
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case t.isSpaceless(r):
			end := i + n
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if !t.isSpaceless(r2) && !t.attaches(r2) {
					break
				}
				end += n2
			}
			t.grams(i, end)
			i = end
		case t.isWordRune(r):
			end := t.wordEnd(i + n)
			t.word(i, end)
			i = end
		default:
			i += n
		}
	}
}

// wordEnd returns the end of the word of a script written with spaces
// whose first characters end at end.
func (t *tokenizer) wordEnd(end int) int {
	s := t.s
	for end < len(s) {
		if c := s[end]; c < utf8.RuneSelf {
			switch {
			case asciiClass[c] != 0:
				end++
				continue
			case (c == '\'' || c == '`') && end+1 < len(s) && t.letterAt(end+1):
				end++
				continue
			}
			return end
		}
		r, n := utf8.DecodeRuneInString(s[end:])
		if t.continuesWord(r) {
			end += n
			continue
		}
		// An apostrophe between two letters belongs to the word
		// ("didn't", "l’homme"), whatever its style.
		if isApostrophe(r) && end+n < len(s) && t.letterAt(end+n) {
			end += n
			continue
		}
		return end
	}
	return end
}

// letterAt reports whether a letter of a script written with spaces starts
// at offset i of the text.
func (t *tokenizer) letterAt(i int) bool {
	r, _ := utf8.DecodeRuneInString(t.s[i:])
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	if e := t.tab.info(r); e != nil {
		return e.flags&(infoLetter|infoSpaceless) == infoLetter
	}
	return unicode.IsLetter(r) && !isSpaceless(r)
}

// isWordRune is the package's isWordRune, with the table.
func (t *tokenizer) isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	if e := t.tab.info(r); e != nil {
		return e.flags&infoWord != 0
	}
	return plainRune(r) || isWordRune(r)
}

// continuesWord reports whether the non-ASCII rune r continues a word of a
// script written with spaces: a letter, number or mark of such a script,
// or a format character.
func (t *tokenizer) continuesWord(r rune) bool {
	if e := t.tab.info(r); e != nil {
		return e.flags&(infoWord|infoSpaceless) == infoWord || e.flags&infoFormat != 0
	}
	if plainRune(r) {
		return !isSpaceless(r)
	}
	return isWordRune(r) && !isSpaceless(r) || isFormat(r)
}

// isSpaceless is the package's isSpaceless, with the table.
func (t *tokenizer) isSpaceless(r rune) bool {
	if e := t.tab.info(r); e != nil {
		return e.flags&infoSpaceless != 0
	}
	return isSpaceless(r)
}

// isFormat is the package's isFormat, with the table.
func (t *tokenizer) isFormat(r rune) bool {
	if e := t.tab.info(r); e != nil {
		return e.flags&infoFormat != 0
	}
	return !plainRune(r) && isFormat(r)
}

// attaches is the package's attaches, with the table.
func (t *tokenizer) attaches(r rune) bool {
	if e := t.tab.info(r); e != nil {
		return e.flags&infoAttaches != 0
	}
	return !plainRune(r) && attaches(r)
}

// word adds the word s[start:end].
func (t *tokenizer) word(start, end int) {
	w := t.s[start:end]
	if t.count {
		if t.foldKeeps(w) {
			t.words++
		}
		return
	}
	mark := len(t.arena)
	var same bool
	t.arena, same = appendFold(t.tab, t.arena, w)
	switch {
	case same:
		t.toks = append(t.toks, Token{Text: w, Start: start, End: end, Kind: Word})
		t.words++
	case len(t.arena) > mark:
		t.refs = append(t.refs, arenaRef{len(t.toks), mark, len(t.arena)})
		t.toks = append(t.toks, Token{Start: start, End: end, Kind: Word})
		t.words++
	}
}

// grams adds the character bigrams of the spaceless run s[start:end].
// The normalized characters follow each other in the arena, so that the
// text of a bigram is a slice of it.
func (t *tokenizer) grams(start, end int) {
	s := t.s
	units := t.units[:0]
	dense := false
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		// Combining marks stay with their base character.
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !t.attaches(r2) {
				break
			}
			j += n2
		}
		if !dense && mayBeDense(r) {
			dense = isDense(r)
		}
		switch {
		case t.count:
			if t.foldKeeps(s[i:j]) {
				units = append(units, unit{start: i, end: j})
			}
		case j == i+n && plainRune(r):
			// A lone ideograph or syllable folds to itself.
			mark := len(t.arena)
			t.arena = append(t.arena, s[i:j]...)
			units = append(units, unit{i, j, mark, len(t.arena)})
		default:
			mark := len(t.arena)
			var same bool
			if t.arena, same = appendFold(t.tab, t.arena, s[i:j]); same {
				t.arena = append(t.arena, s[i:j]...)
			}
			if len(t.arena) > mark {
				units = append(units, unit{i, j, mark, len(t.arena)})
			}
		}
		i = j
	}
	t.units = units
	t.countGrams(units, dense)
	if t.count {
		return
	}
	if len(units) == 1 {
		u := units[0]
		t.refs = append(t.refs, arenaRef{len(t.toks), u.fstart, u.fend})
		t.toks = append(t.toks, Token{Start: u.start, End: u.end, Kind: Gram, Dense: dense})
		return
	}
	for k := 0; k+1 < len(units); k++ {
		t.refs = append(t.refs, arenaRef{len(t.toks), units[k].fstart, units[k+1].fend})
		t.toks = append(t.toks, Token{Start: units[k].start, End: units[k+1].end, Kind: Gram, Dense: dense})
	}
}

// countGrams counts the characters of a spaceless run as Words does: a run
// of k characters gives k-1 bigrams, which count k characters; a lone
// character counts two when its normalized form has two.
func (t *tokenizer) countGrams(units []unit, dense bool) {
	chars := len(units)
	if chars == 1 {
		u := units[0]
		var n int
		if t.count {
			n = utf8.RuneCountInString(Fold(t.s[u.start:u.end]))
		} else {
			n = utf8.RuneCount(t.arena[u.fstart:u.fend])
		}
		chars = min(n, 2)
	}
	if dense {
		t.denseChars += chars
	} else {
		t.chars += chars
	}
}

// finish gives the tokens their texts from the arena.
func (t *tokenizer) finish() {
	if len(t.refs) == 0 {
		return
	}
	a := string(t.arena)
	for _, r := range t.refs {
		t.toks[r.tok].Text = a[r.start:r.end]
	}
}

// Words estimates the length of a token sequence in words: a word counts
// one; in scripts written without spaces, two characters of Chinese or
// Japanese and four of Thai, Lao, Khmer or Myanmar count one.
func Words(toks []Token) float64 {
	var n float64
	for i, t := range toks {
		if t.Kind == Word {
			n++
			continue
		}
		// A run of k characters gives k-1 overlapping bigrams (or one
		// lone character): count the bigrams, plus one character for
		// the first of each run.
		continues := i > 0 && toks[i-1].Kind == Gram && t.Start < toks[i-1].End
		chars := 1.0
		if !continues && utf8.RuneCountInString(t.Text) > 1 {
			chars = 2
		}
		if t.Dense {
			n += chars / 4
		} else {
			n += chars / 2
		}
	}
	return n
}

// The runes that runeTable describes: the alphabets written with spaces
// from Latin to Arabic (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
// Syriac, below tableEnd), the general punctuation (quotation marks,
// dashes, invisible characters) and the CJK punctuation and kana.
const (
	tableEnd    = 0x800
	punctStart  = 0x2000
	punctEnd    = 0x2070
	kanaStart   = 0x3000
	kanaEnd     = 0x3100
	runeTabSize = tableEnd + (punctEnd - punctStart) + (kanaEnd - kanaStart)
)

// runeTab holds a runeInfo for each rune runeTable describes.
type runeTab [runeTabSize]runeInfo

// tabIndex returns the index of r in a runeTab, or -1.
func tabIndex(r rune) int {
	switch {
	case r < tableEnd:
		return int(r)
	case r < punctStart:
	case r < punctEnd:
		return tableEnd + int(r-punctStart)
	case r < kanaStart:
	case r < kanaEnd:
		return tableEnd + (punctEnd - punctStart) + int(r-kanaStart)
	}
	return -1
}

// info returns what the table knows of r, or nil.
func (t *runeTab) info(r rune) *runeInfo {
	if k := tabIndex(r); k >= 0 {
		return &t[k]
	}
	return nil
}

// runeInfo is what the tokenizer needs to know of a rune of the table.
type runeInfo struct {
	// fold is what Fold makes of the rune, before canonical composition
	// with its neighbors.
	fold  string
	flags uint16
}

// The flags of runeInfo.
const (
	// infoWord marks letters, numbers and marks.
	infoWord uint16 = 1 << iota
	// infoLetter marks letters.
	infoLetter
	// infoFormat marks format characters (Cf).
	infoFormat
	// infoMark marks marks.
	infoMark
	// infoSame marks runes that Fold keeps as they are.
	infoSame
	// infoASCII marks runes whose fold is ASCII (or empty).
	infoASCII
	// infoInert marks runes whose fold is made of runes that stay in
	// NFC whatever surrounds them (see nfcInert).
	infoInert
	// infoDigit marks decimal digits (Nd).
	infoDigit
	// infoAttaches marks the runes of attaches, infoSpaceless those of
	// isSpaceless.
	infoAttaches
	infoSpaceless
	// infoDotless marks runes whose fold holds a dotless ı.
	infoDotless
)

// runeTable describes the runes of the table. It is built the first time
// it is needed, from the unicode tables and the same folding rules as
// appendFold uses for other runes; TestRuneTable checks it.
var runeTable = sync.OnceValue(runeTableBuild)

func runeTableBuild() *runeTab {
	var t runeTab
	// The folds of all runes share one string: the fold of the rune at
	// index k is all[bounds[k][0]:bounds[k][1]].
	var all []byte
	var bounds [runeTabSize][2]uint16
	var enc [utf8.UTFMax]byte
	for r := rune(0); r < kanaEnd; r++ {
		k := tabIndex(r)
		if k < 0 {
			continue
		}
		e := &t[k]
		if attaches(r) {
			e.flags |= infoAttaches
		}
		if isSpaceless(r) {
			e.flags |= infoSpaceless
		}
		if unicode.IsLetter(r) {
			e.flags |= infoLetter | infoWord
		}
		if unicode.IsNumber(r) {
			e.flags |= infoWord
		}
		if unicode.IsMark(r) {
			e.flags |= infoMark | infoWord
		}
		if unicode.Is(unicode.Cf, r) {
			e.flags |= infoFormat
		}
		if unicode.IsDigit(r) {
			e.flags |= infoDigit
		}
		self := enc[:utf8.EncodeRune(enc[:], r)]
		dec := norm.NFKD.Properties(self).Decomposition()
		decomposed := dec != nil
		if !decomposed {
			dec = self
		}
		start := len(all)
		folds, ascii, inert := true, true, true
		for k := 0; k < len(dec); {
			d, n := utf8.DecodeRune(dec[k:])
			fr, ok := foldRune(d)
			if !ok || d == utf8.RuneError {
				folds = false
				break
			}
			if fr >= utf8.RuneSelf {
				ascii = false
				inert = inert && nfcInert(fr)
			}
			if fr >= 0 {
				all = utf8.AppendRune(all, fr)
			}
			k += n
		}
		if !folds {
			// Case folding differs from lower-casing (ß, final
			// sigma): the transformers fold the rune alone, and
			// since case folding does not depend on context, the
			// fold of a word is still that of its runes, composed.
			all = append(all[:start], slowFold(norm.NFKD.String(string(r)))...)
			ascii, inert = true, true
			for _, fr := range string(all[start:]) {
				ascii = ascii && fr < utf8.RuneSelf
				inert = inert && nfcInert(fr)
			}
		}
		bounds[k] = [2]uint16{uint16(start), uint16(len(all))}
		if !decomposed && bytes.Equal(all[start:], self) {
			e.flags |= infoSame
		}
		if ascii {
			e.flags |= infoASCII
		}
		if bytes.Contains(all[start:], []byte(dotlessI)) {
			e.flags |= infoDotless
		}
		if inert {
			e.flags |= infoInert
		}
	}
	folds := string(all)
	for k := range t {
		t[k].fold = folds[bounds[k][0]:bounds[k][1]]
	}
	return &t
}

// Fold normalizes s for matching: compatibility decomposition (full-width
// and other variant forms become plain ones), accents and other optional
// marks removed (Latin, Greek and Cyrillic diacritics, Arabic and Hebrew
// vowel points), invisible format characters removed, decimal digits of
// every script turned into ASCII digits, Unicode case folding, then
// canonical composition; the dotless ı becomes i, so that Turkish text
// matches its upper case. Apostrophes and other punctuation inside s are
// removed.
func Fold(s string) string {
	var stack [64]byte
	b, same := appendFold(runeTable(), stack[:0], s)
	if same {
		return s
	}
	return string(b)
}

// AppendFold appends Fold(s) to dst and returns the extended buffer. With a
// buffer that is reused, folding allocates nothing in most cases.
func AppendFold(dst []byte, s string) []byte {
	b, same := appendFold(runeTable(), dst, s)
	if same {
		b = append(b, s...)
	}
	return b
}

// appendFold appends Fold(s) to dst, except when Fold(s) is s itself: then
// it reports same and returns dst unchanged.
func appendFold(tab *runeTab, dst []byte, s string) (_ []byte, same bool) {
	if isPlainASCII(s) {
		return appendASCIIFold(dst, s)
	}
	// Most words fold rune by rune, from each rune's compatibility
	// decomposition, without the transformers. The rune-by-rune
	// decomposition skips the canonical reordering of marks, which the
	// final composition does.
	mark := len(dst)
	same = true      // the result so far is s[:i], not yet copied to dst
	ascii := true    // the result so far is ASCII
	inert := true    // the result so far is made of runes that stay in NFC
	dotless := false // the result so far holds a dotless ı
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			fr, _ := foldRune(rune(c))
			if same && fr == rune(c) {
				i++
				continue
			}
			if same {
				same = false
				dst = append(dst, s[:i]...)
			}
			if fr >= 0 {
				dst = append(dst, byte(fr))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if e := tab.info(r); e != nil {
			if e.flags&infoASCII == 0 {
				ascii = false
				inert = inert && e.flags&infoInert != 0
				dotless = dotless || e.flags&infoDotless != 0
			}
			switch {
			case same && e.flags&infoSame != 0:
			case same:
				same = false
				dst = append(dst, s[:i]...)
				fallthrough
			default:
				dst = append(dst, e.fold...)
			}
			i += n
			continue
		}
		if plainRune(r) {
			ascii, inert = false, inert && nfcInert(r)
			if !same {
				dst = append(dst, s[i:i+n]...)
			}
			i += n
			continue
		}
		p := norm.NFKD.PropertiesString(s[i:])
		if dec := p.Decomposition(); dec != nil {
			if same {
				same = false
				dst = append(dst, s[:i]...)
			}
			for k := 0; k < len(dec); {
				r, n := utf8.DecodeRune(dec[k:])
				fr, ok := foldRune(r)
				if !ok || r == utf8.RuneError {
					return slowAppendFold(dst[:mark], s), false
				}
				if fr >= utf8.RuneSelf {
					ascii = false
					inert = inert && nfcInert(fr)
					dotless = dotless || fr == 'ı'
					dst = utf8.AppendRune(dst, fr)
				} else if fr >= 0 {
					dst = append(dst, byte(fr))
				}
				k += n
			}
			i += p.Size()
			continue
		}
		fr, ok := foldRune(r)
		if !ok || r == utf8.RuneError { // U+FFFD may stand for invalid UTF-8
			return slowAppendFold(dst[:mark], s), false
		}
		if fr >= utf8.RuneSelf {
			ascii = false
			inert = inert && nfcInert(fr)
			dotless = dotless || fr == 'ı'
		}
		switch {
		case same && fr == r:
		case same:
			same = false
			dst = append(dst, s[:i]...)
			fallthrough
		default:
			if fr >= 0 {
				dst = utf8.AppendRune(dst, fr)
			}
		}
		i += n
	}
	if ascii {
		return dst, same
	}
	// Canonical composition, which most words do not need. The norm
	// functions get copies, so that dst can stay on the caller's stack.
	switch {
	case inert:
	case same:
		if !norm.NFC.IsNormalString(s) {
			dst = append(dst, norm.NFC.String(s)...)
			same = false
		}
	default:
		if f := string(dst[mark:]); !norm.NFC.IsNormalString(f) {
			dst = append(dst[:mark], norm.NFC.String(f)...)
		}
	}
	// Turkish and Azerbaijani dotless ı is the lower case of I, which
	// case folding maps to i.
	if !dotless {
		return dst, same
	}
	if same {
		dst = append(dst, s...)
	}
	return replaceDotless(dst, mark), false
}

// plainRune reports whether Fold keeps r as it is, whatever surrounds it:
// the Hangul syllables and the unified CJK ideographs, which are letters
// without decomposition or case (TestPlainRune and TestClassifiers check
// every one).
func plainRune(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 || r >= 0x4E00 && r <= 0x9FFF
}

// nfcInert reports whether r is a rune that no canonical composition or
// reordering touches, in any context: a text made of such runes is in NFC.
// These are runes of canonical combining class 0 that do not combine with
// a character before them and that NFC leaves as they are (TestNFCInert
// checks every one). The ranges cover the letters of the common alphabets
// and syllabaries; other runes get the full check.
func nfcInert(r rune) bool {
	switch {
	case r < 0x0300, // Latin
		r >= 0x0388 && r < 0x0483, // Greek, Cyrillic
		r >= 0x0488 && r < 0x0591, // Cyrillic, Armenian
		r >= 0x05C8 && r < 0x0610, // Hebrew letters
		r >= 0x061B && r < 0x064B, // Arabic letters
		r >= 0x0660 && r < 0x0670,
		r >= 0x0671 && r < 0x06D6,
		r >= 0x0900 && r < 0x093C, // Devanagari letters
		r >= 0x093D && r < 0x094D,
		r >= 0x0E01 && r < 0x0E31, // Thai letters
		r >= 0x309B && r < 0xA66F, // kana, CJK ideographs
		r >= 0xABEE && r < 0xD800: // Hangul syllables
		return true
	}
	return false
}

// replaceDotless replaces every dotless ı in b[from:] with i.
func replaceDotless(b []byte, from int) []byte {
	w := from
	for r := from; r < len(b); r++ {
		if b[r] == dotlessI[0] && r+1 < len(b) && b[r+1] == dotlessI[1] {
			b[w] = 'i'
			w++
			r++
			continue
		}
		b[w] = b[r]
		w++
	}
	return b[:w]
}

// dotlessI is the dotless ı, two bytes in UTF-8.
const dotlessI = "ı"

// foldRune returns what Fold makes of a rune of NFKD text: nothing (-1)
// for optional marks, format characters, punctuation and spaces, an ASCII
// digit for a decimal digit of any script, else the rune's case folding.
// It reports false for the few runes whose case folding is not the single
// rune that unicode.ToLower gives (ß, final sigma, Cherokee, old Cyrillic
// forms, ...), which need the case-folding transformer; TestFoldRune checks
// it against golang.org/x/text/cases for every rune.
func foldRune(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		switch {
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A', true
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r, true
		}
	}
	if !keeps(r) {
		return -1, true
	}
	switch {
	case r == 0x00DF, r == 0x0345, r == 0x03C2, r == 0x1E9E,
		r >= 0x13F8 && r <= 0x13FD, r >= 0x1C80 && r <= 0x1C88,
		r >= 0xAB70 && r <= 0xABBF:
		return r, false
	}
	if v, ok := digitValue(r); ok {
		return rune('0' + v), true
	}
	return unicode.ToLower(r), true
}

// slowFold is Fold of NFKD text through the case-folding transformer, for
// text that foldRune cannot fold rune by rune.
func slowFold(d string) string {
	var sb strings.Builder
	sb.Grow(len(d))
	for _, r := range d {
		if !keeps(r) {
			continue
		}
		if v, ok := digitValue(r); ok {
			sb.WriteByte(byte('0' + v))
			continue
		}
		sb.WriteRune(r)
	}
	f := norm.NFC.String(folder.String(sb.String()))
	return strings.ReplaceAll(f, "ı", "i")
}

// slowAppendFold appends the folding of s through the transformers.
func slowAppendFold(dst []byte, s string) []byte {
	return append(dst, slowFold(norm.NFKD.String(s))...)
}

// keeps reports whether Fold keeps r, a rune of NFKD text, in some form:
// it drops optional marks, format characters, punctuation and spaces.
func keeps(r rune) bool {
	if r < utf8.RuneSelf {
		return !asciiDropped(byte(r))
	}
	return !isOptionalMark(r) && !unicode.Is(unicode.Cf, r) && !unicode.IsPunct(r) && !unicode.IsSpace(r)
}

// asciiDropped reports whether Fold drops the ASCII character c:
// punctuation and white space.
func asciiDropped(c byte) bool {
	return unicode.IsPunct(rune(c)) || unicode.IsSpace(rune(c))
}

// foldKeeps reports whether Fold(s) != "", without folding s.
func (t *tokenizer) foldKeeps(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiDropped(c) {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if e := t.tab.info(r); e != nil {
			if e.fold != "" {
				return true
			}
			i += n
			continue
		}
		if plainRune(r) {
			return true
		}
		p := norm.NFKD.PropertiesString(s[i:])
		if dec := p.Decomposition(); dec != nil {
			for k := 0; k < len(dec); {
				r, n := utf8.DecodeRune(dec[k:])
				if keeps(r) {
					return true
				}
				k += n
			}
			i += p.Size()
			continue
		}
		if keeps(r) {
			return true
		}
		i += n
	}
	return false
}

// isPlainASCII reports whether s holds only ASCII letters and digits (and
// apostrophes), for which folding is lower-casing.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; asciiClass[c] == 0 && c != '\'' {
			return false
		}
	}
	return true
}

// appendASCIIFold is appendFold of ASCII letters, digits and apostrophes.
func appendASCIIFold(dst []byte, s string) ([]byte, bool) {
	needs := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c == '\'' {
			needs = true
			break
		}
	}
	if !needs {
		return dst, true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, false
}

// asciiClass classifies the bytes of ASCII letters and digits: classUpper
// for capitals, classOther for small letters and digits, 0 for the rest
// (and for every byte of a multibyte character).
var asciiClass = func() (t [256]uint8) {
	for c := '0'; c <= 'z'; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = classUpper
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			t[c] = classOther
		}
	}
	return t
}()

const (
	classUpper uint8 = 1 << iota
	classOther
)

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isASCIIUpper(c byte) bool {
	return c >= 'A' && c <= 'Z'
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// DigitValue returns the value of a decimal digit of any script (ASCII,
// Arabic-Indic, Devanagari, full-width, ...), and false for other runes.
func DigitValue(r rune) (int, bool) { return Classifier{}.DigitValue(r) }

// digitValue is DigitValue without the table, which is built with it.
func digitValue(r rune) (int, bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if r < utf8.RuneSelf || !unicode.IsDigit(r) {
		return 0, false
	}
	// Unicode allocates decimal digits in contiguous runs from zero to
	// nine, and every range of the Nd table starts at a zero.
	if r <= 0xFFFF {
		rs := unicode.Nd.R16
		i := sort.Search(len(rs), func(i int) bool { return rune(rs[i].Hi) >= r })
		if i < len(rs) && rune(rs[i].Lo) <= r {
			return int(r-rune(rs[i].Lo)) % 10, true
		}
		return 0, false
	}
	rs := unicode.Nd.R32
	i := sort.Search(len(rs), func(i int) bool { return rune(rs[i].Hi) >= r })
	if i < len(rs) && rune(rs[i].Lo) <= r {
		return int(r-rune(rs[i].Lo)) % 10, true
	}
	return 0, false
}

// attaches reports whether r belongs to the character before it: a
// combining mark, a spacing kana voicing mark or an invisible format
// character (soft hyphen, zero-width joiner).
func attaches(r rune) bool {
	switch r {
	case '゛', '゜', 'ﾞ', 'ﾟ':
		return true
	}
	return r >= utf8.RuneSelf && (unicode.IsMark(r) || unicode.Is(unicode.Cf, r))
}

// isFormat reports whether r is an invisible format character (Cf), such as
// a soft hyphen or a zero-width joiner.
func isFormat(r rune) bool {
	return r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r)
}

// IsWordRune reports whether r belongs to a word: a letter, a number or a
// mark. It is faster than asking package unicode for the alphabets most
// news is written in.
func IsWordRune(r rune) bool { return Classifier{}.IsWordRune(r) }

// IsLetter is unicode.IsLetter, faster for the alphabets most news is
// written in.
func IsLetter(r rune) bool { return Classifier{}.IsLetter(r) }

// Classifier answers IsWordRune, IsLetter and DigitValue. One made by
// NewClassifier holds the tables it needs, which saves a little work per
// rune in loops over long texts; the zero value looks them up each time.
type Classifier struct {
	tab *runeTab
}

// NewClassifier returns a Classifier with its tables.
func NewClassifier() Classifier { return Classifier{runeTable()} }

func (c Classifier) table() *runeTab {
	if c.tab != nil {
		return c.tab
	}
	return runeTable()
}

// IsWordRune is the package's IsWordRune.
func (c Classifier) IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	if e := c.table().info(r); e != nil {
		return e.flags&infoWord != 0
	}
	if plainRune(r) {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// IsLetter is the package's IsLetter.
func (c Classifier) IsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	if e := c.table().info(r); e != nil {
		return e.flags&infoLetter != 0
	}
	if plainRune(r) {
		return true
	}
	return unicode.IsLetter(r)
}

// DigitValue is the package's DigitValue.
func (c Classifier) DigitValue(r rune) (int, bool) {
	if r >= utf8.RuneSelf {
		if e := c.table().info(r); e != nil && e.flags&infoDigit == 0 || plainRune(r) {
			return 0, false
		}
	}
	return digitValue(r)
}

// isWordRune reports whether r belongs to a word: a letter, a digit or a
// mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´':
		return true
	}
	return false
}

// spaceless are the scripts written without spaces between words.
var spaceless = []*unicode.RangeTable{
	unicode.Han, unicode.Hiragana, unicode.Katakana,
	unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar,
}

// IsSpaceless reports whether r is a letter of a script written without
// spaces between words.
func IsSpaceless(r rune) bool { return isSpaceless(r) }

func isSpaceless(r rune) bool {
	switch {
	case r < 0x0E00, r >= 0xAC00 && r <= 0xD7A3: // Hangul syllables
		return false
	case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs
		return true
	}
	switch r {
	case 'ー', '〆', 'ｰ': // prolonged sound mark, closing mark
		return true
	}
	if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
		return false
	}
	if unicode.IsDigit(r) {
		// Thai, Lao, Khmer and Myanmar digits make numbers, not
		// syllables.
		return false
	}
	return unicode.IsOneOf(spaceless, r)
}

// mayBeDense reports whether r may be a rune of isDense: no rune from
// U+3000 (CJK symbols, kana, ideographs, Hangul) to U+A9DF is.
func mayBeDense(r rune) bool {
	return r < 0x3000 || r >= 0xA9E0
}

// isDense reports whether r belongs to a spaceless script whose words are
// long in characters (Thai, Lao, Khmer, Myanmar).
func isDense(r rune) bool {
	return unicode.Is(unicode.Thai, r) || unicode.Is(unicode.Lao, r) ||
		unicode.Is(unicode.Khmer, r) || unicode.Is(unicode.Myanmar, r)
}

// isOptionalMark reports whether r is a combining mark that readers treat as
// optional when matching: accents on Latin, Greek and Cyrillic letters and
// the vowel points of Arabic and Hebrew. Marks that are part of a letter in
// Indic, Southeast Asian and Japanese writing are kept.
func isOptionalMark(r rune) bool {
	switch {
	case r >= 0x0300 && r <= 0x036F, // combining diacritical marks
		r >= 0x1AB0 && r <= 0x1AFF,
		r >= 0x1DC0 && r <= 0x1DFF,
		r >= 0x20D0 && r <= 0x20FF,
		r >= 0xFE20 && r <= 0xFE2F,
		r >= 0x0591 && r <= 0x05C7 && unicode.IsMark(r), // Hebrew points
		r >= 0x064B && r <= 0x065F, r == 0x0670,         // Arabic harakat
		r == 0x0640: // Arabic tatweel
		return true
	}
	return false
}
