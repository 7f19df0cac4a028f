package invisiblecharacter

import (
	"fmt"
	"unicode"

	"github.com/newslint/newslint/lint/article"
)

// Characters with a role of their own in this rule.
const (
	softHyphen      = '\u00AD'
	cgj             = '\u034F' // COMBINING GRAPHEME JOINER
	zwsp            = '\u200B'
	zwnj            = '\u200C'
	zwj             = '\u200D'
	byteOrderMark   = '\uFEFF'
	mongolianVowel  = '\u180E' // MONGOLIAN VOWEL SEPARATOR
	blackFlag       = '\U0001F3F4'
	tagFirst        = '\U000E0020'
	tagLast         = '\U000E007F' // CANCEL TAG
	emojiModFirst   = '\U0001F3FB'
	emojiModLast    = '\U0001F3FF'
	hangulChoFiller = '\u115F'
	hangulJungFill  = '\u1160'
)

// isBidiControl reports whether r is a directional formatting character,
// which the bidi-control rule reports.
func isBidiControl(r rune) bool {
	switch {
	case r == '\u061C', r == '\u200E', r == '\u200F':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// isC1 reports whether r is a C1 control character.
func isC1(r rune) bool { return r >= 0x80 && r <= 0x9F }

// isCandidate reports whether r is a character this rule looks at at all:
// control characters other than tab and line breaks, the line and paragraph
// separators, format characters and the other default-ignorable code
// points, apart from bidi controls and the visible format characters
// (Arabic number signs, Egyptian hieroglyph controls).
func isCandidate(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7F:
		// Tab and line breaks are layout; vertical tab and form feed
		// count as white space in the article model and are left to the
		// white-space rules.
		return r != '\t' && r != '\n' && r != '\r' && !article.IsSpace(r)
	case r < 0xA0:
		return isC1(r)
	case isBidiControl(r):
		return false
	case isSeparator(r):
		return true
	case unicode.Is(unicode.Cf, r):
		// Prepended concatenation marks (U+0600 ARABIC NUMBER SIGN...)
		// and Egyptian hieroglyph format controls are visible or
		// structural.
		return !unicode.Is(unicode.Prepended_Concatenation_Mark, r) && !isEgyptianFormat(r)
	}
	return unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
		unicode.Is(unicode.Variation_Selector, r)
}

// isEgyptianFormat reports whether r is one of the Egyptian hieroglyph
// format controls, which arrange hieroglyphs into groups.
func isEgyptianFormat(r rune) bool { return r >= 0x13430 && r <= 0x1345F }

// joiningScripts are the scripts in which zero width joiners and
// non-joiners choose letter forms: cursive scripts (Arabic, including
// Persian and Urdu, Syriac, N'Ko...) and Brahmic scripts, where they select
// conjunct and half forms.
var joiningScripts = []*unicode.RangeTable{
	unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko, unicode.Mandaic,
	unicode.Mongolian, unicode.Phags_Pa, unicode.Manichaean, unicode.Psalter_Pahlavi,
	unicode.Hanifi_Rohingya, unicode.Sogdian, unicode.Old_Uyghur, unicode.Adlam,
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati,
	unicode.Oriya, unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam,
	unicode.Sinhala, unicode.Tibetan, unicode.Myanmar, unicode.Khmer, unicode.Tai_Tham,
	unicode.Balinese, unicode.Javanese, unicode.Sundanese, unicode.Batak, unicode.Lepcha,
	unicode.Limbu, unicode.Chakma, unicode.Sharada, unicode.Takri, unicode.Tirhuta,
	unicode.Grantha, unicode.Newa, unicode.Kaithi, unicode.Brahmi, unicode.Dives_Akuru,
	unicode.Nandinagari, unicode.Siddham, unicode.Modi, unicode.Khojki, unicode.Mahajani,
	unicode.Meetei_Mayek, unicode.Saurashtra, unicode.Syloti_Nagri, unicode.Tai_Viet,
}

// unspacedScripts are scripts written without spaces between words, where a
// zero width space marks word boundaries for line breaking.
var unspacedScripts = []*unicode.RangeTable{
	unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tai_Tham,
	unicode.New_Tai_Lue, unicode.Tai_Viet, unicode.Tai_Le, unicode.Balinese,
	unicode.Javanese, unicode.Tibetan,
}

// plainLetterScripts are alphabetic scripts without standardized variation
// sequences: a variation selector after one of their letters selects
// nothing.
var plainLetterScripts = []*unicode.RangeTable{
	unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Georgian,
	unicode.Hebrew, unicode.Arabic,
}

// isEmojiPart reports whether r can end the part of an emoji ZWJ sequence
// before a joiner: a pictograph, an emoji presentation selector or a skin
// tone modifier.
func isEmojiPart(r rune) bool {
	return unicode.Is(extendedPictographic, r) || r == '\uFE0F' ||
		r >= emojiModFirst && r <= emojiModLast
}

func isHangulJamo(r rune) bool {
	return r >= 0x1100 && r <= 0x11FF || r >= 0xA960 && r <= 0xA97F || r >= 0xD7B0 && r <= 0xD7FF
}

func isTag(r rune) bool { return r >= tagFirst && r <= tagLast }

// legitimate reports whether the candidate r, between the characters prev
// and next (-1 at the edges of the prose range), serves the script or emoji
// sequence it sits in.
func legitimate(r, prev, next rune) bool {
	switch {
	case r == zwj || r == zwnj:
		if unicode.In(prev, joiningScripts...) || unicode.In(next, joiningScripts...) {
			return true
		}
		return r == zwj && (isEmojiPart(prev) || unicode.Is(extendedPictographic, next))
	case r == zwsp:
		return unicode.In(prev, unspacedScripts...) && unicode.In(next, unspacedScripts...)
	case r == cgj:
		return isWordChar(prev) && isWordChar(next)
	case r == mongolianVowel:
		return unicode.Is(unicode.Mongolian, prev) || unicode.Is(unicode.Mongolian, next)
	case r >= '\u180B' && r <= '\u180F':
		// Mongolian free variation selectors.
		return unicode.Is(unicode.Mongolian, prev)
	case r == hangulChoFiller || r == hangulJungFill:
		return isHangulJamo(prev) || isHangulJamo(next)
	case isTag(r):
		// Emoji tag sequences: the subdivision flags (U+1F3F4 followed
		// by tag letters and U+E007F CANCEL TAG).
		return prev == blackFlag || isTag(prev) && prev != tagLast
	case unicode.Is(unicode.Variation_Selector, r):
		return variationBase(prev)
	}
	return false
}

// variationBase reports whether a variation selector after r can select a
// variant of it: emoji and other symbols, digits and "#" or "*" (keycaps),
// Han ideographs and the letters of scripts with standardized variation
// sequences.
func variationBase(r rune) bool {
	switch {
	case r < 0, article.IsSpace(r), unicode.IsSpace(r):
		return false
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Variation_Selector, r):
		return false
	case unicode.IsLetter(r) && unicode.In(r, plainLetterScripts...):
		return false
	}
	return true
}

