// Package text holds helpers shared by newslint's rules.
package text

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"

	"github.com/newslint/newslint/lint/article"
)

// Name returns a character's code point and Unicode name, as in
// "U+00A0 NO-BREAK SPACE".
func Name(r rune) string {
	n := runenames.Name(r)
	if n == "" || strings.HasPrefix(n, "<") {
		return fmt.Sprintf("U+%04X", r)
	}
	return fmt.Sprintf("U+%04X %s", r, n)
}

// DescribeSpaces describes a run of white space for a message: "2 spaces",
// "a tab", "a U+00A0 NO-BREAK SPACE", "3 white-space characters (space,
// U+00A0 NO-BREAK SPACE)".
func DescribeSpaces(s string) string {
	n := utf8.RuneCountInString(s)
	var kinds []rune
	for _, r := range s {
		if !containsRune(kinds, r) {
			kinds = append(kinds, r)
		}
	}
	if len(kinds) == 1 {
		name := spaceName(kinds[0])
		if n == 1 {
			return indefinite(name) + " " + name
		}
		if kinds[0] == ' ' || kinds[0] == '\t' {
			return fmt.Sprintf("%d %ss", n, name)
		}
		return fmt.Sprintf("%d × %s", n, name)
	}
	names := make([]string, len(kinds))
	for i, r := range kinds {
		names[i] = spaceName(r)
	}
	return fmt.Sprintf("%d white-space characters (%s)", n, strings.Join(names, ", "))
}

func spaceName(r rune) string {
	switch r {
	case ' ':
		return "space"
	case '\t':
		return "tab"
	}
	return Name(r)
}

func indefinite(name string) string {
	if strings.HasPrefix(name, "U+") {
		return "a"
	}
	switch name[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return "an"
	}
	return "a"
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// OddSpaceRuns yields runs of white space (article.IsSpace) that lie
// strictly inside the span s of src, each preceded and followed, inside s,
// by a character that is neither white space nor a line break (runs at the
// start or end of s, leading or trailing white space of a line or next to
// markup the span leaves out, are not yielded). Of those it yields, in
// order, the ones other than a single plain space: the runs of several
// white-space characters and the lone white-space characters other than a
// space, which are all that the white-space rules report. It allocates
// nothing, passes over the text between them eight bytes at a time where
// it can, and decodes only the characters that can be white space.
func OddSpaceRuns(src string, s article.Span) iter.Seq[article.Span] {
	return func(yield func(article.Span) bool) { oddSpaceRuns(src, s, yield) }
}

// Classes of bytes for oddSpaceRuns.
const (
	byteWord  = iota // a character that is neither white space nor a line break, or part of one
	byteSpace        // an ASCII white-space character (article.IsSpace)
	byteBreak        // a line break
	byteLead         // the first byte of a white-space character outside ASCII, or of another character
)

// byteClasses classifies the bytes of UTF-8 text for oddSpaceRuns. The
// white-space characters outside ASCII (article.IsSpace) all start with one
// of the lead bytes 0xC2, 0xE1, 0xE2 and 0xE3; every other byte is part of
// a character that is not white space. A lead byte is always the first byte
// of what utf8.DecodeRuneInString reads, never a continuation byte, so a
// byte-by-byte scan meets it where a rune-by-rune scan would.
var byteClasses = func() (t [256]uint8) {
	for _, c := range " \t\v\f" {
		t[c] = byteSpace
	}
	t['\n'], t['\r'] = byteBreak, byteBreak
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = byteLead
	}
	return t
}()

func oddSpaceRuns(src string, s article.Span, yield func(article.Span) bool) {
	t := src[s.Start:s.End]
	runStart := -1     // start of the current run of white space in t, or -1
	afterWord := false // the current run follows a word character
	lastWord := false  // the previous character is a word character
	for i := 0; i < len(t); {
		class, n := byteClasses[t[i]], 1
		if class == byteLead {
			var r rune
			r, n = utf8.DecodeRuneInString(t[i:])
			class = byteWord
			if article.IsSpace(r) {
				class = byteSpace
			}
		}
		switch class {
		case byteSpace:
			if runStart < 0 {
				runStart, afterWord = i, lastWord
			}
			lastWord = false
			i += n
		case byteBreak:
			runStart, lastWord = -1, false
			i += n
		default:
			if runStart >= 0 && afterWord && (i-runStart > 1 || t[runStart] != ' ') {
				if !yield(article.Span{Start: s.Start + runStart, End: s.Start + i}) {
					return
				}
			}
			runStart, lastWord = -1, true
			i = skipWords(t, i+n)
		}
	}
}

