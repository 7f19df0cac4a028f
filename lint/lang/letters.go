package lang

import (
	"strings"
	"unicode"
)

// alphabetExtras returns the letters, in lower case, that the Latin
// alphabet of a language has beyond a–z (including those it uses in common
// loanwords), or "" for a language without any or without a table here.
// Text full of letters that the article's languages never use, such as
// Polish "ł", "ę" and "ź" in a German article, deserves a look by the
// model even when it holds few function words.
func alphabetExtras(l Language) string {
	switch l {
	case "ca":
		return "àçèéíïòóúü"
	case "cs":
		return "áčďéěíňóřšťúůýž"
	case "da", "nb", "nn":
		return "æøåé"
	case "de":
		return "äöüß"
	case "es":
		return "áéíñóúü"
	case "et":
		return "äöõüšž"
	case "fi":
		return "äöå"
	case "fr":
		return "àâæçéèêëîïôœùûüÿ"
	case "hr", "bs":
		return "čćđšž"
	case "hu":
		return "áéíóöőúüű"
	case "is":
		return "áéíóúýþæöð"
	case "it":
		return "àèéìíîòóùú"
	case "lt":
		return "ąčęėįšųūž"
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

// Thresholds of the letter evidence.
const (
	// minForeignLetters is the fewest letters foreign to the article's
	// alphabets, in at least minForeignLetterWords different words, that
	// make a block worth a look by the model.
	minForeignLetters     = 3
	minForeignLetterWords = 2
)

// foreignByLetters returns the candidate language whose alphabet best
// explains the letters of text that none of the expected languages' Latin
// alphabets has, when there are enough of them; ok is false otherwise.
func foreignByLetters(text string, expected, candidates []Language) (Language, bool) {
	known := ""
	for _, l := range expected {
		known += alphabetExtras(l)
	}
	var foreign []rune // in order, lower case
	words := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		inWord := false
		for _, r := range strings.ToLower(w) {
			if r < 0x80 || ScriptOf(r) != Latin || strings.ContainsRune(known, r) {
				continue
			}
			foreign = append(foreign, r)
			inWord = true
		}
		if inWord {
			words++
		}
	}
	if len(foreign) < minForeignLetters || words < minForeignLetterWords {
		return "", false
	}
	var best Language
	bestHits := 0
	for _, l := range candidates {
		extras := alphabetExtras(l)
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
