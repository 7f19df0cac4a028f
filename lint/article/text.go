package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseText builds the blocks of a plain-text article: the first line is the
// headline, the next block is the subtitle when it looks like one, and every
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
			looksLikeSubtitle(a.lineText(g[0])) {
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

// Limits for a subtitle (dek): one short line that does not read as the
// start of the story.
const (
	maxSubtitleRunes = 320
	maxSubtitleWords = 50
)

// looksLikeSubtitle reports whether a one-line block after the headline reads
// as a subtitle rather than the first paragraph of the body. A dek is short,
// is not opened by a dateline ("ANCHORAGE, Alaska —", "BERLIN (dpa) -"), a
// quotation or a byline, and is at most one or two sentences.
func looksLikeSubtitle(line string) bool {
	if utf8.RuneCountInString(line) > maxSubtitleRunes || len(strings.Fields(line)) > maxSubtitleWords {
		return false
	}
	if hasDateline(line) || isByline(line) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(line); strings.ContainsRune("\"“„«»‘'「『", r) {
		return false
	}
	return sentences(line) <= 2
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

// sentences counts sentence ends in line: terminal punctuation followed by
// white space and an upper-case letter, plus one for the final sentence.
func sentences(line string) int {
	n := 1
	rs := []rune(line)
	for i := 0; i+2 < len(rs); i++ {
		switch rs[i] {
		case '.', '!', '?', '。', '！', '？':
			if unicode.IsSpace(rs[i+1]) && unicode.IsUpper(rs[i+2]) {
				n++
			}
		}
	}
	return n
}
