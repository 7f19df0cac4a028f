package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// alphabetExtras returns the letters, in lower case, that the Latin
// alphabet of a language has beyond a–z (including those it uses in common
// loanwords), and whether the alphabet is known here: "" and true for a
// language written with a–z alone, "" and false for a language without a
// table. Text full of letters that the article's languages never use, such
// as Polish "ł", "ę" and "ź" in a German article, deserves a look by the
// model even when it holds few function words.
func alphabetExtras(l Language) (string, bool) {
	if e := latinExtras(l); e != "" {
		return e, true
	}
	switch l {
	case "en", "id", "ms", "sw", "xh", "zu", "so", "ha", "yo":
		return "", true
	}
	return "", false
}

// latinExtras returns the letters of alphabetExtras for the languages with
// letters beyond a–z, or "".
func latinExtras(l Language) string {
	switch l {
	case "af":
		return "áäéèêëíîïóôöúûüý"
	case "az":
		return "çəğıöşü"
	case "ca":
		return "àçèéíïòóúü"
	case "cs":
		return "áčďéěíňóřšťúůýž"
	case "da", "nb", "nn":
		return "æøåé"
	case "de":
		return "äöüß"
	case "es", "gl":
		return "áéíñóúü"
	case "et":
		return "äöõüšž"
	case "fi":
		return "äöå"
	case "ga":
		return "áéíóú"
	case "fr":
		return "àâæçéèêëîïôœùûüÿ"
	case "hr", "bs", "sr":
		return "čćđšž"
	case "hu":
		return "áéíóöőúüű"
	case "is":
		return "áéíóúýþæöð"
	case "it":
		return "àèéìíîòóùú"
	case "lt":
		return "ąčęėįšųūž"
	case "mt":
		return "àèìòùċġħż"
	case "lv":
		return "āčēģīķļņšūž"
	case "pl":
		return "ąćęłńóśźż"
	case "pt":
		return "áâãàçéêíóôõú"
	case "ro":
		return "ăâîșțşţ"
	case "sk":
		return "áäčďéíĺľňóôŕšťúýž"
	case "sl":
		return "čšž"
	case "sv":
		return "åäöé"
	case "tr":
		return "çğıöşüâî"
	case "vi":
		return "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
	}
	return ""
}

// cyrillicAlphabet returns the Cyrillic alphabet of a language in lower
// case, or "" for a language without a table.
func cyrillicAlphabet(l Language) string {
	switch l {
	case "ru":
		return "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
	case "uk":
		return "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
	case "be":
		return "абвгдеёжзійклмнопрстуўфхцчшыьэюя"
	case "bg":
		return "абвгдежзийклмнопрстуфхцчшщъьюяѝ"
	case "mk":
		return "абвгдѓежзѕијклљмнњопрстќуфхцчџшѐѝ"
	case "sr":
		return "абвгдђежзијклљмнњопрстћуфхцчџш"
	}
	return ""
}

