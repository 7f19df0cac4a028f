package blocks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint/article"
)

// MaxQuotedWords is the longest quotation, in words, that counts as a
// short quoted phrase and is left out when the language of its sentence is
// judged.
const MaxQuotedWords = 12

// closersOf returns the closing marks of an opening quotation mark, or "".
func closersOf(r rune) string {
	switch r {
	case '"':
		return `"`
	case '“':
		return `”„`
	case '„':
		return `“”`
	case '«':
		return `»`
	case '»':
		return `«`
	case '‘':
		return `’`
	case '‚':
		return `‘’`
	case '「':
		return `」`
	case '『':
		return `』`
	case '‹':
		return `›`
	}
	return ""
}

// openers are the quotation marks closersOf knows.
const openers = `"“„«»‘‚「『‹`

// indexOpener returns the offset of the first of the openers in text, or
// -1. It looks at the bytes that start an opener in UTF-8 before decoding.
func indexOpener(text string) int {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"':
			return i
		case 0xC2, 0xE2, 0xE3:
			r, _ := utf8.DecodeRuneInString(text[i:])
			if closersOf(r) != "" {
				return i
			}
		}
	}
	return -1
}

// LanguageText returns the part of a text whose language is judged:
// without URLs, e-mail addresses, handles, and quotations of at most
// MaxQuotedWords words (a foreign phrase quoted in a sentence is normal).
func LanguageText(text string) string {
	text = dropAddresses(text)
	k := indexOpener(text)
	if k < 0 {
		return text
	}
	var sb strings.Builder
	sb.Grow(len(text))
	sb.WriteString(text[:k])
	for i := k; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		cl := closersOf(r)
		if cl != "" && (r != '‘' || i == 0 || !isLetterBefore(text, i)) {
			if j := closingQuote(text, i+n, cl); j >= 0 && Words(text[i+n:j]) <= MaxQuotedWords {
				_, m := utf8.DecodeRuneInString(text[j:])
				sb.WriteByte(' ')
				i = j + m
				continue
			}
		}
		// Copy up to the next quotation mark at once.
		next := len(text)
		if k := indexOpener(text[i+n:]); k >= 0 {
			next = i + n + k
		}
		sb.WriteString(text[i:next])
		i = next
	}
	return sb.String()
}

// dropAddresses replaces URLs, e-mail addresses, handles and hashtags,
// which are in no language, with spaces.
func dropAddresses(text string) string {
	if !mayHoldAddress(text) {
		return text
	}
	var sb strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if isAddress(text[start:end]) {
			sb.WriteByte(' ')
		} else {
			sb.WriteString(text[start:end])
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsSpace(r) {
			flush(i)
			sb.WriteRune(r)
		} else if start < 0 {
			start = i
		}
	}
	flush(len(text))
	return sb.String()
}

// mayHoldAddress reports whether text holds what isAddress looks for in a
// word: "@", "#", "://" or "www." in any case.
func mayHoldAddress(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '@', '#':
			return true
		case ':':
			if strings.HasPrefix(text[i:], "://") {
				return true
			}
		case '.':
			if i >= 3 && strings.EqualFold(text[i-3:i], "www") {
				return true
			}
		}
	}
	return false
}

// isAddress reports whether a word is a URL, an e-mail address, a handle
// or a hashtag.
func isAddress(w string) bool {
	w = strings.TrimLeft(w, "([<\"'“«")
	switch {
	case strings.Contains(w, "://"), len(w) >= 4 && strings.EqualFold(w[:4], "www."):
		return true
	case strings.HasPrefix(w, "@") || strings.HasPrefix(w, "#"):
		return len(w) > 1
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.Contains(w[at:], ".")
}

// isLetterBefore reports whether a letter precedes offset i (a ’ or ‘
// after a letter is an apostrophe, not a quotation mark).
func isLetterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

// closingQuote returns the offset of the first closing mark in text[from:]
// (or -1).
func closingQuote(text string, from int, closers string) int {
	for j, r := range text[from:] {
		if strings.ContainsRune(closers, r) {
			// A closing single quote followed by a letter is an
			// apostrophe ("didn’t"); keep looking.
			if r == '’' {
				next, _ := utf8.DecodeRuneInString(text[from+j+utf8.RuneLen(r):])
				if unicode.IsLetter(next) {
					continue
				}
			}
			return from + j
		}
	}
	return -1
}

// TitleLike reports whether text reads as names, titles or affiliations
// rather than running text: nearly all of its longer words capitalized
// ("Director General for International Relations, Ministry of Health"),
// or most of them with no sentence punctuation at the end. Texts in
// scripts without case are never title-like.
func TitleLike(text string) bool {
	cased, upper := 0, 0
	// Words are runs of letters and marks; first is the first letter of
	// the current word, and n its length so far.
	var first rune
	n := 0
	word := func() {
		if n < 4 {
			return // function words are mostly short and lower case
		}
		switch {
		case unicode.IsUpper(first) || unicode.IsTitle(first):
			cased++
			upper++
		case unicode.IsLower(first):
			cased++
		}
	}
	for i := 0; i < len(text); {
		var inWord bool
		r := rune(text[i])
		if r < utf8.RuneSelf {
			inWord = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(text[i:])
			inWord = unicode.IsLetter(r) || unicode.IsMark(r)
			i += size
		}
		if inWord {
			if n == 0 {
				first = r
			}
			n++
			continue
		}
		word()
		n = 0
	}
	word()
	if cased == 0 {
		return false
	}
	share := float64(upper) / float64(cased)
	return share >= 0.9 || share >= 0.7 && !EndsSentence(text)
}

// Sentences splits the prose of a block into sentences, as ranges of the
// source: after a full stop, question or exclamation mark (and any closing
// quotes) that white space follows, and after the ideographic full stop.
func Sentences(a *article.Article, b *article.Block) []article.Span {
	var out []article.Span
	for _, s := range b.Text {
		text := a.Text(s)
		start := 0
		for i, r := range text {
			end := -1
			switch r {
			case '。', '！', '？':
				end = i + utf8.RuneLen(r)
			case '.', '!', '?', '…':
				j := i + utf8.RuneLen(r)
				for j < len(text) {
					q, n := utf8.DecodeRuneInString(text[j:])
					if !strings.ContainsRune("\"'”’»)", q) {
						break
					}
					j += n
				}
				if j < len(text) && (text[j] == ' ' || text[j] == '\t') {
					end = j
				}
			}
			if end > start {
				out = appendTrimmed(out, a.Src, article.Span{Start: s.Start + start, End: s.Start + end})
				start = end
			}
		}
		out = appendTrimmed(out, a.Src, article.Span{Start: s.Start + start, End: s.End})
	}
	return out
}

func appendTrimmed(out []article.Span, src string, s article.Span) []article.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(src[s.Start:s.End])
		if !unicode.IsSpace(r) && !article.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(src[s.Start:s.End])
		if !unicode.IsSpace(r) && !article.IsSpace(r) {
			break
		}
		s.End -= n
	}
	if s.Len() > 0 {
		out = append(out, s)
	}
	return out
}
