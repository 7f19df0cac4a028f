package misdecode

import (
	"unicode"
)

// class is the role of a character in judging how plausible a sequence of
// characters is, in the manner of ftfy's badness heuristic.
type class uint8

const (
	classOther   class = iota
	classSpace         // white space, including the no-break space
	classLower         // a lowercase letter
	classUpper         // an uppercase or titlecase letter
	classUncased       // a letter without case: CJK, Arabic, Hebrew, Thai, ...
	classMark          // a combining mark
	classDigit         // an ASCII digit
	classPunct         // punctuation that sits next to letters: . , ; ' ’ ( -
	classClosing       // closing quotes, dashes and dots: ” » › … – — •
	classOpening       // opening quotes: « “ „ ‚ ‹
	classSymbol        // symbols, currency, superscripts, fractions, ordinals
	classBad           // characters that are almost only seen in mojibake
	classControl       // controls, U+FFFD, private use, unassigned characters
)

// classOf returns the class of r.
func classOf(r rune) class {
	if r < 0x80 {
		switch {
		case 'a' <= r && r <= 'z':
			return classLower
		case 'A' <= r && r <= 'Z':
			return classUpper
		case '0' <= r && r <= '9':
			return classDigit
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			return classSpace
		case r < 0x20 || r == 0x7F:
			return classControl
		}
		return classPunct
	}
	switch r {
	case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\u3000':
		return classSpace
	case softHyphen:
		// A soft hyphen is invisible; at a hyphenation point it is
		// harmless (weirdness skips it there), but a Latin-1 reading of
		// UTF-8 puts it right after a lead letter.
		return classBad
	case 'ª', 'º', 'µ', '°', '¹', '²', '³', '¼', '½', '¾', '×', '÷', '¡', '¿', '©', '®', '™', '§', '¶', '·', '±', '€', '£', '¥', '¢', '√', '∂', '∆', '∏', '∑', 'π', '∫', 'Ω', '≈', '≠', '≤', '≥', '∞', '№':
		return classSymbol
	case '¦', '¤', '¨', '¯', '¸', '´', '¬', 'ƒ', 'ˆ', 'ˇ', '˘', '˙', '˚', '˛', '˜', '˝', '†', '‡', '‰', '◊', '⁄', '\uF8FF', '\uFFFD', 'ﬁ', 'ﬂ':
		return classBad
	case '”', '»', '›', '…', '–', '—', '•':
		return classClosing
	case '„', '“', '‚', '‹', '«':
		return classOpening
	case '‘', '’':
		return classPunct
	}
	switch {
	case r <= 0x9F:
		return classControl
	case r >= 0x2500 && r <= 0x259F: // box drawing and block elements
		return classBad
	case unicode.IsLower(r):
		return classLower
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return classUpper
	case unicode.IsLetter(r):
		return classUncased
	case unicode.IsMark(r):
		return classMark
	case unicode.IsSpace(r):
		return classSpace
	case unicode.IsPunct(r):
		return classPunct
	case unicode.IsSymbol(r) || unicode.IsNumber(r):
		return classSymbol
	case unicode.Is(unicode.Cf, r):
		return classOther
	}
	return classControl
}

func (c class) letter() bool { return c == classLower || c == classUpper || c == classUncased }

func (c class) symbolic() bool { return c == classSymbol || c == classBad }

// leadLetter reports whether r is the reading of a UTF-8 lead byte for the
// Latin-1 range and Latin Extended-A: Â (C2) for U+0080-U+00BF and Ã (C3)
// for U+00C0-U+00FF in Windows-1252; ¬, √, ƒ and ≈ (C2-C5) in Mac Roman. Glued to anything but an ASCII
// letter, or after anything but a capital or a space, they are nearly
// always mojibake.
func leadLetter(r rune) bool {
	switch r {
	case 'Â', 'Ã', '¬', '√', 'ƒ', '≈':
		return true
	}
	return false
}

// w1252Letter reports whether r is one of the letters Windows-1252 has in
// 0x80-0x9F, which in UTF-8 read as Windows-1252 follow a Latin capital:
// "ÃŸ" for ß, "ÅŸ" for ş.
func w1252Letter(r rune) bool {
	switch r {
	case 'Š', 'Œ', 'Ž', 'š', 'œ', 'ž', 'Ÿ', 'ƒ':
		return true
	}
	return false
}

// softHyphen is U+00AD SOFT HYPHEN, byte 0xAD in Windows-1252, Latin-1 and
// Windows-1251: the continuation byte of UTF-8 sequences such as C3 AD (í).
const softHyphen = '\u00AD'

