package misdecode

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/newslint/newslint/rules/internal/text"
)

// tableSize covers every character a supported code page decodes a byte
// to, except the few above it that lookup handles one by one.
const tableSize = 0x3000

// codec is a single-byte code page that UTF-8 text is wrongly decoded with,
// as a "sloppy" table: bytes the code page leaves undefined decode to the C1
// control character of the same number, as browsers and most libraries do.
type codec struct {
	// name is the code page's name in messages, such as "Windows-1252".
	name string
	// decode maps each byte 0x80-0xFF to the character it reads as.
	decode [256]rune
	// encode maps a character below tableSize back to its byte 0x80-0xFF,
	// or 0 when the code page has no byte for it.
	encode [tableSize]byte
	// high maps the few characters at or above tableSize (the Apple logo,
	// ligatures) to their bytes.
	high map[rune]byte
	// undefined lists the bytes the strict code page does not define:
	// decoders show them as C1 controls or lose them.
	undefined []byte
	// plausible reports whether a repaired character is one that text
	// mis-decoded with this code page plausibly holds.
	plausible func(r rune) bool
	// latin1 is set for the Windows-1252 table, which also accepts the C1
	// controls a strict Latin-1 decoder produces, and names the variant
	// by the characters a run holds.
	latin1 bool
}

// byteOf returns the byte that r stands for in the code page, or false
// when r is not one of its characters 0x80-0xFF.
func (c *codec) byteOf(r rune) (byte, bool) {
	if r >= 0 && r < tableSize {
		b := c.encode[r]
		return b, b != 0
	}
	b, ok := c.high[r]
	return b, ok
}

// newCodec builds a sloppy table from a charmap code page. Undefined bytes
// read as the C1 control of the same number; extra maps further
// characters (such as the C1 controls of a Latin-1 reading) to bytes.
func newCodec(name string, cm *charmap.Charmap, plausible func(rune) bool, latin1 bool) *codec {
	c := &codec{name: name, plausible: plausible, latin1: latin1, high: map[rune]byte{}}
	for b := 0x80; b <= 0xFF; b++ {
		r := cm.DecodeByte(byte(b))
		if r == '\uFFFD' {
			r = rune(b)
			c.undefined = append(c.undefined, byte(b))
		}
		c.decode[b] = r
		c.set(r, byte(b))
	}
	if latin1 {
		// A strict Latin-1 reading turns bytes 0x80-0x9F into C1
		// controls; the combined table accepts both readings, which
		// never disagree on a character.
		for b := 0x80; b <= 0x9F; b++ {
			if _, ok := c.byteOf(rune(b)); !ok {
				c.set(rune(b), byte(b))
			}
		}
	}
	return c
}

func (c *codec) set(r rune, b byte) {
	if r < tableSize {
		c.encode[r] = b
		return
	}
	c.high[r] = b
}

// Codec is one of the code pages that UTF-8 text is wrongly decoded with.
type Codec int

// The supported code pages, in order of preference when two readings of
// the same text are equally good.
const (
	// Windows1252 is Windows-1252, including the Latin-1 (ISO-8859-1)
	// reading that shows bytes 0x80-0x9F as C1 controls.
	Windows1252 Codec = iota
	macRoman
	windows1251
	numCodecs
)

// codecSet holds the tables of the supported code pages. It is built once
// and only read afterwards.
type codecSet struct {
	codecs [numCodecs]*codec
	// roles has, for each character below tableSize, a bit per code page
	// telling whether the character reads a UTF-8 lead byte there
	// (leadBit << 2*id) or a continuation byte (contBit << 2*id), for the
	// quick test that skips clean text.
	roles [tableSize]uint8
}

const (
	leadBit = 1
	contBit = 2
)

func newCodecSet() *codecSet {
	cs := &codecSet{codecs: [numCodecs]*codec{
		Windows1252: newCodec("Windows-1252", charmap.Windows1252, plausibleLatin1, true),
		macRoman:    newCodec("Mac Roman", charmap.Macintosh, plausibleMacRoman, false),
		windows1251: newCodec("Windows-1251", charmap.Windows1251, plausibleCyrillic, false),
	}}
	for id, c := range cs.codecs {
		for r := range rune(tableSize) {
			b, ok := c.byteOf(r)
			switch {
			case !ok:
			case seqLen(b) > 0:
				cs.roles[r] |= leadBit << (2 * id)
			case continuation(b):
				cs.roles[r] |= contBit << (2 * id)
			}
		}
	}
	return cs
}

// role returns the lead and continuation bits of r, for the characters
// above tableSize looking them up one by one.
func (cs *codecSet) role(r rune) uint8 {
	if r >= 0 && r < tableSize {
		return cs.roles[r]
	}
	var bits uint8
	for id, c := range cs.codecs {
		if b, ok := c.high[r]; ok {
			switch {
			case seqLen(b) > 0:
				bits |= leadBit << (2 * id)
			case continuation(b):
				bits |= contBit << (2 * id)
			}
		}
	}
	return bits
}

// mayHold reports whether s may hold mojibake: a character that reads a
// UTF-8 lead byte in some code page followed by one that reads a
// continuation byte (or U+FFFD) in the same code page, or a C1 control.
// It allocates nothing, skips ASCII text eight bytes at a time and CJK text
// character by character without decoding it, so that clean text costs
// almost nothing. s must be valid UTF-8.
func (cs *codecSet) mayHold(s string) bool {
	var leads uint8
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			leads = 0
			if i++; i < len(s) && s[i] < utf8.RuneSelf {
				i = text.ASCII(s, i)
			}
			continue
		case c >= 0xF0:
			// U+10000 and above: no code page reads these.
			leads = 0
			i += 4
			continue
		case c >= 0xE3 && c != 0xEF:
			// U+3000-U+EFFF (CJK, Hangul): no code page reads these
			// either; the few above tableSize start with EF.
			leads = 0
			i += 3
			continue
		}
		var r rune
		if c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && c >= 0xC2 {
			// Two bytes, U+0080 to U+07FF, decoded here: most
			// alphabets other than Latin are in this range.
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
		}
		if r <= 0x9F {
			return true
		}
		var bits uint8
		if r < tableSize {
			bits = cs.roles[r]
		} else {
			bits = cs.role(r)
		}
		if leads != 0 && (r == utf8.RuneError || (bits>>1)&leads != 0) {
			return true
		}
		leads = bits & (leadBit | leadBit<<2 | leadBit<<4)
	}
	return false
}
