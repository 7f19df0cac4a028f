package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint/lang"
	"github.com/newslint/newslint/rules/boilerplate/catalog"
)

func load(t *testing.T) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLanguages(t *testing.T) {
	c := load(t)
	if n := len(c.Languages()); n < 20 {
		t.Errorf("the catalog has %d languages, want at least 20", n)
	}
}

func TestMatch(t *testing.T) {
	c := load(t)
	tests := []struct {
		line     string
		lang     lang.Language // "" for language-neutral
		concepts string
	}{
		{"Publicar un comentario", "es", "post a comment"},
		{"Artículo Anterior Artículo Siguiente", "es", "previous article, next article"},
		{"ARTICULO ANTERIOR  articulo siguiente", "es", "previous article, next article"},
		{"نموذج الاتصال", "ar", "contact form"},
		{"Older Post Newer Post Home", "en", "older post, newer post, home"},
		{"Share this: Share", "en", "share"},
		{"Subscribe to: Post Comments (Atom)", "en", "subscribe"},
		{"Advertisement", "en", "advertisement"},
		{"Follow NBC Latino on Facebook, Twitter and Instagram.", "en", "follow us"},
		{"© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.", "", "copyright"},
		{"Facebook Twitter WhatsApp E-mail", "", "share, email"},
		{"Leggi anche", "it", "read also"},
		{"Les også: Venezuelas president utfordret Elon Musk: – Vil du slåss?", "nb", "read also"},
		{"【责任编辑：严玉洁】", "zh", "editor"},
		{"Kennen Sie schon unsere PLUS-Inhalte? Jetzt Morgenpost testen", "de", "subscription"},
		{"Compartir en Facebook", "es", "share"},
		{"Lire la suite »", "fr", "read more"},
		{"Tags: politics, Alaska", "en", "labels"},
		{"Related: Trump and Putin meet in Alaska", "en", "read also"},
		{"（编辑：严玉洁 王辉）", "zh", "editor"},
		{"Все права на материалы и новости, опубликованные на сайте NEWSru.com, охраняются в соответствии", "ru", "copyright"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			m, ok := c.Match(tt.line)
			if !ok {
				t.Fatalf("no match")
			}
			if tt.lang == "" && !m.Neutral() || tt.lang != "" && !slices.Contains(m.Langs, tt.lang) {
				t.Errorf("languages %v, want %q", m.Langs, tt.lang)
			}
			if got := strings.Join(m.Concepts, ", "); got != tt.concepts {
				t.Errorf("concepts %q, want %q", got, tt.concepts)
			}
		})
	}
}

func TestNoMatch(t *testing.T) {
	c := load(t)
	for _, line := range []string{
		"The joint press conference concluded the summit.",
		"Zelenskyy met the leaders in Anchorage, Alaska",
		"Joint Base Elmendorf-Richardson",
		"By Jane Doe",
		"ANCHORAGE, Alaska (AP) — The leaders met for three hours.",
		"Share prices fell sharply on Tuesday as investors weighed the news.",
		"Follow the money: how the deal was financed",
		"Home prices rose again",
		"Next year the summit moves to Geneva.",
		"Der Bundestag hat am Dienstag das Gesetz beschlossen.",
		"Comment the government plans to spend the money remains unclear",
		"Related to the plan, the council will publish its budget in May.",
		"Read also the report by the committee",
		"Tags for the concert sold out in an hour",
		"",
		"2019",
	} {
		if m, ok := c.Match(line); ok {
			t.Errorf("%q matched %v %v", line, m.Langs, m.Concepts)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Artículo  Anterior", "articulo anterior"},
		{"SHARE THIS:", "share this"},
		{"【责任编辑：严玉洁】", "责 任 编 辑 严 玉 洁"},
		{"l'État, c'est moi", "l etat c est moi"},
		{"Straße", "strasse"},
	}
	for _, tt := range tests {
		if got := strings.Join(catalog.Words(tt.in), " "); got != tt.want {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