func isWordChar(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) || unicode.IsMark(r))
}

// describe names a character for a message: "control character U+0008
// BACKSPACE" or "invisible character U+200B ZERO WIDTH SPACE".
func describe(r rune) string {
	if name, ok := controlName(r); ok {
		return fmt.Sprintf("control character U+%04X %s", r, name)
	}
	return "invisible character " + nameOf(r)
}

func isVariationSelector(r rune) bool { return unicode.Is(unicode.Variation_Selector, r) }

// candidates holds which characters of the Basic Multilingual Plane are
// candidates (isCandidate), one bit each. It is built once by
// newCandidates and only read afterwards.
type candidates [0x10000 / 64]uint64

// newCandidates builds the candidates of the Basic Multilingual Plane. Every
// candidate from U+00A0 on is a format character, a default-ignorable code
// point, a variation selector or a separator, so only those are tested.
func newCandidates() *candidates {
	c := new(candidates)
	add := func(r rune) {
		if r < 0x10000 && isCandidate(r) {
			c[r/64] |= 1 << (r % 64)
		}
	}
	for r := rune(0); r < 0xA0; r++ {
		add(r)
	}
	add(lineSeparator)
	add(paragraphSeparator)
	for _, rt := range []*unicode.RangeTable{unicode.Cf, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector} {
		for _, rg := range rt.R16 {
			for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
				add(r)
			}
		}
	}
	return c
}

// has reports whether r is a candidate (isCandidate).
func (c *candidates) has(r rune) bool {
	if uint32(r) < 0x10000 {
		return c.bmp(r)
	}
	return isCandidate(r)
}

// bmp reports whether r, which must be below U+10000, is a candidate.
func (c *candidates) bmp(r rune) bool {
	return c[uint16(r)>>6]>>(r&63)&1 != 0
}
