package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseText builds the blocks of a plain-text article: the first line is the
// headline, the next block is the subtitle when it looks like one and the
// block after it reads as body text (see looksLikeSubtitle), and every
// other run of non-blank lines is a paragraph.
func parseText(a *Article) {
	var groups [][]int // runs of non-blank lines, as line indexes
	var cur []int
	for i, l := range a.Lines {
		if IsBlank(a.Src[l.Start:l.End]) {
			if cur != nil {
				groups = append(groups, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, i)
	}
	if cur != nil {
		groups = append(groups, cur)
	}
	if len(groups) == 0 {
		return
	}
	// The headline is the first line; any further lines of its group form
	// the first paragraph.
	first := groups[0]
	a.addTextBlock(Headline, first[:1])
	rest := groups[1:]
	if len(first) > 1 {
		rest = append([][]int{first[1:]}, rest...)
	}
	for i, g := range rest {
		kind := Paragraph
		if i == 0 && len(first) == 1 && len(rest) > 1 && len(g) == 1 &&
			looksLikeSubtitle(a.lineText(g[0])) && a.looksLikeBody(rest[1]) {
			kind = Subtitle
		}
		a.addTextBlock(kind, g)
	}
}

func (a *Article) lineText(i int) string {
	l := a.Lines[i]
	return strings.TrimFunc(a.Src[l.Start:l.End], IsSpace)
}

func (a *Article) addTextBlock(kind Kind, lines []int) {
	idx := len(a.Blocks)
	b := Block{Kind: kind}
	b.Start = a.Lines[lines[0]].Start
	b.End = a.Lines[lines[len(lines)-1]].End
	for _, li := range lines {
		l := &a.Lines[li]
		l.Block = idx
		if s := trimSpan(a.Src, Span{l.Start, l.End}); s.Len() > 0 {
			b.Text = append(b.Text, s)
		}
	}
	a.Blocks = append(a.Blocks, b)
}

// trimSpan narrows s to exclude leading and trailing white space.
func trimSpan(src string, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(src[s.Start:s.End])
		if !IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(src[s.Start:s.End])
		if !IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// The subtitle (dek) heuristic.
//
// Plain text cannot say whether the line after the headline is a dek or the
// first paragraph, so the parser guesses from the line alone and from the
// block after it. The guess is measured against the has_dek annotations of
// the shared corpus (see TestSubtitleCorpus). A dek and a one-sentence first
// paragraph look the same when the dek ends with a full stop, so the
// heuristic only takes lines that do not end like a sentence: it prefers
// reading a dek as a paragraph to reading a paragraph as a dek.

// Limits for a subtitle: one short line that does not read as the start of
// the story.
const (
	maxSubtitleRunes = 250
	maxSubtitleWords = 40
	// A subtitle has at least minSubtitleWords words, or, in scripts
	// written without spaces between words, minSubtitleUnspaced letters;
	// anything shorter is a label such as a section name, a place or a
	// byline ("Pittsburgh", "Staff Reports").
	minSubtitleWords    = 4
	minSubtitleUnspaced = 12
)

// dateOrTime matches a clock time or a numeric date, which mark a page's
// date line ("28.11.2011, 13:12", "2011-06-03 14:20", "2012年 01月12日"),
// not a subtitle.
var dateOrTime = regexp.MustCompile(`\d{1,2}:\d{2}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\d{1,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*월\s*\d{1,2}\s*일`)

// looksLikeSubtitle reports whether a one-line block after the headline reads
// as a subtitle rather than the first paragraph of the body. A dek is a
// short phrase of a few words that does not end like a sentence; it is not
// a dateline ("ANCHORAGE, Alaska —"), a byline, a date line, a label
// ("Source: ...") or page chrome with "|" separators, and holds at most two
// sentences.
func looksLikeSubtitle(line string) bool {
	runes := utf8.RuneCountInString(line)
	words := len(strings.Fields(line))
	if runes > maxSubtitleRunes || words > maxSubtitleWords {
		return false
	}
	if words < minSubtitleWords && unspacedLetters(line) < minSubtitleUnspaced {
		return false
	}
	if endsSentence(line) || sentences(line) > 2 {
		return false
	}
	if hasDateline(line) || isByline(line) || isLabel(line) ||
		strings.ContainsAny(line, "|｜") || dateOrTime.MatchString(line) {
		return false
	}
	return true
}

// looksLikeBody reports whether the block of the given lines reads as body
// text: more than one line, or a line that ends like a sentence or is too
// long for a subtitle. A dek is followed by the body; a short line followed
// by another short line is one of a run of labels, sub-headlines or
// captions, not a dek.
func (a *Article) looksLikeBody(lines []int) bool {
	if len(lines) > 1 {
		return true
	}
	line := a.lineText(lines[0])
	return endsSentence(line) || utf8.RuneCountInString(line) > maxSubtitleRunes
}

// unspacedLetters counts the letters of scripts written without spaces
// between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar, Tibetan).
func unspacedLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai,
			unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan) {
			n++
		}
	}
	return n
}

