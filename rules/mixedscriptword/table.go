package mixedscriptword

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// script is one of the scripts whose letters look alike.
type script int

const (
	latin script = iota
	cyrillic
	greek
	numScripts
)

// String returns the script's English name.
func (s script) String() string {
	switch s {
	case latin:
		return "Latin"
	case cyrillic:
		return "Cyrillic"
	case greek:
		return "Greek"
	}
	return fmt.Sprintf("script(%d)", int(s))
}

// scriptOf returns the script of a letter, and false for letters of any
// other script and for characters without a script of their own.
func scriptOf(r rune) (script, bool) {
	switch {
	case unicode.Is(unicode.Latin, r):
		return latin, true
	case unicode.Is(unicode.Cyrillic, r):
		return cyrillic, true
	case unicode.Is(unicode.Greek, r):
		return greek, true
	}
	return 0, false
}

// target is the letter a look-alike is replaced with in one script.
type target struct {
	r rune
	// rare marks a letter that only some languages of its script use; it
	// is a replacement only when the article uses it elsewhere.
	rare bool
}

// table maps a letter to its look-alike in each script (a zero rune where
// there is none).
type table map[rune][numScripts]target

// parseTable reads the look-alike table (confusables.txt): one group of
// look-alike letters per line in the columns Latin, Cyrillic and Greek.
func parseTable(data string) (table, error) {
	t := table{}
	sc := bufio.NewScanner(strings.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Fields(text)
		if len(fields) != int(numScripts) {
			return nil, fmt.Errorf("confusables.txt:%d: want %d columns, have %d", line, numScripts, len(fields))
		}
		var cells [numScripts][]target
		for s, f := range fields {
			if f == "-" {
				continue
			}
			for _, alt := range strings.Split(f, ",") {
				tg := target{}
				alt, tg.rare = strings.CutSuffix(alt, "*")
				r, n := utf8.DecodeRuneInString(alt)
				if n == 0 || n != len(alt) {
					return nil, fmt.Errorf("confusables.txt:%d: %q is not one letter", line, alt)
				}
				if got, ok := scriptOf(r); !ok || got != script(s) {
					return nil, fmt.Errorf("confusables.txt:%d: %q is not a %s letter", line, alt, script(s))
				}
				tg.r = r
				cells[s] = append(cells[s], tg)
			}
		}
		for from := range numScripts {
			for _, letter := range cells[from] {
				m := t[letter.r]
				for to := range numScripts {
					if to == from || len(cells[to]) == 0 {
						continue
					}
					if m[to].r != 0 && m[to] != cells[to][0] {
						return nil, fmt.Errorf("confusables.txt:%d: %q has two %s look-alikes", line, letter.r, to)
					}
					m[to] = cells[to][0]
				}
				t[letter.r] = m
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("confusables.txt: %w", err)
	}
	return t, nil
}

// rareLetters returns the letters the table marks rare.
func (t table) rareLetters() map[rune]bool {
	out := map[rune]bool{}
	for _, m := range t {
		for _, tg := range m {
			if tg.rare {
				out[tg.r] = true
			}
		}
	}
	return out
}
