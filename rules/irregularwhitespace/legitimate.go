package irregularwhitespace

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// legitimate reports whether the white-space character c, found alone
// between before and after (the text of its line on either side, neither
// empty), is typography that belongs there rather than a plain space gone
// wrong. Bound holds further words, in lower case, after which a no-break
// space is accepted.
func legitimate(c rune, before, after string, bound map[string]bool) bool {
	p, _ := utf8.DecodeLastRuneInString(before)
	n, _ := utf8.DecodeRuneInString(after)
	switch c {
	case '\u3000': // IDEOGRAPHIC SPACE: the space of Chinese, Japanese and Korean text
		return isCJK(p) || isCJK(n)
	case '\u1680': // OGHAM SPACE MARK: the word separator of Ogham
		return unicode.Is(unicode.Ogham, p) || unicode.Is(unicode.Ogham, n)
	case '\u2007': // FIGURE SPACE: as wide as a digit, for aligning and grouping digits
		return unicode.IsDigit(p) && unicode.IsDigit(n)
	case '\u200A': // HAIR SPACE: around dashes and before French punctuation
		return isDash(p) || isDash(n) || frenchSpacing(p, n)
	case '\u00A0', '\u202F', '\u2009': // NO-BREAK, NARROW NO-BREAK and THIN SPACE
		return noBreak(p, n, before, after, bound)
	}
	return false
}

// noBreak reports whether a no-break or thin space between the characters
// p and n (ending before and starting after) keeps together what typography
// keeps together.
func noBreak(p, n rune, before, after string, bound map[string]bool) bool {
	switch {
	case unicode.IsDigit(p) || unicode.IsDigit(n):
		// Digit groups (10 000), a number and its unit or what it
		// counts (5 km, 2006 г., 7 Meitheamh, 14 h), a word and its
		// number (page 12, No. 5, Windows 11, March 2015).
		return true
	case frenchSpacing(p, n):
		return true
	case isDash(p) || isDash(n):
		// A dash is kept on the line of the word before it, and a
		// dash that opens a quotation with the word after it.
		return true
	case unicode.Is(unicode.Sc, p) || unicode.Is(unicode.Sc, n):
		// A currency sign and its amount (€ 5, 5 €, US$ 3).
		return true
	case p == '§' || p == '¶':
		return true
	case p == '.':
		return abbreviation(strings.TrimSuffix(before, "."))
	case isRomanNumeral(after):
		// A name and its ordinal (Louis XIV, World War II).
		return true
	}
	if shortWord(before) {
		return true
	}
	w, whole := lastWord(before)
	return whole && bound[strings.ToLower(w)]
}

// frenchSpacing reports whether a space between p and n is the space French
// typography puts before the high punctuation marks and inside guillemets:
// « Bonjour ! », 20 %.
func frenchSpacing(p, n rune) bool {
	return strings.ContainsRune(":;!?»›%‰", n) || strings.ContainsRune("«‹", p) ||
		strings.ContainsRune("«‹", n) || strings.ContainsRune("»›", p)
}

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '―':
		return true
	}
	return false
}

// isCJK reports whether r is written in a script, or is punctuation of a
// script, that uses the ideographic space.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo) ||
		r >= 0x3000 && r <= 0x303F || // CJK symbols and punctuation
		r >= 0xFF00 && r <= 0xFFEF // half-width and full-width forms
}

// alphabetic reports whether r is a letter of an alphabet that separates
// words with spaces and whose typography binds short words and
// abbreviations to the next word: Latin, Cyrillic and Greek.
func alphabetic(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
}

// lastWord returns the letters (with their combining marks) at the end of
// s, and whether they are preceded by the start of s or a character that is
// not a letter, mark or digit.
func lastWord(s string) (word string, whole bool) {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		i -= n
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsDigit(r) {
			return s[i:], false
		}
	}
	return s[i:], true
}

// letters counts the letters of an alphabetic word, or returns -1 when the
// word is not alphabetic.
func letters(word string) int {
	n := 0
	for _, r := range word {
		switch {
		case unicode.IsMark(r):
		case alphabetic(r):
			n++
		default:
			return -1
		}
	}
	return n
}

// shortWord reports whether before ends with a word of one or two letters:
// a preposition, conjunction or title that Polish, Czech, Slovak, Russian and
// other typographies bind to the next word (w domu, a to, на работу, Mr
// Smith).
func shortWord(before string) bool {
	w, whole := lastWord(before)
	n := letters(w)
	return whole && n >= 1 && n <= 2
}

// abbreviation reports whether the text before a full stop ends with an
// abbreviation or an ordinal number, which is bound to what follows: an
// initial (J. Smith), a short abbreviation (z. B., Mr. Smith, Nr. 5, ca. 3), a
// capitalized one of up to four letters (Prof. Weber, Gen. Miller), or a
// number (1. janvārī, 2004. gada).
func abbreviation(before string) bool {
	if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsDigit(r) {
		return true
	}
	w, whole := lastWord(before)
	n := letters(w)
	if !whole || n < 1 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	return n <= 3 || n <= 4 && unicode.IsUpper(first)
}

// isRomanNumeral reports whether s starts with a Roman numeral written in
// capitals and standing as a word of its own.
func isRomanNumeral(s string) bool {
	i := 0
	for i < len(s) && strings.IndexByte("IVXLCDM", s[i]) >= 0 {
		i++
	}
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
