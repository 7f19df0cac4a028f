// Package mixedscriptword defines the mixed-script-word rule: words that mix
// look-alike letters of the Latin, Cyrillic and Greek scripts, such as
// "Putin" spelled with a Cyrillic "Р".
package mixedscriptword

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/prose"
	"github.com/newslint/newslint/rules/internal/text"
)

//go:embed doc.md
var doc string

//go:embed confusables.txt
var confusables string

// New returns the mixed-script-word rule.
func New() *lint.Rule {
	t, err := parseTable(confusables)
	var rare map[rune]bool
	if err == nil {
		rare = t.rareLetters()
	}
	cl := newClasses()
	return &lint.Rule{
		Name:     "mixed-script-word",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.UnsafeFix,
		Run: func(_ context.Context, pass *lint.Pass) error {
			if err != nil {
				return fmt.Errorf("look-alike table: %w", err)
			}
			return run(pass, t, rare, cl)
		},
	}
}

// checker holds what the rule knows about one article.
type checker struct {
	pass  *lint.Pass
	table table
	// rare holds the letters the table marks rare.
	rare map[rune]bool
	// counted tells whether letters and present hold their values: count
	// computes them when the first word that mixes scripts needs them.
	counted bool
	// letters counts the article's Latin, Cyrillic and Greek letters.
	letters [numScripts]int
	// present holds the rare look-alike letters the article uses.
	present map[rune]bool
}

// run checks the words of the article that hold cased letters of two or
// more of the Latin, Cyrillic and Greek scripts: only they can mix
// look-alikes. Words are runs of letters and combining marks, told apart
// by the character classes cl.
func run(pass *lint.Pass, t table, rare map[rune]bool, cl *classes) error {
	c := &checker{pass: pass, table: t, rare: rare}
	for sp := range prose.All(pass.Article) {
		c.scan(sp.Start, pass.Article.Text(sp), cl)
	}
	return nil
}

// scan checks the words of the prose range s, which starts at byte offset
// base, that mix scripts.
func (c *checker) scan(base int, s string, cl *classes) {
	start := -1 // start of the current word, or -1
	var scripts uint8
	for i := 0; i < len(s); {
		b := s[i]
		var class uint8
		n := 1
		switch {
		case b < utf8.RuneSelf:
			if !isASCIILetter(b) {
				break
			}
			// A run of ASCII letters: cased Latin letters.
			if start < 0 {
				start, scripts = i, 0
			}
			scripts |= classLatin
			for i++; i < len(s) && isASCIILetter(s[i]); i++ {
			}
			continue
		case b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// A character of two bytes, U+0080 to U+07FF.
			class, n = cl[rune(b&0x1F)<<6|rune(s[i+1]&0x3F)], 2
		default:
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			class = cl.of(r)
		}
		if class&classWord == 0 {
			if start >= 0 && mixed(scripts) {
				c.check(base+start, s[start:i])
			}
			start = -1
		} else {
			if start < 0 {
				start, scripts = i, 0
			}
			scripts |= class
		}
		i += n
	}
	if start >= 0 && mixed(scripts) {
		c.check(base+start, s[start:])
	}
}

// count computes, the first time it is called, how many letters of each
// script the article has and which rare look-alike letters it uses.
func (c *checker) count() {
	if c.counted {
		return
	}
	c.counted = true
	c.present = map[rune]bool{}
	for sp := range prose.All(c.pass.Article) {
		for _, r := range c.pass.Article.Text(sp) {
			if s, ok := scriptOf(r); ok && isCased(r) {
				c.letters[s]++
			}
			if c.rare[r] {
				c.present[r] = true
			}
		}
	}
}

// isCased reports whether r is an upper-, lower- or title-case letter.
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
}

func isWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// check inspects one word starting at byte offset pos.
func (c *checker) check(pos int, word string) {
	var count [numScripts]int
	scripts := 0
	for _, r := range word {
		if !unicode.IsLetter(r) {
			continue // combining marks belong to their base letter
		}
		s, ok := scriptOf(r)
		if !ok {
			if unicode.In(r, unicode.Common, unicode.Inherited) {
				continue // modifier letters such as the Ukrainian apostrophe U+02BC
			}
			return // a letter of another script: Japanese, Korean... mix legitimately
		}
		if !isCased(r) {
			// Uncased letters of these scripts are used as symbols:
			// the ordinal indicators in "Nº" and "Кº" (& Co.),
			// modifier letters, click letters.
			continue
		}
		if count[s] == 0 {
			scripts++
		}
		count[s]++
	}
	if scripts < 2 {
		return
	}
	c.count()
	main, ok := c.mainScript(word, count)
	if !ok {
		c.reportUnclear(pos, word, count)
		return
	}
	c.report(pos, word, main)
}

