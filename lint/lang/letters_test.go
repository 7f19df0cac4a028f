package lang

import "testing"

func TestForeignByLetters(t *testing.T) {
	cands := DefaultCandidates()
	tests := []struct {
		text     string
		expected []Language
		want     Language // "" when the letters are no evidence
	}{
		{"Gwoździem programu Mega Targów Ślubnych Torwar będą pokazy premierowej kolekcji", []Language{"de"}, "pl"},
		{"Příliš žluťoučký kůň úpěl ďábelské ódy", []Language{"en"}, "cs"},
		{"Não há razão para duvidar da informação", []Language{"es"}, "pt"},
		// Letters the article's own alphabet has are no evidence.
		{"Über die Brücke fährt der Zug nach Köln", []Language{"de"}, ""},
		// One foreign word, a name, is not enough.
		{"The talks in Gdańsk ended on Friday", []Language{"en"}, ""},
		// Foreign letters spread over languages with no majority.
		{"Øresund and São Tomé", []Language{"en"}, ""},
		{"plain ASCII text with no letters beyond a to z", []Language{"en"}, ""},
	}
	for _, tt := range tests {
		got, ok := foreignByLetters(tt.text, tt.expected, cands)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("foreignByLetters(%q, %v) = %q, %v; want %q", tt.text, tt.expected, got, ok, tt.want)
		}
	}
}
