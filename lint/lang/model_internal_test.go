package lang

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestPresentationForms checks that text in Arabic presentation forms (a
// saying stored in visual order, as legacy encodings kept it) is told to
// be in Arabic script without asking the model, which cannot read such
// glyphs, while the same saying in Arabic letters is named Arabic.
func TestPresentationForms(t *testing.T) {
	d, err := NewDetector(nil)
	if err != nil {
		t.Fatal(err)
	}
	e := Expect{Langs: []Language{"en"}, MinLetters: 20, MinConfidence: 0.5}
	const glyphs = "ْﺐِﺒْﺣَﺃ َﻚَﺒﻴِﺒَﺣ ﺎًﻧْﻮَﻫ ﺎَﻣ ْﺾِﻐْﺑَﺃَﻭ َﻚَﻀْﻴِﻐَﺑ ﺎًﻧْﻮَﻫ ﺎَﻣ"
	if n := presentationForms(glyphs); n != CountLetters(glyphs)[Arabic] {
		t.Fatalf("presentationForms counts %d letters, want all %d", n, CountLetters(glyphs)[Arabic])
	}
	before := d.asked.Load()
	g, ok := d.Foreign(glyphs, e)
	if !ok || g.Script != Arabic || g.Lang != "" {
		t.Errorf("Foreign(glyphs) = %+v, %v; want Arabic script, no language", g, ok)
	}
	if n := d.asked.Load() - before; n != 0 {
		t.Errorf("the model was asked %d times about presentation forms", n)
	}
	letters := "أحبب حبيبك هونا ما عسى أن يكون بغيضك يوما ما، وأبغض بغيضك هونا ما عسى أن يكون حبيبك يوما ما"
	if presentationForms(letters) != 0 || presentationForms(norm.NFKC.String(glyphs)) != 0 {
		t.Fatal("presentationForms counts Arabic letters")
	}
	if g, ok := d.Foreign(letters, e); !ok || g.Lang != "ar" {
		t.Errorf("Foreign(letters) = %+v, %v; want Arabic", g, ok)
	}
}

// TestAlienWords checks which words hold letters that a language lacks and
// the article's language has, names aside.
func TestAlienWords(t *testing.T) {
	tests := []struct {
		text     string
		s        Script
		l        Language
		expected []Language
		want     int
	}{
		{"Релефът на местността не позволява използването на обикновено оборудване.", Cyrillic, "uk", []Language{"bg"}, 1},
		{"Релефът на местността не позволява използването на обикновено оборудване.", Cyrillic, "bg", []Language{"bg"}, 0},
		{"Релефът на местността не позволява използването на обикновено оборудване.", Cyrillic, "ru", []Language{"bg"}, 0},
		{"Need hõlmavad kolme eri valdkonda: ühiskond, majandus ja suhted.", Latin, "fi", []Language{"et"}, 2},
		{"Søskenbarna setter av ett år for å reise Norge rundt.", Latin, "sv", []Language{"nb"}, 1},
		// Names: capitalized words other than the first of a sentence.
		{"Han mötte Jonas Gahr Støre i går.", Latin, "sv", []Language{"nb"}, 0},
		{"Han kom i går. Støre talade.", Latin, "sv", []Language{"nb"}, 1},
		{"La compra a través del Institut Català de Finances.", Latin, "es", []Language{"it"}, 0},
		{"La compra a través del institut català de finances.", Latin, "es", []Language{"it"}, 1},
		// Letters the article's alphabet lacks too are no evidence.
		{"Wałęsa i Gdańsk", Latin, "sv", []Language{"nb"}, 0},
		// Alphabets not known here.
		{"Søskenbarna setter av ett år for å reise Norge rundt.", Latin, "xx", []Language{"nb"}, 0},
		{"Søskenbarna setter av ett år for å reise Norge rundt.", Latin, "sv", []Language{"xx"}, 0},
	}
	for _, tt := range tests {
		if got := alienWords(tt.text, tt.s, tt.l, tt.expected); got != tt.want {
			t.Errorf("alienWords(%q, %v, %s, %v) = %d, want %d", tt.text, tt.s, tt.l, tt.expected, got, tt.want)
		}
	}
	// Letters rule out close relatives and Cyrillic languages only.
	for _, tt := range []struct {
		text     string
		s        Script
		l        Language
		expected []Language
		want     bool
	}{
		{"Søskenbarna setter av ett år for å reise Norge rundt.", Latin, "sv", []Language{"nb"}, true},
		{"The café in Paris is closed.", Latin, "en", []Language{"fr"}, false},
		{"Релефът на местността не позволява.", Cyrillic, "uk", []Language{"bg"}, true},
		{"Han mötte Jonas Gahr Støre i går.", Latin, "sv", []Language{"nb"}, false},
	} {
		if got := ruledOut(tt.text, tt.s, tt.l, tt.expected); got != tt.want {
			t.Errorf("ruledOut(%q, %v, %s, %v) = %v, want %v", tt.text, tt.s, tt.l, tt.expected, got, tt.want)
		}
	}
}

// TestAcronyms checks that words starting with two capitals are not taken
// for function words they are spelt like.
func TestAcronyms(t *testing.T) {
	p, err := loadProfiles()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		l    Language
		hits int
	}{
		{"Danes pozdravljamo v družino EU 10 novih držav članic EU.", "pt", 0},
		{"Eu disse que eu não sabia.", "pt", 5},
		{"Komisjon ja ELi kodanikud.", "fi", 1}, // "ja" alone
		{"THE CAT AND THE HAT", "en", 0},
		{"The cat and the hat", "en", 3},
	}
	for _, tt := range tests {
		ws := p.score(tt.text)
		if got := ws.score(tt.l).hits; got != tt.hits {
			t.Errorf("%q: %d function words of %s, want %d", tt.text, got, tt.l, tt.hits)
		}
	}
}