// hyphenationPoint reports whether rs[k] is a soft hyphen where hyphenated
// text puts one: between two letters of one word and one script, as in
// German "Not\u00adfall" and "Ä\u00adrger", Danish "DÅ\u00adRLIG" or
// Icelandic "GUÐ\u00adRÚN". Two readings of the letter before it
// are not, because they are the marks of a UTF-8 lead byte rather than of
// a word: a capital after a lowercase letter ("polÃ\u00adtica" for
// "política", "aÅ\u00adto" for "aŭto"), and "Â" or "Ã", the lead bytes of
// the Latin-1 range, before a lowercase letter ("Ã\u00adndice" for
// "índice"), which no word has.
func hyphenationPoint(rs []rune, k int) bool {
	if k < 1 || k+1 >= len(rs) || rs[k] != softHyphen {
		return false
	}
	l, n := rs[k-1], rs[k+1]
	cl, cn := classOf(l), classOf(n)
	if !cl.letter() || !cn.letter() || scriptOf(l) != scriptOf(n) {
		return false
	}
	if cl == classUpper && k >= 2 && classOf(rs[k-2]) == classLower {
		return false
	}
	return cn != classLower || l != 'Â' && l != 'Ã'
}

// hasHyphenationPoint reports whether rs holds a soft hyphen at a
// hyphenation point.
func hasHyphenationPoint(rs []rune) bool {
	for k := range rs {
		if hyphenationPoint(rs, k) {
			return true
		}
	}
	return false
}

// withoutHyphenationPoints returns rs without its soft hyphens at
// hyphenation points, which are neither weird nor part of the word's
// letters for judging it: "DÅ\u00adRLIG" is judged as "DÅRLIG".
func withoutHyphenationPoints(rs []rune) []rune {
	if !hasHyphenationPoint(rs) {
		return rs
	}
	out := make([]rune, 0, len(rs))
	for k, r := range rs {
		if !hyphenationPoint(rs, k) {
			out = append(out, r)
		}
	}
	return out
}

// weirdness counts the implausible character sequences in rs: the higher,
// the more rs looks like mojibake. The first and last runes are usually
// the context around a candidate run. Soft hyphens at hyphenation points
// do not count.
func weirdness(rs []rune) int {
	rs = withoutHyphenationPoints(rs)
	w := 0
	prev := classSpace
	prevRune := ' '
	for i, r := range rs {
		c := classOf(r)
		switch c {
		case classControl:
			w += 2
		case classBad:
			w++
		}
		switch {
		case prev.letter() && c.symbolic(),
			prev.symbolic() && c.letter(),
			prev.symbolic() && c.symbolic():
			w++
		case prev == classLower && c == classUpper && r >= 0x80:
			w++
		case prev == classUpper && prevRune >= 0x80 && c == classLower && r >= 0x80 && isLatin(r) && isLatin(prevRune):
			// "Äô", "Ãœ": an accented capital followed by an accented
			// small letter is rare in any Latin-script language.
			w++
		case prev.letter() && c == classClosing && i+1 < len(rs) && classOf(rs[i+1]).letter():
			// A closing quote or dash glued between two letters.
			w++
		}
		switch {
		case prev.letter() && (r == '‚' || r == '„'),
			prevRune == 'â' && r == '€', prevRune == 'в' && r == 'Ђ', prevRune == '‚' && r == 'Ä':
			// A low quotation mark glued after a letter, which in
			// Mac Roman reads the UTF-8 lead bytes E2 and E3; the
			// readings of E2 80 (U+2000-U+203F, general punctuation)
			// in Windows-1252, Windows-1251 and Mac Roman.
			w++
		}
		if leadLetter(prevRune) && r >= 0x80 {
			w++
			if r == '\u00A0' || c == classOpening {
				// "Ã\u00a0" for à, "Â«" for «: no word ends in Â or
				// Ã before these.
				w++
			}
		}
		if leadLetter(r) && (prev == classPunct || prev == classClosing || prev == classOpening || prev == classDigit || prev.symbolic()) {
			w++
		}
		if prev == classUpper && prevRune >= 0x80 && isLatin(prevRune) &&
			(w1252Letter(r) || !leadLetter(prevRune) && (c == classClosing || c == classOpening || r == '’')) {
			// "ÅŸ" for ş, "Ä…" for ą, "Ä—" for ė: a Latin capital
			// glued to a Windows-1252 letter or punctuation.
			w++
		}
		if (prev.letter() || prev == classClosing || prev == classOpening) &&
			(c == classClosing || c == classOpening || c == classPunct && r >= 0x80) &&
			i+1 < len(rs) && (classOf(rs[i+1]).symbolic() || classOf(rs[i+1]) == classClosing || classOf(rs[i+1]) == classOpening) {
			// "â‚¬" for €: punctuation between a letter and a symbol.
			w++
		}
		prev, prevRune = c, r
	}
	return w
}

func isLatin(r rune) bool { return unicode.Is(unicode.Latin, r) }

// script groups for the one-script-per-word check.
type script uint8

const (
	scriptNone script = iota // digits, punctuation, symbols, marks
	scriptLatin
	scriptGreek
	scriptCyrillic
	scriptArmenian
	scriptHebrew
	scriptArabic
	scriptCJK // Han, kana, Hangul and Bopomofo mix within a word
	scriptOther
)

var scriptTables = []struct {
	s script
	t *unicode.RangeTable
}{
	{scriptLatin, unicode.Latin},
	{scriptCyrillic, unicode.Cyrillic},
	{scriptGreek, unicode.Greek},
	{scriptCJK, unicode.Han},
	{scriptCJK, unicode.Hiragana},
	{scriptCJK, unicode.Katakana},
	{scriptCJK, unicode.Hangul},
	{scriptCJK, unicode.Bopomofo},
	{scriptArabic, unicode.Arabic},
	{scriptHebrew, unicode.Hebrew},
	{scriptArmenian, unicode.Armenian},
}

