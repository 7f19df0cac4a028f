// Package text holds helpers shared by newslint's rules.
package text

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
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
			return article(name) + " " + name
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

func article(name string) string {
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
