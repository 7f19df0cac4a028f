package lang

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Script is a writing system, as far as telling languages apart needs it.
// Hiragana and katakana are one script, Kana, because together with Han
// they mark Japanese.
type Script uint8

// The scripts. NoScript is the script of everything that is not a letter.
const (
	NoScript Script = iota
	Latin
	Cyrillic
	Greek
	Armenian
	Georgian
	Hebrew
	Arabic
	Devanagari
	Bengali
	Gurmukhi
	Gujarati
	Tamil
	Telugu
	Kannada
	Malayalam
	Sinhala
	Thai
	Lao
	Myanmar
	Khmer
	Ethiopic
	Hangul
	Han
	Kana
	OtherScript
	numScripts
)

// cased reports whether letters of script s may have cases: the scripts
// after Georgian but OtherScript have none (TestCaseless).
func cased(s Script) bool { return s <= Georgian || s == OtherScript }

var scriptNames = [numScripts]string{
	NoScript: "no", Latin: "Latin", Cyrillic: "Cyrillic", Greek: "Greek",
	Armenian: "Armenian", Georgian: "Georgian", Hebrew: "Hebrew",
	Arabic: "Arabic", Devanagari: "Devanagari", Bengali: "Bengali",
	Gurmukhi: "Gurmukhi", Gujarati: "Gujarati", Tamil: "Tamil",
	Telugu: "Telugu", Kannada: "Kannada", Malayalam: "Malayalam",
	Sinhala: "Sinhala", Thai: "Thai", Lao: "Lao", Myanmar: "Myanmar",
	Khmer: "Khmer", Ethiopic: "Ethiopic", Hangul: "Hangul", Han: "Han",
	Kana: "kana", OtherScript: "another",
}

// String returns the script's English name, as in "Cyrillic".
func (s Script) String() string {
	if s < numScripts {
		return scriptNames[s]
	}
	return "another"
}

// scriptTables maps the scripts to the Unicode tables that define them, in
// the order they are tried after the fast paths.
var scriptTables = []struct {
	script Script
	table  *unicode.RangeTable
}{
	{Cyrillic, unicode.Cyrillic},
	{Arabic, unicode.Arabic},
	{Han, unicode.Han},
	{Kana, unicode.Hiragana},
	{Kana, unicode.Katakana},
	{Hangul, unicode.Hangul},
	{Greek, unicode.Greek},
	{Hebrew, unicode.Hebrew},
	{Devanagari, unicode.Devanagari},
	{Thai, unicode.Thai},
	{Bengali, unicode.Bengali},
	{Armenian, unicode.Armenian},
	{Georgian, unicode.Georgian},
	{Gurmukhi, unicode.Gurmukhi},
	{Gujarati, unicode.Gujarati},
	{Tamil, unicode.Tamil},
	{Telugu, unicode.Telugu},
	{Kannada, unicode.Kannada},
	{Malayalam, unicode.Malayalam},
	{Sinhala, unicode.Sinhala},
	{Lao, unicode.Lao},
	{Myanmar, unicode.Myanmar},
	{Khmer, unicode.Khmer},
	{Ethiopic, unicode.Ethiopic},
	{Latin, unicode.Latin},
}

// ScriptOf returns the script of a letter, and NoScript for anything else
// (digits, punctuation, symbols, combining marks, spaces).
func ScriptOf(r rune) Script {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return Latin
		}
		return NoScript
	case r < tableEnd:
		return scriptTable()[r]
	case 0x4E00 <= r && r <= 0x9FFF:
		return Han // CJK Unified Ideographs: letters all
	case 0xAC00 <= r && r <= 0xD7A3:
		return Hangul // Hangul Syllables: letters all
	}
	return scriptOf(r)
}

// tableEnd bounds the letters whose script scriptTable holds: the
// alphabets and abugidas of the Basic Multilingual Plane up to kana.
const tableEnd = 0x3100

// scriptTable holds scriptOf of every rune below tableEnd. It is built on
// first use and never written again.
var scriptTable = sync.OnceValue(func() *[tableEnd]Script {
	var t [tableEnd]Script
	// Letters first, of another script until a table claims them; the
	// earlier tables of scriptTables win, as in scriptOf.
	forEach(unicode.Letter, func(r rune) { t[r] = OtherScript })
	for i := len(scriptTables) - 1; i >= 0; i-- {
		st := scriptTables[i]
		forEach(st.table, func(r rune) {
			if t[r] != NoScript {
				t[r] = st.script
			}
		})
	}
	for r := range rune(0x250) {
		if t[r] != NoScript {
			t[r] = Latin
		}
	}
	t['ー'], t['々'] = Kana, Kana
	return &t
})

