package lang

import (
	"strings"

	"github.com/newslint/newslint/lint"
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

// articleKey is the lint.Pass.Memo key of PassLanguages: the identification
// depends on the detector's candidates and on the configured languages.
type articleKey struct {
	candidates string // the detector's candidates, sorted, comma-separated
	configured string // the configured languages, in order, comma-separated
}

// PassLanguages returns ArticleLanguages for the article of a lint pass and
// the languages its settings configure. The result is computed once per
// Lint call and shared by every rule that asks with a detector of the same
// candidates, so that rules do not each identify the article's language;
// callers must not modify it.
func (d *Detector) PassLanguages(pass *lint.Pass) Article {
	var configured []string
	if pass.Settings != nil {
		configured = pass.Settings.Languages
	}
	key := articleKey{candidates: d.key, configured: strings.Join(configured, ",")}
	v, _ := pass.Memo(key, func() (any, error) {
		return d.ArticleLanguages(pass.Article, configured), nil
	})
	return v.(Article)
}

// Body returns the prose of an article, one block a line.
func Body(a *article.Article) string {
	n := 0
	for i := range a.Blocks {
		if b := &a.Blocks[i]; b.Kind.IsProse() {
			for _, s := range b.Text {
				n += s.End - s.Start + 1
			}
			n++
		}
	}
	var sb strings.Builder
	sb.Grow(n)
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
