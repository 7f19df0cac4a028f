package lang

import (
	"strings"

	"github.com/newslint/newslint/lint/article"
)

// Article is what is known of an article's languages.
type Article struct {
	// Langs are the languages the article may be written in, the main
	// one first; empty when it could not be told.
	Langs []Language
	// Detected tells that the main language was identified from the
	// text rather than declared.
	Detected bool
}

// ArticleLanguages returns the languages of an article: the language its
// front matter declares, else the first configured one, else the one
// identified from its text; the configured languages are allowed too (a
// bilingual publication lists both). Tags that do not parse are ignored
// here; configuration reports them.
func (d *Detector) ArticleLanguages(a *article.Article, configured []string) Article {
	var res Article
	if l, err := Parse(a.Lang); a.Lang != "" && err == nil {
		res.Langs = append(res.Langs, l)
	}
	for _, t := range configured {
		if l, err := Parse(t); err == nil && !contains(res.Langs, l) {
			res.Langs = append(res.Langs, l)
		}
	}
	if len(res.Langs) > 0 {
		return res
	}
	if g, ok := d.Main(Body(a)); ok && g.Lang != "" {
		res.Langs = []Language{g.Lang}
		res.Detected = true
	}
	return res
}

// Body returns the prose of an article, one block a line.
func Body(a *article.Article) string {
	var sb strings.Builder
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if !b.Kind.IsProse() {
			continue
		}
		for _, s := range b.Text {
			sb.WriteString(a.Text(s))
			sb.WriteByte(' ')
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}
