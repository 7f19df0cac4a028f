package mojibake_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/mojibake"
)

// hyphenatedWords are words of languages whose hyphenated text holds soft
// hyphens after accented letters, chosen so that every accented capital
// and small letter of the language comes before a hyphenation point, at
// the start of a word and inside it.
var hyphenatedWords = []struct {
	lang  string
	words []string
}{
	{"German", []string{"Ärger", "Bäcker", "Öl", "schön", "Übung", "Müller", "Straße", "Äpfel", "Österreich", "Überfall"}},
	{"Danish", []string{"Æble", "Dækning", "Øre", "Købe", "Åben", "dårlig", "Ærlig", "Søren", "idéer", "Århus"}},
	{"Icelandic", []string{"Árið", "Háskóli", "Ég", "Réttur", "Ísland", "Víking", "Ósk", "Bókin", "Úti", "Húsið", "Ýmis", "Nýra", "Þing", "Alþingi", "Guðrún", "Æska", "Læknir", "Örn", "Sögur", "Aðal"}},
	{"Hungarian", []string{"Ápolás", "Város", "Év", "Kérdés", "Író", "Kíván", "Óra", "Hónap", "Öröm", "Könyv", "Őszi", "Kőbánya", "Új", "Kútja", "Ügy", "Fürdő", "Űrhajó", "Tűzoltó"}},
}

// softHyphenations returns the forms of word with a soft hyphen after each
// accented letter that another letter follows, as written, in small
// letters and in capitals.
func softHyphenations(word string) []string {
	var out []string
	for _, w := range []string{word, strings.ToLower(word), strings.ToUpper(word)} {
		rs := []rune(w)
		for k := 0; k+1 < len(rs); k++ {
			if rs[k] < 0x80 || !unicode.IsLetter(rs[k+1]) {
				continue
			}
			out = append(out, string(rs[:k+1])+"\u00AD"+string(rs[k+1:]))
		}
	}
	return out
}

// lintParagraph lints one paragraph after a headline with the mojibake rule
// and returns the findings, with the positions of findings and edits
// relative to the paragraph.
func lintParagraph(t *testing.T, l *lint.Linter, para string) []lint.Finding {
	t.Helper()
	const head = "Headline\n\n"
	a, err := article.Parse("test.txt", []byte(head+para+"\n"), article.Text)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := l.Lint(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k := range fs {
		fs[k].Pos -= len(head)
		fs[k].End -= len(head)
		for _, fix := range fs[k].Fixes {
			for e := range fix.Edits {
				fix.Edits[e].Pos -= len(head)
				fix.Edits[e].End -= len(head)
			}
		}
	}
	return fs
}

// TestSoftHyphenatedWords checks that soft hyphens at hyphenation points
// after accented letters are left alone: "DÅ\u00adRLIG" is not "DŭRLIG"
// and "Ä\u00adrger" is not "ĭrger", on their own and in a paragraph that
// holds real mojibake elsewhere, which is still repaired.
func TestSoftHyphenatedWords(t *testing.T) {
	l, err := lint.New(mojibake.New())
	if err != nil {
		t.Fatal(err)
	}
	const damaged = "CafÃ©"
	n := 0
	for _, lang := range hyphenatedWords {
		for _, word := range lang.words {
			forms := softHyphenations(word)
			if len(forms) == 0 {
				t.Fatalf("%s: %q has no accented letter before another letter", lang.lang, word)
			}
			for _, form := range forms {
				n++
				alone := fmt.Sprintf("They said %s twice.", form)
				if fs := lintParagraph(t, l, alone); len(fs) > 0 {
					t.Errorf("%s %q: reported: %s", lang.lang, form, fs[0].Message)
				}
				mixed := fmt.Sprintf("%s and %s in one paragraph.", damaged, form)
				fs := lintParagraph(t, l, mixed)
				if len(fs) != 1 || fs[0].Pos != 0 || fs[0].End != len(damaged) {
					var msgs []string
					for _, f := range fs {
						msgs = append(msgs, f.Message)
					}
					t.Errorf("%s %q next to mojibake: want only %q reported, got %q", lang.lang, form, damaged, msgs)
				}
			}
		}
	}
	t.Logf("%d soft-hyphenated forms", n)
}

// TestSoftHyphenMojibake checks that the soft hyphens of UTF-8 read as
// Windows-1252 are still repaired: where the letter before the soft hyphen
// is no hyphenation point of a word, the pair reads a UTF-8 sequence.
func TestSoftHyphenMojibake(t *testing.T) {
	l, err := lint.New(mojibake.New())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, para, fixed string
	}{
		{"í inside a word", "La polÃ\u00adtica cambió.", "La política cambió."},
		{"í starting a word", "El Ã\u00adndice subió.", "El índice subió."},
		{"í as a word", "Hann var Ã\u00ad Reykjavík.", "Hann var í Reykjavík."},
		{"ŭ in Esperanto", "La aÅ\u00adtobuso venis.", "La aŭtobuso venis."},
		{"έ in Greek", "Î\u00adÏ\u0087ÎµÎ¹ δίκιο.", "έχει δίκιο."},
		{"Э in Russian", "Ð\u00adÑ\u0082Ð¾ так.", "Это так."},
		{"ح in Arabic", "Ø\u00adØ±Ø¨ طويلة.", "حرب طويلة."},
		{"խ in Armenian", "Õ\u00adÕ¡Õ² է.", "խաղ է."},
		{"a soft hyphen encoded twice", "Not fallÂ\u00ad.", "Not fall\u00ad."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := lintParagraph(t, l, tt.para)
			if len(fs) == 0 {
				t.Fatalf("%q: not reported", tt.para)
			}
			var edits []lint.Edit
			for _, f := range fs {
				if len(f.Fixes) == 0 {
					t.Fatalf("%q: %s: no fix", tt.para, f.Message)
				}
				edits = append(edits, f.Fixes[0].Edits...)
			}
			got, err := lint.ApplyEdits(tt.para, edits)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.fixed {
				t.Errorf("fixing %q gave %q, want %q", tt.para, got, tt.fixed)
			}
		})
	}
}
