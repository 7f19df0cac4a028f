package text

import (
	"unicode/utf8"

	"github.com/newslint/newslint/lint/article"
)

// innerSpaceRuns is the plain statement of the runs OddSpaceRuns starts
// from, kept as its reference: the runs of white space (article.IsSpace) that lie
// strictly inside the span s of src: each run is preceded and followed, inside
// s, by a character that is neither white space nor a line break. Runs at the
// start or end of s, which are leading or trailing white space of a line or
// sit next to markup the span leaves out, are not returned.
func innerSpaceRuns(src string, s article.Span) []article.Span {
	var runs []article.Span
	runStart := -1     // start of the current run of white space, or -1
	afterWord := false // the current run follows a word character
	lastWord := false  // the previous character is a word character
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(src[i:s.End])
		switch {
		case article.IsSpace(r):
			if runStart < 0 {
				runStart, afterWord = i, lastWord
			}
			lastWord = false
		case r == '\n' || r == '\r':
			runStart, lastWord = -1, false
		default:
			if runStart >= 0 && afterWord {
				runs = append(runs, article.Span{Start: runStart, End: i})
			}
			runStart, lastWord = -1, true
		}
		i += n
	}
	return runs
}