// skipWords returns the offset of the first byte at or after i in t that
// is not a word byte (byteClasses) or a single plain space between two
// word bytes: what follows a word character up to there cannot be part of
// a run that oddSpaceRuns yields. It reads eight bytes at a time where it
// can.
func skipWords(t string, i int) int {
	for i < len(t) {
		if i+8 <= len(t) {
			stop, lastSpace := stopBytes(load64(t, i))
			if stop == 0 {
				if !lastSpace {
					i += 8
					continue
				}
				if i+8 < len(t) && byteClasses[t[i+8]] == byteWord {
					// A single space before a word byte.
					i += 9
					continue
				}
				stop = 0x80 << 56
			}
			// The bytes before the first one that stops the scan
			// but one are word bytes and single spaces followed by
			// a word byte; from there on, go byte by byte.
			i += max(bits.TrailingZeros64(stop)/8-1, 0)
		}
		if byteClasses[t[i]] == byteWord {
			i++
			continue
		}
		if t[i] == ' ' && i+1 < len(t) && byteClasses[t[i+1]] == byteWord {
			i += 2
			continue
		}
		break
	}
	return i
}

// PrintableASCII returns the offset of the first byte at or after i in s
// that is not printable ASCII (U+0020 to U+007E), reading eight bytes at a
// time where it can.
func PrintableASCII(s string, i int) int {
	for i+8 <= len(s) {
		x := load64(s, i)
		// The high bit of each byte below 0x20, equal to 0x7F, or
		// above.
		if belowBytes(x, 0x20)|zeroBytes(x^(ones*0x7F))|x&highs != 0 {
			break
		}
		i += 8
	}
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7F {
		i++
	}
	return i
}

// ASCII returns the offset of the first byte at or after i in s that is not
// ASCII, reading eight bytes at a time where it can.
func ASCII(s string, i int) int {
	for i+8 <= len(s) && load64(s, i)&highs == 0 {
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// Masks for reading eight bytes at a time: a one and the high bit in each
// byte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load64 returns the eight bytes of t at i as a little-endian number.
func load64(t string, i int) uint64 {
	t = t[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// zeroBytes returns the high bit of each byte of x that is zero.
func zeroBytes(x uint64) uint64 {
	return ^((x&^highs + ^uint64(highs)) | x) & highs
}

// belowBytes returns the high bit of each byte of x that is less than n
// (1 <= n <= 0x80).
func belowBytes(x uint64, n byte) uint64 {
	return ^((x&^highs + ones*uint64(0x80-n)) | x) & highs
}

// stopBytes returns the high bit of each of the eight bytes x (in little
// endian order) where skipWords must look closer: the ASCII white-space and
// line-break characters other than a space (and the control characters
// below them), the lead bytes 0xC2, 0xE1, 0xE2 and 0xE3, and a space
// followed by a space. It finds every such byte; the bytes after the first
// one it finds may be marked or not. It also reports whether the last byte
// is a space, whose successor is not in x.
func stopBytes(x uint64) (stop uint64, lastSpace bool) {
	e := x ^ (ones * 0xE0)
	spaces := zeroBytes(x ^ (ones * ' '))
	stop = belowBytes(x, '\r'+1) |
		zeroBytes(x^(ones*0xC2)) |
		belowBytes(e, 4)&^zeroBytes(e) |
		spaces&(spaces>>8)
	return stop, spaces>>63 != 0
}

// Plural returns "1 thing" or "n things": the count and the singular or
// plural form of a noun.
func Plural(n int, singular, plural string) string {
	if n == 1 {
		return "1 " + singular
	}
	return fmt.Sprintf("%d %s", n, plural)
}