// sentenceEnds are the punctuation marks that end a sentence in the
// corpus's scripts, including a colon or semicolon that leads into what
// follows.
const sentenceEnds = ".!?…:;。！？।॥؟۔։።။"

// closers are closing quotation marks and brackets that may follow a
// sentence's final punctuation.
const closers = "\"'”’»›)]）」』】"

// endsSentence reports whether line ends with sentence punctuation,
// possibly followed by closing quotation marks or brackets.
func endsSentence(line string) bool {
	line = strings.TrimRightFunc(line, func(r rune) bool { return IsSpace(r) || strings.ContainsRune(closers, r) })
	r, _ := utf8.DecodeLastRuneInString(line)
	return r != utf8.RuneError && strings.ContainsRune(sentenceEnds, r)
}

// hasDateline reports whether line opens with a dateline: a few words, most
// often a capitalised place, then a dash ("WASHINGTON (AP) — ...").
func hasDateline(line string) bool {
	const maxDatelineRunes = 60
	n := 0
	for i, r := range line {
		if n > maxDatelineRunes {
			return false
		}
		n++
		switch r {
		case '—', '–':
			return i > 0
		case '-':
			// A hyphen counts only as a spaced dash: "BERLIN (dpa) - ".
			if i > 0 && line[i-1] == ' ' && i+1 < len(line) && line[i+1] == ' ' {
				return true
			}
		case '.', '!', '?', ':', ';', '"', '“':
			return false
		}
	}
	return false
}

// isByline reports whether line is a byline ("By Jane Doe").
func isByline(line string) bool {
	for _, p := range []string{"By ", "BY ", "Von ", "Par ", "Por ", "Di "} {
		if rest, ok := strings.CutPrefix(line, p); ok && len(strings.Fields(rest)) <= 6 {
			return true
		}
	}
	return false
}

// isLabel reports whether line starts with a one-word label and a colon
// ("Source: ...", "来源：...", "Quelle: ..."), as page chrome does.
func isLabel(line string) bool {
	i := strings.IndexAny(line, ":：")
	if i <= 0 {
		return false
	}
	label := line[:i]
	if strings.IndexFunc(label, unicode.IsSpace) >= 0 {
		return false
	}
	return utf8.RuneCountInString(label) <= 20
}

// sentences counts the sentences in line: terminal punctuation followed by
// white space and an upper-case letter, or a full stop of a script written
// without spaces followed by more text, plus one for the final sentence.
func sentences(line string) int {
	n := 1
	rs := []rune(line)
	for i := 0; i+1 < len(rs); i++ {
		switch rs[i] {
		case '.', '!', '?', '।', '؟', '۔':
			if i+2 < len(rs) && unicode.IsSpace(rs[i+1]) && unicode.IsUpper(rs[i+2]) {
				n++
			}
		case '。', '！', '？':
			if !strings.ContainsRune(closers, rs[i+1]) {
				n++
			}
		}
	}
	return n
}
