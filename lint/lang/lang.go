// Package lang identifies the language of article text for newslint's
// rules, cheapest evidence first:
//
//  1. the Unicode script of the letters (Arabic inside an English article,
//     kana inside a Chinese one) decides without any model;
//  2. profiles of frequent function words ("the", "of", "de", "que", "und")
//     tell, for text in the article's own script, whether it reads as the
//     article's language or as another one;
//  3. only text that the profiles flag as foreign is handed to lingua-go,
//     restricted to the few candidate languages in question, to confirm the
//     language and measure how sure the identification is.
//
// A clean article therefore loads no statistical model at all, and one with
// a foreign paragraph loads the models of two or three languages. A Detector
// is safe for concurrent use; the models lingua-go loads are shared by every
// detector of the process.
package lang

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Language is a language as its ISO 639-1 code, such as "en" or "pt"; the
// empty Language means "unknown".
type Language string

// Parse returns the language of a BCP 47 tag such as "en", "pt-BR",
// "zh-Hant" or "no" (read as Norwegian Bokmål, "nb"). Only the language
// matters: regions and scripts are dropped.
func Parse(tag string) (Language, error) {
	t, err := language.Parse(strings.TrimSpace(tag))
	if err != nil {
		return "", fmt.Errorf("language %q: %w", tag, err)
	}
	base, conf := t.Base()
	if conf != language.Exact {
		return "", fmt.Errorf("language %q: no language given", tag)
	}
	code := base.String()
	if code == "no" {
		code = "nb"
	}
	if len(code) != 2 {
		return "", fmt.Errorf("language %q: no two-letter (ISO 639-1) code", tag)
	}
	return Language(code), nil
}

// ParseList parses a list of BCP 47 tags, dropping duplicates.
func ParseList(tags []string) ([]Language, error) {
	var ls []Language
	for _, t := range tags {
		l, err := Parse(t)
		if err != nil {
			return nil, err
		}
		if !contains(ls, l) {
			ls = append(ls, l)
		}
	}
	return ls, nil
}

// Name returns the language's English name, such as "Spanish".
func (l Language) Name() string {
	if l == "" {
		return "an unknown language"
	}
	if n := display.English.Languages().Name(language.Make(string(l))); n != "" {
		return n
	}
	return string(l)
}

// String returns the language's code.
func (l Language) String() string { return string(l) }

// Names returns the English names of languages joined with "and" or "or",
// as in "English or French".
func Names(ls []Language, conj string) string {
	names := make([]string, len(ls))
	for i, l := range ls {
		names[i] = l.Name()
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + conj + " " + names[len(names)-1]
}

func contains(ls []Language, l Language) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}
