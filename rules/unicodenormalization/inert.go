package unicodenormalization

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newslint/newslint/rules/internal/text"
)

//go:generate go run gen.go

// inertSet holds, one bit each, which characters of the Basic Multilingual
// Plane are inert in NFC: of canonical combining class 0 and in NFC
// whatever surrounds them (NFC quick check Yes). A text made of inert
// characters only is in NFC, and a normalization boundary falls before
// each of them, so that normalizing the text on either side independently
// changes nothing. It is built once by newInertSet and only read
// afterwards.
type inertSet [0x10000 / 64]uint64

// newInertSet builds the set from notInert.
func newInertSet() *inertSet {
	s := new(inertSet)
	for i := range s {
		s[i] = ^uint64(0)
	}
	for _, rg := range notInert {
		for r := rg[0]; ; r++ {
			s[r/64] &^= 1 << (r % 64)
			if r == rg[1] {
				break
			}
		}
	}
	return s
}

// has reports whether r is inert.
func (s *inertSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s[r/64]&(1<<(r%64)) != 0
	}
	return inertRune(r)
}

// inertRune computes whether r is inert from its normalization properties.
func inertRune(r rune) bool {
	var b [utf8.UTFMax]byte
	c := b[:utf8.EncodeRune(b[:], r)]
	p := norm.NFC.Properties(c)
	return p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(c)
}

// isNFC reports whether t, which must be valid UTF-8, is in NFC, as
// norm.NFC.IsNormalString does. It passes over the inert characters that
// most text is made of, ASCII eight bytes at a time, and leaves the rest of
// t to IsNormalString from the last inert character before the first one
// that is not: a boundary falls before that character, and everything
// before it is in NFC.
func (s *inertSet) isNFC(t string) bool {
	last := 0 // the start of the last inert character before i
	for i := 0; i < len(t); {
		b := t[i]
		if b < utf8.RuneSelf {
			j := text.ASCII(t, i+1)
			last, i = j-1, j
			continue
		}
		var r rune
		var n int
		if b >= 0xC2 && b < 0xE0 && i+1 < len(t) && t[i+1]&0xC0 == 0x80 {
			r, n = rune(b&0x1F)<<6|rune(t[i+1]&0x3F), 2
		} else {
			r, n = utf8.DecodeRuneInString(t[i:])
		}
		if !s.has(r) {
			return norm.NFC.IsNormalString(t[last:])
		}
		last, i = i, i+n
	}
	return true
}
