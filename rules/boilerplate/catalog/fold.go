package catalog

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// slowFold is the folding split compares lines in: canonical
// decomposition, then Unicode case folding.
func slowFold(s string) string {
	return cases.Fold().String(norm.NFD.String(s))
}

// Splitting one rune at a time gives what splitting the slowFold of the
// whole text gives (both steps map each character on its own;
// decomposition then reorders the combining marks that follow a character,
// which split drops when they are non-spacing) for the runes below
// foldEnd, whose foldings are computed in pages of 256, for the Han
// ideographs, which fold to themselves, and for the Hangul syllables,
// which decompose into their letters.
const (
	foldEnd   = 0x3100
	pageSize  = 256
	pageCount = foldEnd / pageSize
)

// unfoldable marks, in a page, a rune that must be folded with its
// neighbors.
const unfoldable = "\x00"

// foldPage returns the foldings of the runes from first to first+pageSize,
// folded together with a NUL between them (a character of its own that
// nothing folds to or reorders across), or unfoldable.
func foldPage(first rune) *[pageSize]string {
	var sb strings.Builder
	for r := first; r < first+pageSize; r++ {
		// quickWords splits ASCII itself; NUL would split the page.
		if r >= utf8.RuneSelf && utf8.ValidRune(r) {
			sb.WriteRune(r)
		}
		sb.WriteByte(0)
	}
	var page [pageSize]string
	for i, f := range strings.SplitN(slowFold(sb.String()), "\x00", pageSize+1)[:pageSize] {
		r := first + rune(i)
		switch {
		case r < utf8.RuneSelf:
			page[i] = unfoldable // never looked up
		case !utf8.ValidRune(r) || reorders(f):
			page[i] = unfoldable
		case f == string(r):
			page[i] = "" // the rune itself
		default:
			page[i] = f
		}
	}
	return &page
}

// reorders reports whether a folding holds a combining mark that
// decomposition may move and split keeps: a spacing one with a nonzero
// combining class.
func reorders(f string) bool {
	for _, r := range f {
		if r >= utf8.RuneSelf && !unicode.Is(unicode.Mn, r) && norm.NFD.PropertiesString(string(r)).CCC() != 0 {
			return true
		}
	}
	return false
}

// The arithmetic of Hangul syllables (The Unicode Standard, section 3.12).
const (
	hangulBase  = 0xAC00
	leadBase    = 0x1100
	vowelBase   = 0x1161
	tailBase    = 0x11A7
	vowelCount  = 21
	tailCount   = 28
	hangulCount = 11172
)

// What a rune makes of the words of a line, in splitQuick.
const (
	wordPart  = iota // its folding, without marks, goes on the current word
	wordDrop         // nothing: a non-spacing mark
	wordAlone        // a word of its own: a Han or kana character, ©
	wordBreak        // it ends the current word
	wordSep          // it ends the current word and is a separator
	wordSlow         // splitQuick cannot tell: split folds the whole line
)

// runeWord is what a rune makes of the words of a line.
type runeWord struct {
	kind uint8
	// text is the folding the rune adds to a word (wordPart) or is
	// (wordAlone).
	text string
}

// wordPages holds, for each page of pageSize runes below foldEnd, what its
// runes make of words, computed on first use and never written again.
var wordPages = func() (pages [pageCount]func() *[pageSize]runeWord) {
	for i := range pages {
		pages[i] = sync.OnceValue(func() *[pageSize]runeWord {
			var page [pageSize]runeWord
			for k, f := range foldPage(rune(i * pageSize)) {
				r := rune(i*pageSize + k)
				switch f {
				case unfoldable:
					page[k] = runeWord{kind: wordSlow}
				case "":
					page[k] = classify(string(r))
				default:
					page[k] = classify(f)
				}
			}
			return &page
		})
	}
	return pages
}()

// classify returns what the folding f of a rune makes of words, as
// splitWords would treat its runes, or wordSlow when they disagree.
func classify(f string) runeWord {
	var part strings.Builder
	kind := -1
	for _, r := range f {
		k := wordPart
		switch {
		case r >= 0x300 && unicode.Is(unicode.Mn, r):
			continue
		case r == '©' || r == 'ⓒ' || isIdeograph(r):
			k = wordAlone
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mc, r):
			part.WriteRune(r)
		case strings.ContainsRune(separators, r):
			k = wordSep
		default:
			k = wordBreak
		}
		if kind >= 0 && kind != k || k == wordAlone && utf8.RuneCountInString(f) > 1 {
			return runeWord{kind: wordSlow}
		}
		kind = k
	}
	switch kind {
	case -1:
		return runeWord{kind: wordDrop}
	case wordAlone:
		if f == "ⓒ" {
			f = "©"
		}
		return runeWord{kind: wordAlone, text: f}
	case wordPart:
		return runeWord{kind: wordPart, text: part.String()}
	}
	return runeWord{kind: uint8(kind)}
}

// splitQuick is split one rune at a time, from the runes' foldings; it
// reports false when the line holds a rune it cannot tell: one outside
// the pages, the ideographs and the syllables, one whose folding needs its
// neighbors, or invalid UTF-8.
func splitQuick(line string) (words []string, sep []bool, ok bool) {
	buf, ends, sep, ok := quickWords(line, nil, nil, nil)
	if !ok {
		return nil, nil, false
	}
	words = make([]string, len(ends))
	from := 0
	for i, end := range ends {
		words[i] = string(buf[from:end])
		from = end
	}
	return words, sep, true
}

// quickWords is splitQuick without a string for each word: it appends the
// words to buf one after the other, the end of each word in buf to ends,
// and whether a separator follows it to sep.
func quickWords(line string, buf []byte, ends []int, sep []bool) ([]byte, []int, []bool, bool) {
	start := len(buf) // of the current word
	flush := func() {
		if len(buf) > start {
			ends = append(ends, len(buf))
			sep = append(sep, false)
			start = len(buf)
		}
	}
	mark := func() {
		if len(sep) > 0 {
			sep[len(sep)-1] = true
		}
	}
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				buf = append(buf, c)
			case 'A' <= c && c <= 'Z':
				buf = append(buf, c+'a'-'A')
			default:
				flush()
				if strings.IndexByte(separators, c) >= 0 {
					mark()
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		var w runeWord
		switch {
		case r == utf8.RuneError && n == 1:
			return nil, nil, nil, false
		case r < foldEnd:
			w = wordPages[r/pageSize]()[r%pageSize]
		case 0x3400 <= r && r <= 0x4DBF || 0x4E00 <= r && r <= 0x9FFF:
			// Han ideographs: no decomposition, no case.
			w = runeWord{kind: wordAlone, text: line[i : i+n]}
		case hangulBase <= r && r < hangulBase+hangulCount:
			// Hangul syllables decompose into two or three letters
			// by arithmetic, and have no case.
			k := r - hangulBase
			buf = utf8.AppendRune(buf, leadBase+k/(vowelCount*tailCount))
			buf = utf8.AppendRune(buf, vowelBase+k%(vowelCount*tailCount)/tailCount)
			if t := k % tailCount; t != 0 {
				buf = utf8.AppendRune(buf, tailBase+t)
			}
			i += n
			continue
		default:
			return nil, nil, nil, false
		}
		switch w.kind {
		case wordPart:
			buf = append(buf, w.text...)
		case wordAlone:
			flush()
			buf = append(buf, w.text...)
			flush()
		case wordBreak:
			flush()
		case wordSep:
			flush()
			mark()
		case wordSlow:
			return nil, nil, nil, false
		}
		i += n
	}
	flush()
	return buf, ends, sep, true
}
