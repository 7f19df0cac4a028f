package invisiblecharacter

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// This file decides which soft hyphens and C1 control characters belong to
// mojibake (UTF-8 text decoded as Windows-1252 or Latin-1) rather than to
// this rule. The mojibake rule repairs such sequences as a whole: "í" is the
// bytes C3 AD, which Windows-1252 shows as "Ã" followed by a soft hyphen, and
// removing the soft hyphen would destroy the evidence the repair needs.
//
// A character is part of a mojibake sequence when mapping it and up to three
// neighbors back to bytes (Latin-1 for U+0080–U+00FF, Windows-1252 for its
// punctuation such as "€" and "™") yields one complete, valid UTF-8 sequence
// of two to four bytes that includes it. Continuation bytes are 0x80–0xBF,
// so the character must come after the lead character of the sequence.
//
// For two-byte sequences the lead is a Latin-1 capital letter or "ß", and
// many of those are ordinary letters: a soft hyphen after "Ø" or "ß"
// ("FØ\u00ADRER", "Fuß\u00ADball") is a hyphenation point, not mojibake. So
// a soft hyphen (byte AD) is claimed by a two-byte sequence only after the
// leads that mojibake produces with it in practice: "Â" (C2 AD, a soft
// hyphen encoded twice), "Ã" (C3 AD, "í"), "Î" (CE AD, "έ") and "Ð" (D0 AD,
// "Э"). A C1 control character is claimed after the leads "Â" to "Ô" (C2 to
// D4), whose sequences spell Latin, Greek and Cyrillic letters ("Ã\u0081"
// is "Á", "Ä\u008D" is "č", "Ð\u0090" is "А"); after the other leads it
// would spell Armenian, Hebrew, Arabic, Syriac, Thaana or N'Ko, which the
// mojibake rule does not reliably repair, and the control is reported here.
// Three- and four-byte sequences ("å", soft hyphen, "¦" is "学") are claimed
// whenever they are valid: ordinary text does not hold two or three
// continuation characters in a row after a lead.

// softHyphenLeads are the two-byte UTF-8 lead bytes after which a soft
// hyphen is taken for mojibake.
const softHyphenLeads = "\xC2\xC3\xCE\xD0"

// maxC1Lead is the last two-byte UTF-8 lead byte after which a C1 control
// character is taken for mojibake.
const maxC1Lead = 0xD4

// mojibakeByte returns the byte that r stands for when UTF-8 was decoded as
// Windows-1252 or Latin-1, and whether there is one. C1 control characters
// stand for themselves, as the sloppy decoders that produce mojibake do.
func mojibakeByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	if r < 0x80 {
		return 0, false // ASCII never takes part in a multi-byte sequence
	}
	b, ok := charmap.Windows1252.EncodeRune(r)
	if !ok || b < 0x80 {
		return 0, false
	}
	return b, true
}

// sequenceLen returns the length of the UTF-8 sequence a lead byte starts,
// or 0 when b is not a lead byte of a multi-byte sequence.
func sequenceLen(b byte) int {
	switch {
	case b >= 0xC2 && b <= 0xDF:
		return 2
	case b >= 0xE0 && b <= 0xEF:
		return 3
	case b >= 0xF0 && b <= 0xF4:
		return 4
	}
	return 0
}

// inMojibake reports whether the character at byte offset i of s (a soft
// hyphen or a C1 control character) is part of a UTF-8 sequence mis-decoded
// as Windows-1252 or Latin-1. Only the characters of s are considered, so
// callers pass the prose range the character is in.
func inMojibake(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	// Collect up to three characters before i and three after it.
	var before []rune
	for j := i; j > 0 && len(before) < 3; {
		c, n := utf8.DecodeLastRuneInString(s[:j])
		before = append(before, c)
		j -= n
	}
	for k := 1; k <= len(before); k++ { // k characters before r start the sequence
		lead, ok := mojibakeByte(before[k-1])
		if !ok {
			break
		}
		n := sequenceLen(lead)
		if n == 0 {
			continue
		}
		if n <= k {
			continue // the sequence ends before r
		}
		if n == 2 && (r == softHyphen && strings.IndexByte(softHyphenLeads, lead) < 0 || isC1(r) && lead > maxC1Lead) {
			continue
		}
		seq := make([]byte, 0, n)
		seq = append(seq, lead)
		valid := true
		for m := k - 1; m >= 1; m-- {
			b, ok := mojibakeByte(before[m-1])
			if !ok {
				valid = false
				break
			}
			seq = append(seq, b)
		}
		if !valid {
			continue
		}
		b, _ := mojibakeByte(r)
		seq = append(seq, b)
		for j := i + utf8.RuneLen(r); len(seq) < n && j < len(s); {
			c, size := utf8.DecodeRuneInString(s[j:])
			b, ok := mojibakeByte(c)
			if !ok {
				break
			}
			seq = append(seq, b)
			j += size
		}
		if len(seq) == n {
			if c, size := utf8.DecodeRune(seq); c != utf8.RuneError && size == n {
				return true
			}
		}
	}
	return false
}
