package mixedscriptword

import (
	"math/bits"
	"unicode"
)

// The character classes of the word scan: a bit for each script whose cased
// letters a word may mix, one for the characters words are made of, and one
// for cased letters.
const (
	classLatin    = 1 << latin
	classCyrillic = 1 << cyrillic
	classGreek    = 1 << greek
	classWord     = 1 << numScripts       // a letter or combining mark (isWordChar)
	classCased    = 1 << (numScripts + 1) // a cased letter (isCased)
)

// classes holds the class of every character of the Basic Multilingual
// Plane: classWord for letters and combining marks, classCased for cased
// letters, and the bit of its script for a cased Latin, Cyrillic or Greek
// letter. It is built once by newClasses and only read afterwards.
type classes [0x10000]uint8

// newClasses builds the classes from the Unicode tables, visiting only the
// characters they list.
func newClasses() *classes {
	cl := new(classes)
	cl.mark(unicode.Letter, classWord, 0)
	cl.mark(unicode.Mark, classWord, 0)
	cl.mark(unicode.Upper, classCased, 0)
	cl.mark(unicode.Lower, classCased, 0)
	cl.mark(unicode.Title, classCased, 0)
	cl.mark(unicode.Latin, classLatin, classCased)
	cl.mark(unicode.Cyrillic, classCyrillic, classCased)
	cl.mark(unicode.Greek, classGreek, classCased)
	return cl
}

// mark adds the class bits add to the characters of the Basic Multilingual
// Plane in rt whose class has the bits need.
func (cl *classes) mark(rt *unicode.RangeTable, add, need uint8) {
	for _, rg := range rt.R16 {
		for r := int(rg.Lo); r <= int(rg.Hi); r += int(rg.Stride) {
			if cl[r]&need == need {
				cl[r] |= add
			}
		}
	}
	for _, rg := range rt.R32 {
		for r := int(rg.Lo); r <= int(rg.Hi) && r < len(cl); r += int(rg.Stride) {
			if cl[r]&need == need {
				cl[r] |= add
			}
		}
	}
}

// of returns the class of r.
func (cl *classes) of(r rune) uint8 {
	if r >= 0 && r < 0x10000 {
		return cl[r]
	}
	return classOf(r)
}

// classOf computes the class of r from its Unicode properties.
func classOf(r rune) uint8 {
	var c uint8
	if isWordChar(r) {
		c |= classWord
	}
	if isCased(r) {
		c |= classCased
		if s, ok := scriptOf(r); ok {
			c |= 1 << s
		}
	}
	return c
}

// isASCIILetter reports whether the byte b is an ASCII letter. The ASCII
// letters are the only ASCII characters that are letters or marks, and
// they are cased Latin letters.
func isASCIILetter(b byte) bool {
	b |= 0x20
	return 'a' <= b && b <= 'z'
}

// mixed reports whether the class bits of a word's characters hold cased
// letters of two scripts or more, which check looks at.
func mixed(class uint8) bool {
	return bits.OnesCount8(class&(classLatin|classCyrillic|classGreek)) >= 2
}
