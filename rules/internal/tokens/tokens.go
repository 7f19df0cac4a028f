// Package tokens splits prose into normalized tokens for matching: rules
// that compare texts (a paragraph with the headline, a paragraph with an
// earlier one) compare token sequences instead of raw strings, so that case,
// accents, punctuation, quotation-mark style, full-width forms and the digits
// of other scripts do not hide a repetition.
//
// Normalization is for matching only: tokens carry the byte range of the
// text they come from, and rules report and edit the original text.
//
// Scripts written with spaces between words (Latin, Cyrillic, Greek, Arabic,
// Hebrew, Devanagari, Hangul, ...) give one token per word. Scripts written
// without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) give
// overlapping character bigrams, the usual stand-in for words when no word
// segmenter is at hand.
package tokens

import (
	"sort"
	"strings"
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
	var toks []Token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpaceless(r):
			end := i + n
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if !isSpaceless(r2) && !attaches(r2) {
					break
				}
				end += n2
			}
			toks = appendGrams(toks, s, i, end)
			i = end
		case isWordRune(r):
			end := i + n
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if isWordRune(r2) && !isSpaceless(r2) || unicode.Is(unicode.Cf, r2) {
					end += n2
					continue
				}
				// An apostrophe between two letters belongs to the
				// word ("didn't", "l’homme"), whatever its style.
				if isApostrophe(r2) && end+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[end+n2:])
					if unicode.IsLetter(r3) && !isSpaceless(r3) {
						end += n2
						continue
					}
				}
				break
			}
			if t := Fold(s[i:end]); t != "" {
				toks = append(toks, Token{Text: t, Start: i, End: end, Kind: Word})
			}
			i = end
		default:
			i += n
		}
	}
	return toks
}

// appendGrams appends the character bigrams of the spaceless run s[start:end].
func appendGrams(toks []Token, s string, start, end int) []Token {
	type unit struct {
		text       string
		start, end int
	}
	var units []unit
	dense := false
	for i := start; i < end; {
		_, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		// Combining marks stay with their base character.
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !attaches(r2) {
				break
			}
			j += n2
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if isDense(r) {
			dense = true
		}
		if t := Fold(s[i:j]); t != "" {
			units = append(units, unit{t, i, j})
		}
		i = j
	}
	if len(units) == 1 {
		return append(toks, Token{Text: units[0].text, Start: units[0].start, End: units[0].end, Kind: Gram, Dense: dense})
	}
	for k := 0; k+1 < len(units); k++ {
		toks = append(toks, Token{
			Text:  units[k].text + units[k+1].text,
			Start: units[k].start,
			End:   units[k+1].end,
			Kind:  Gram,
			Dense: dense,
		})
	}
	return toks
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

// Fold normalizes s for matching: compatibility decomposition (full-width
// and other variant forms become plain ones), accents and other optional
// marks removed (Latin, Greek and Cyrillic diacritics, Arabic and Hebrew
// vowel points), invisible format characters removed, decimal digits of
// every script turned into ASCII digits, Unicode case folding, then
// canonical composition; the dotless ı becomes i, so that Turkish text
// matches its upper case. Apostrophes and other punctuation inside s are
// removed.
func Fold(s string) string {
	if isPlainASCII(s) {
		return asciiFold(s)
	}
	// Most words fold rune by rune, from each rune's compatibility
	// decomposition, without the transformers. buf holds the result, or
	// stays empty while the result is s itself.
	var stack [64]byte
	buf := stack[:0]
	same := true  // the result so far is s[:i]
	ascii := true // the result so far is ASCII
	// The rune-by-rune decomposition skips the canonical reordering of
	// marks, which the final composition does.
	// add appends the folding of r, a rune of the decomposition of
	// s[i:], to the result; it reports false when r needs the
	// transformers.
	add := func(i int, r rune, decomposed bool) bool {
		fr, ok := foldRune(r)
		if !ok || r == utf8.RuneError {
			return false // U+FFFD may stand for invalid UTF-8
		}
		ascii = ascii && fr < utf8.RuneSelf
		if same && !decomposed && fr == r {
			return true
		}
		if same {
			same = false
			buf = append(buf, s[:i]...)
		}
		if fr >= 0 {
			buf = utf8.AppendRune(buf, fr)
		}
		return true
	}
	for i := 0; i < len(s); {
		p := norm.NFKD.PropertiesString(s[i:])
		dec := p.Decomposition()
		if dec == nil {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !add(i, r, false) {
				return slowFold(norm.NFKD.String(s))
			}
			i += n
			continue
		}
		for k := 0; k < len(dec); {
			r, n := utf8.DecodeRune(dec[k:])
			if !add(i, r, true) {
				return slowFold(norm.NFKD.String(s))
			}
			k += n
		}
		i += p.Size()
	}
	f := s
	if !same {
		f = string(buf)
	}
	if ascii {
		return f
	}
	f = norm.NFC.String(f)
	// Turkish and Azerbaijani dotless ı is the lower case of I, which
	// case folding maps to i.
	return strings.ReplaceAll(f, "ı", "i")
}

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
	switch {
	case isOptionalMark(r), unicode.Is(unicode.Cf, r), unicode.IsPunct(r), unicode.IsSpace(r):
		return -1, true
	case r == 0x00DF, r == 0x0345, r == 0x03C2, r == 0x1E9E,
		r >= 0x13F8 && r <= 0x13FD, r >= 0x1C80 && r <= 0x1C88,
		r >= 0xAB70 && r <= 0xABBF:
		return r, false
	}
	if v, ok := DigitValue(r); ok {
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
		switch {
		case isOptionalMark(r), unicode.Is(unicode.Cf, r), unicode.IsPunct(r), unicode.IsSpace(r):
			continue
		}
		if v, ok := DigitValue(r); ok {
			sb.WriteByte(byte('0' + v))
			continue
		}
		sb.WriteRune(r)
	}
	f := norm.NFC.String(folder.String(sb.String()))
	return strings.ReplaceAll(f, "ı", "i")
}

// isPlainASCII reports whether s holds only ASCII letters and digits (and
// apostrophes), for which folding is lower-casing.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if !alnum && c != '\'' {
			return false
		}
	}
	return true
}

func asciiFold(s string) string {
	needs := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c == '\'' {
			needs = true
			break
		}
	}
	if !needs {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// DigitValue returns the value of a decimal digit of any script (ASCII,
// Arabic-Indic, Devanagari, full-width, ...), and false for other runes.
func DigitValue(r rune) (int, bool) {
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
	return unicode.IsMark(r) || unicode.Is(unicode.Cf, r)
}

// isWordRune reports whether r belongs to a word: a letter, a digit or a
// mark.
func isWordRune(r rune) bool {
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
	if r < 0x0E00 {
		return false
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