// forEach calls f for each rune of table below tableEnd.
func forEach(table *unicode.RangeTable, f func(rune)) {
	for _, rg := range table.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi) && r < tableEnd; r += rune(rg.Stride) {
			f(r)
		}
	}
	for _, rg := range table.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi) && r < tableEnd; r += rune(rg.Stride) {
			f(r)
		}
	}
}

// scriptOf is ScriptOf from the Unicode tables.
func scriptOf(r rune) Script {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return Latin
		}
		return NoScript
	}
	if !unicode.IsLetter(r) {
		return NoScript
	}
	if r < 0x250 {
		return Latin // Latin-1 Supplement and Latin Extended-A/B
	}
	if r == 'ー' || r == '々' {
		return Kana // the prolonged sound mark and the iteration mark are Japanese
	}
	for _, t := range scriptTables {
		if unicode.Is(t.table, r) {
			return t.script
		}
	}
	return OtherScript
}

// Letters counts the letters of a text by script.
type Letters [numScripts]int

// CountLetters counts the letters of text by script.
func CountLetters(text string) Letters {
	var c Letters
	c.Add(text)
	return c
}

// Add counts the letters of text.
func (c *Letters) Add(text string) {
	latin := 0
	for i := 0; i < len(text); {
		if b := text[i]; b < utf8.RuneSelf {
			if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if s := ScriptOf(r); s != NoScript {
			c[s]++
		}
		i += n
	}
	c[Latin] += latin
}

// Total returns the number of letters.
func (c Letters) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// Dominant returns the script that holds the largest share of the
// letters, and that share; Han and kana count together as Japanese when
// kana make up at least a tenth of them (Japanese writes most content words
// in Han), and Hangul wins over the Han it is sometimes mixed with.
func (c Letters) Dominant() (Script, float64) {
	total := c.Total()
	if total == 0 {
		return NoScript, 0
	}
	best, n := NoScript, 0
	for s, v := range c {
		if v > n {
			best, n = Script(s), v
		}
	}
	cjk := c[Han] + c[Kana]
	switch {
	case c[Kana] > 0 && cjk > n/2 && c[Kana]*10 >= cjk:
		// Japanese: report kana, the script that identifies it, with the
		// share of Han and kana together.
		return Kana, float64(cjk) / float64(total)
	case best == Han && c[Hangul]*5 >= c[Han]:
		return Hangul, float64(c[Han]+c[Hangul]) / float64(total)
	}
	return best, float64(n) / float64(total)
}

// scriptLanguage is the language a script identifies by itself, for
// scripts written by one major language, and "" for the others.
var scriptLanguage = [numScripts]Language{
	Greek: "el", Armenian: "hy", Georgian: "ka", Hebrew: "he",
	Bengali: "bn", Gurmukhi: "pa", Gujarati: "gu", Tamil: "ta",
	Telugu: "te", Kannada: "kn", Malayalam: "ml", Sinhala: "si",
	Thai: "th", Lao: "lo", Myanmar: "my", Khmer: "km", Ethiopic: "am",
	Hangul: "ko", Kana: "ja", Han: "zh",
}

// languageScripts lists the scripts of languages written in more than one,
// or in a script that is not their language's alone. Every other language
// is written in the script scriptLanguage maps to it, or else in Latin.
var languageScripts = map[Language][]Script{
	"ru": {Cyrillic}, "uk": {Cyrillic}, "bg": {Cyrillic}, "be": {Cyrillic},
	"mk": {Cyrillic}, "kk": {Cyrillic}, "mn": {Cyrillic}, "ky": {Cyrillic},
	"tg": {Cyrillic}, "sr": {Cyrillic, Latin},
	"ar": {Arabic}, "fa": {Arabic}, "ur": {Arabic}, "ps": {Arabic},
	"ku": {Latin, Arabic}, "ug": {Arabic}, "sd": {Arabic},
	"hi": {Devanagari}, "mr": {Devanagari}, "ne": {Devanagari}, "sa": {Devanagari},
	"yi": {Hebrew},
	// Japanese and Korean articles use Han too; Chinese ones do not use
	// kana or Hangul.
	"ja": {Kana, Han}, "ko": {Hangul, Han}, "zh": {Han},
}

// scriptsAlone holds each script at its own index, for ScriptsOf to
// return one without allocating.
var scriptsAlone = func() (ss [numScripts]Script) {
	for i := range ss {
		ss[i] = Script(i)
	}
	return ss
}()

// ScriptsOf returns the scripts a language is written in; callers must
// not modify the result.
func ScriptsOf(l Language) []Script {
	if ss, ok := languageScripts[l]; ok {
		return ss
	}
	for s, sl := range scriptLanguage {
		if sl == l {
			return scriptsAlone[s : s+1]
		}
	}
	return scriptsAlone[Latin : Latin+1]
}