// scriptOf returns the script group of a letter, or scriptNone for
// anything else.
func scriptOf(r rune) script {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return scriptLatin
		}
		return scriptNone
	}
	if !unicode.IsLetter(r) || unicode.Is(unicode.Common, r) || unicode.Is(unicode.Inherited, r) {
		return scriptNone
	}
	switch r {
	case 'ª', 'º', 'µ':
		return scriptNone
	}
	for _, st := range scriptTables {
		if unicode.Is(st.t, r) {
			return st.s
		}
	}
	return scriptOther
}

// inRanges reports whether r lies in one of the inclusive ranges.
func inRanges(r rune, ranges [][2]rune) bool {
	for _, rg := range ranges {
		if rg[0] <= r && r <= rg[1] {
			return true
		}
	}
	return false
}

// latinRanges are the characters a mis-decoded Latin-script text holds:
// Latin-1 letters and signs, Latin Extended-A and -B, combining accents
// (decomposed text), Vietnamese, and general punctuation, currency,
// letter-like and number signs, arrows and common mathematical operators.
var latinRanges = [][2]rune{
	{0x00A0, 0x024F},
	{0x02BB, 0x02BC}, // modifier apostrophes
	{0x0300, 0x036F},
	{0x1E00, 0x1EFF},
	{0x2000, 0x2064},
	{0x20A0, 0x20C0},
	{0x2100, 0x215F},
	{0x2190, 0x21FF},
	{0x2200, 0x22FF},
}

// wideRanges are further scripts and signs that UTF-8 text read as
// Windows-1252 or Latin-1 turns into mojibake: Greek, Cyrillic, Hebrew,
// Arabic, Indic scripts, Thai, CJK, Hangul, common symbols and emoji.
var wideRanges = [][2]rune{
	{0x0370, 0x03FF},
	{0x0400, 0x045F},
	{0x0490, 0x04FF},
	{0x0531, 0x058A},
	{0x0591, 0x05F4},
	{0x0600, 0x06FF},
	{0x0900, 0x0DFF},
	{0x0E00, 0x0E7F},
	{0x1100, 0x11FF},
	{0x1F00, 0x1FFF},
	{0x2460, 0x24FF},
	{0x25A0, 0x27BF},
	{0x2E80, 0x2FDF},
	{0x3000, 0x30FF},
	{0x3130, 0x318F},
	{0x3400, 0x4DBF},
	{0x4E00, 0x9FFF},
	{0xAC00, 0xD7A3},
	{0xFE0F, 0xFE0F},
	{0xFB00, 0xFDFF},
	{0xFE30, 0xFEFC},
	{0xFF01, 0xFFEF},
	{0x1F000, 0x1FAFF},
}

// plausibleLatin1 accepts the repairs of UTF-8 read as Windows-1252 or
// Latin-1: any of the common scripts and signs.
func plausibleLatin1(r rune) bool {
	return assigned(r) && (inRanges(r, latinRanges) || inRanges(r, wideRanges))
}

// macRomanRanges are the repairs of UTF-8 read as Mac Roman, which in
// practice happens to Latin-script text: Latin-1 and Latin Extended-A
// letters, the Latin Extended-B letters of Romanian and Vietnamese,
// combining accents, Vietnamese, punctuation, currency and letter-like
// signs, and emoji; not the rest of Latin Extended-B, IPA or the
// mathematical signs that Mac Roman itself is full of, which correct text
// such as "«É" would otherwise turn into.
var macRomanRanges = [][2]rune{
	{0x00A0, 0x017F},
	{0x01A0, 0x01B0},
	{0x0218, 0x021B},
	{0x0300, 0x036F},
	{0x1E00, 0x1EFF},
	{0x2000, 0x2064},
	{0x20A0, 0x20C0},
	{0x2100, 0x215F},
	{0x1F300, 0x1FAFF},
}

func plausibleMacRoman(r rune) bool {
	return assigned(r) && inRanges(r, macRomanRanges)
}

// cyrillicRanges are the repairs of UTF-8 read as Windows-1251: Cyrillic
// text with its punctuation and signs.
var cyrillicRanges = [][2]rune{
	{0x00A0, 0x00FF},
	{0x0401, 0x045F},
	{0x0490, 0x0491},
	{0x2010, 0x2026},
	{0x2030, 0x203A},
	{0x20AC, 0x20AC},
	{0x2116, 0x2116},
	{0x2122, 0x2122},
}

func plausibleCyrillic(r rune) bool {
	return inRanges(r, cyrillicRanges) && r != 0x00D7 && r != 0x00F7
}

// assigned reports whether r is an assigned, visible or formatting
// character: not a control, surrogate, private-use or unassigned code
// point.
func assigned(r rune) bool {
	if r <= 0x9F || r == 0xFFFD {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs, unicode.Cf)
}
