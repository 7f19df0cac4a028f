// Package text holds helpers shared by newslint's rules.
package text

import (
	"fmt"
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

// InnerSpaceRuns returns the runs of white space (article.IsSpace) that lie
// strictly inside the span s of src: each run is preceded and followed, inside
// s, by a character that is neither white space nor a line break. Runs at the
// start or end of s, which are leading or trailing white space of a line or
// sit next to markup the span leaves out, are not returned.
func InnerSpaceRuns(src string, s article.Span) []article.Span {
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

// Plural returns "1 thing" or "n things": the count and the singular or
// plural form of a noun.
func Plural(n int, singular, plural string) string {
	if n == 1 {
		return "1 " + singular
	}
	return fmt.Sprintf("%d %s", n, plural)
}
