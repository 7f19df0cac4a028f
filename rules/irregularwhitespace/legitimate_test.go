package irregularwhitespace

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLegitimate(t *testing.T) {
	// Each case marks the white-space character with "|" before and after
	// it; the text around it is the rest of the line.
	tests := []struct {
		text string
		want bool
	}{
		// French typography.
		{"dit|\u202f|: oui", true},
		{"«|\u00a0|Bonjour", true},
		{"Bonjour|\u00a0|»", true},
		{"vraiment|\u00a0|?", true},
		{"20|\u00a0|%", true},
		{"taux|\u00a0|%", true},
		{"«|\u2009|mot", true},
		{"dit|\u200a|!", true},
		// Digits, units and numbers.
		{"10|\u00a0|000", true},
		{"10|\u2007|000", true},
		{"mot|\u2007|000", false},
		{"5|\u00a0|km", true},
		{"page|\u00a0|12", true},
		{"٢٠١٥|\u00a0|والتي", true},
		// Dashes, currency, section signs.
		{"Wort|\u00a0|— Wort", true},
		{"—|\u00a0|Привет", true},
		{"word|\u200a|—", true},
		{"word|\u200a|word", false},
		{"€|\u00a0|5", true},
		{"US$|\u00a0|3", true},
		{"§|\u00a0|A", true},
		// Short words, abbreviations, Roman numerals.
		{"w|\u00a0|domu", true},
		{"na|\u00a0|работу", true},
		{"Mr|\u00a0|Smith", true},
		{"J.|\u00a0|Smith", true},
		{"z.|\u202f|B.", true},
		{"Prof.|\u00a0|Weber", true},
		{"said.|\u00a0|Next", false},
		{"2004.|\u00a0|gada", true},
		{"Louis|\u00a0|XIV", true},
		{"Louis|\u00a0|XIVth", false},
		{"2x|\u00a0|words", false},
		{"the|\u00a0|end", false},
		{"Emmanuel|\u00a0|Macron", false},
		{"中国|\u00a0|北京", false},
		{"…|\u00a0|'quote'", false},
		{"colon :|\u00a0|word", false},
		// Scripts with their own spaces.
		{"見出し|\u3000|気象庁", true},
		{"「|\u3000|word", true},
		{"word|\u3000|word", false},
		{"ᚋᚐ|\u1680|ᚉ", true},
		{"word|\u1680|word", false},
		// Never legitimate between words.
		{"word|\t|word", false},
		{"10|\u2003|000", false},
		{"word|\u2002|word", false},
		{"word|\u205f|word", false},
	}
	for _, tt := range tests {
		parts := strings.Split(tt.text, "|")
		if len(parts) != 3 || utf8.RuneCountInString(parts[1]) != 1 {
			t.Fatalf("bad case %q", tt.text)
		}
		c, _ := utf8.DecodeRuneInString(parts[1])
		if got := legitimate(c, parts[0], parts[2], nil); got != tt.want {
			t.Errorf("legitimate(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLegitimateBoundWords(t *testing.T) {
	bound := map[string]bool{"pod": true}
	tests := []struct {
		before string
		want   bool
	}{
		{"rozmowy pod", true},
		{"rozmowy Pod", true},
		{"rozmowy spod", false},
		{"rozmowy 2pod", false},
	}
	for _, tt := range tests {
		if got := legitimate('\u00a0', tt.before, "kierunkiem", bound); got != tt.want {
			t.Errorf("legitimate(%q + NBSP, bound pod) = %v, want %v", tt.before, got, tt.want)
		}
	}
}