// mainScript chooses the script the word is meant to be in: among the
// scripts of its letters, one into which every other letter has a look-alike
// to turn, needing the fewest replacements. A word whose look-alikes spell a
// Roman numeral in Latin letters ("ХХI" with two Cyrillic "Х") is Latin. A
// tie goes to the script most of the article's letters are in. It returns
// false when no script fits every letter, or the tie stays.
func (c *checker) mainScript(word string, count [numScripts]int) (script, bool) {
	var feasible [numScripts]bool
	for s := range numScripts {
		feasible[s] = count[s] > 0 && c.fits(word, s)
	}
	if feasible[latin] && romanNumeral(c.spell(word, latin)) {
		return latin, true
	}
	letters := 0
	for _, n := range count {
		letters += n
	}
	best, tie := script(-1), false
	for s := range numScripts {
		if !feasible[s] {
			continue
		}
		if best < 0 {
			best = s
			continue
		}
		// The cost of a script is the number of letters to replace.
		cs, cb := letters-count[s], letters-count[best]
		switch {
		case cs < cb:
			best, tie = s, false
		case cs == cb && c.letters[s] > c.letters[best]:
			best, tie = s, false
		case cs == cb && c.letters[s] == c.letters[best]:
			tie = true
		}
	}
	return best, best >= 0 && !tie
}

// fits reports whether every letter of word that is not in script s has a
// look-alike in s the article may use.
func (c *checker) fits(word string, s script) bool {
	for _, r := range word {
		if !isCased(r) {
			continue
		}
		if rs, ok := scriptOf(r); !ok || rs == s {
			continue
		}
		tg := c.table[r][s]
		if tg.r == 0 || tg.rare && !c.present[tg.r] {
			return false
		}
	}
	return true
}

// spell returns word with its look-alikes replaced by letters of script s.
func (c *checker) spell(word string, s script) string {
	var sb strings.Builder
	for _, r := range word {
		if rs, ok := scriptOf(r); ok && rs != s && isCased(r) {
			if tg := c.table[r][s]; tg.r != 0 {
				r = tg.r
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// romanNumeral reports whether s is a Roman numeral of at least two letters
// with an I, V or X ("XXI", "IV"), as Russian and other texts write
// centuries and monarchs.
func romanNumeral(s string) bool {
	if len(s) < 2 || !strings.ContainsAny(s, "IVX") {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return true
}

// foreign returns the distinct letters of word outside script s, in order.
func foreign(word string, s script) []rune {
	var out []rune
	for _, r := range word {
		if rs, ok := scriptOf(r); ok && rs != s && isCased(r) && !containsRune(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func names(rs []rune) string {
	ns := make([]string, len(rs))
	for i, r := range rs {
		ns[i] = text.Name(r)
	}
	return strings.Join(ns, ", ")
}

func (c *checker) report(pos int, word string, main script) {
	letters := foreign(word, main)
	noun := "look-alike"
	if len(letters) > 1 {
		noun = "look-alikes"
	}
	f := lint.Finding{
		Pos: pos, End: pos + len(word),
		Message: fmt.Sprintf("word %q mixes scripts: %s %s in a %s word", word, noun, names(letters), main),
	}
	var edits []lint.Edit
	for i, r := range word {
		if rs, ok := scriptOf(r); ok && rs != main && isCased(r) {
			edits = append(edits, lint.Edit{Pos: pos + i, End: pos + i + utf8.RuneLen(r), NewText: string(c.table[r][main].r)})
		}
	}
	f.Fixes = []lint.Fix{{
		Message:       fmt.Sprintf("write %q in %s letters", c.spell(word, main), main),
		Applicability: lint.Unsafe,
		Edits:         edits,
	}}
	c.pass.Report(f)
}

// reportUnclear reports a word whose letters could be meant in more than one
// script, or in none: it only names the scripts.
func (c *checker) reportUnclear(pos int, word string, count [numScripts]int) {
	// Only look-alike mixes are this rule's business: a word with a letter
	// that has no look-alike in any script of the word is some other
	// mix (a brand such as "Яndex") and not reported.
	for _, r := range word {
		rs, ok := scriptOf(r)
		if !ok || !isCased(r) {
			continue
		}
		has := false
		for s := range numScripts {
			if s != rs && count[s] > 0 && c.table[r][s].r != 0 {
				has = true
			}
		}
		if !has {
			return
		}
	}
	var ss []string
	for s := range numScripts {
		if count[s] > 0 {
			ss = append(ss, s.String())
		}
	}
	c.pass.Report(lint.Finding{
		Pos: pos, End: pos + len(word),
		Message: fmt.Sprintf("word %q mixes look-alike %s letters", word, strings.Join(ss, " and ")),
	})
}
