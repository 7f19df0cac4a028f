package blocks

import "testing"

func TestLanguageText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"See https://www.example.gov/a-b?c=d now", "See   now"},
		{"Write to jane.doe@example.com or @janedoe #news", "Write to   or    "},
		{"Protesters held signs reading \"¡No a la guerra!\" as the motorcade passed.", "Protesters held signs reading   as the motorcade passed."},
		{"He said “Nous sommes en guerre” and left.", "He said   and left."},
		{"They didn’t say ‘oui’ yet.", "They didn’t say   yet."},
		{"«Les gens ont peur», dit-il.", " , dit-il."},
		{"3.5 percent, e.g. here", "3.5 percent, e.g. here"},
	}
	for _, tt := range tests {
		if got := LanguageText(tt.in); got != tt.want {
			t.Errorf("LanguageText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLongQuotationStays(t *testing.T) {
	q := "“La vivienda es un derecho y no un privilegio, y este gobierno va a garantizar que los jóvenes puedan acceder a un alquiler asequible.”"
	if got := LanguageText(q); got != q {
		t.Errorf("a quotation of more than %d words was dropped: %q", MaxQuotedWords, got)
	}
}

func TestTitleLike(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Director General for International Relations and Community Policies, Ministry of Health, Roma (Italia)", true},
		{"Werner Klein, Frauenhofer-Institut für Umweltchemie und Ökotoxikologie, Schmallenberg (Deutschland)", true},
		{"Keith H. Jones", true},
		{"Publicar un comentario", false},
		{"The central bank left interest rates unchanged on Thursday.", false},
		{"Die Regierung hat am Dienstag beschlossen, die Steuern zu erhöhen.", false},
		{"نموذج الاتصال", false},
		{"东京奥运会延期一年举行", false},
	}
	for _, tt := range tests {
		if got := TitleLike(tt.text); got != tt.want {
			t.Errorf("TitleLike(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	for text, want := range map[string]bool{
		"He left.": true, "He left.”": true, "Read also:": true, "东京。": true,
		"Related": false, "Older Post Newer Post Home": false, "2025": false,
	} {
		if got := EndsSentence(text); got != want {
			t.Errorf("EndsSentence(%q) = %v, want %v", text, got, want)
		}
	}
}