// alienWords counts the words of text in script s that hold a letter the
// alphabet of l lacks and the alphabet of one of the expected languages
// has: Bulgarian "ъ" to Ukrainian, Estonian "õ" to Finnish, Norwegian "ø"
// to Swedish. Text in l would hold such letters only in names, such as
// "Institut Català" in Spanish text: capitalized words other than the
// first of a sentence are names, and not counted. It is 0 when the
// alphabet of l, or of every expected language, is not known here.
func alienWords(text string, s Script, l Language, expected []Language) int {
	alphabet := func(l Language) (string, bool) {
		if s == Cyrillic {
			a := cyrillicAlphabet(l)
			return a, a != ""
		}
		return alphabetExtras(l)
	}
	own, ok := alphabet(l)
	if !ok || s != Latin && s != Cyrillic {
		return 0
	}
	var theirs strings.Builder
	for _, e := range expected {
		if a, ok := alphabet(e); ok {
			theirs.WriteString(a)
		}
	}
	known := theirs.String()
	words := 0
	inWord, alien, name := false, false, false
	sentenceStart := true // no word since the start or the last full stop
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		i += n
		if unicode.IsLetter(r) {
			if !inWord {
				inWord, name = true, !sentenceStart && unicode.IsUpper(r)
				sentenceStart = false
			}
			if !alien && r >= utf8.RuneSelf && ScriptOf(r) == s {
				lr := unicode.ToLower(r)
				alien = !strings.ContainsRune(own, lr) && strings.ContainsRune(known, lr)
			}
			continue
		}
		if inWord {
			if alien && !name {
				words++
			}
			inWord, alien = false, false
		}
		switch {
		case r == '.' || r == '!' || r == '?' || r == '…':
			sentenceStart = true
		case unicode.IsSpace(r) || unicode.IsPunct(r):
		default:
			sentenceStart = false
		}
	}
	if inWord && alien && !name {
		words++
	}
	return words
}

// Thresholds of the letter evidence.
const (
	// minForeignLetters is the fewest letters foreign to the article's
	// alphabets, in at least minForeignLetterWords different words, that
	// make a block worth a look by the model.
	minForeignLetters     = 3
	minForeignLetterWords = 2
	// maxAlienWords is the most words with letters alien to a language
	// (see alienWords) that text in that language may hold, when the
	// language is a close relative of the article's (see related) or
	// written in Cyrillic (see ruledOut): any such word rules it out.
	// Close languages share most function words, and their letters then
	// tell them apart better than the words do; ruling a language out
	// only ever costs a finding, and alienWords does not count names. Other
	// languages in Latin script are not ruled out by letters: English
	// text in a French article may well speak of a café.
	maxAlienWords = 0
)

// foreignLetters returns, in order and in lower case, the letters of text
// that none of the expected languages' Latin alphabets has, and the number
// of words that hold them.
func foreignLetters(text string, expected []Language) (foreign []rune, words int) {
	known := ""
	for _, l := range expected {
		extras, ok := alphabetExtras(l)
		if !ok {
			// Without the alphabet of one of the article's
			// languages, no letter can be told foreign.
			return nil, 0
		}
		known += extras
	}
	inWord := false // the current word holds a foreign letter
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'; !letter && inWord {
				words++
				inWord = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !unicode.IsLetter(r) {
			if inWord {
				words++
				inWord = false
			}
			continue
		}
		if r = unicode.ToLower(r); r < utf8.RuneSelf || ScriptOf(r) != Latin || strings.ContainsRune(known, r) {
			continue
		}
		foreign = append(foreign, r)
		inWord = true
	}
	if inWord {
		words++
	}
	return foreign, words
}

// enoughForeignLetters reports whether the foreign letters of a text, in
// so many words, are enough to make it worth a look by the model.
func enoughForeignLetters(foreign []rune, words int) bool {
	return len(foreign) >= minForeignLetters && words >= minForeignLetterWords
}

// foreignByLetters returns the candidate language whose alphabet best
// explains the letters of text that none of the expected languages' Latin
// alphabets has, when there are enough of them; ok is false otherwise.
func foreignByLetters(text string, expected, candidates []Language) (Language, bool) {
	foreign, words := foreignLetters(text, expected)
	if !enoughForeignLetters(foreign, words) {
		return "", false
	}
	var best Language
	bestHits := 0
	for _, l := range candidates {
		extras := latinExtras(l)
		if extras == "" || contains(expected, l) {
			continue
		}
		hits := 0
		for _, r := range foreign {
			if strings.ContainsRune(extras, r) {
				hits++
			}
		}
		if hits > bestHits {
			best, bestHits = l, hits
		}
	}
	// Most of the foreign letters must belong to the language found.
	if 2*bestHits <= len(foreign) || bestHits < minForeignLetters {
		return "", false
	}
	return best, true
}
