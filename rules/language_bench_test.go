package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules"
	"github.com/newslint/newslint/rules/boilerplate"
	"github.com/newslint/newslint/rules/mixedlanguage"
)

// BenchmarkLanguageRules measures what the language rules cost: every
// rule, with and without mixed-language and boilerplate, on a clean
// English article, on the reference article with its foreign footer, and
// on the whole corpus. Run with -benchmem.
func BenchmarkLanguageRules(b *testing.B) {
	dir := linttest.CorpusDir()
	if dir == "" {
		b.Skip("shared corpus not present (../shared/corpus)")
	}
	var corpus []string
	for _, ca := range linttest.Corpus(b) {
		corpus = append(corpus, ca.File)
	}
	inputs := []struct {
		name  string
		files []string
	}{
		{"clean-en", []string{filepath.Join(dir, "fundus", "en", "CBCNews_V1.txt")}},
		{"footer", []string{filepath.Join("..", "testdata", "article.txt")}},
		{"corpus", corpus},
	}
	language := []string{mixedlanguage.Name, boilerplate.Name}
	for _, in := range inputs {
		var articles []*article.Article
		for _, f := range in.files {
			src, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			a, err := article.Parse(f, src, article.Text)
			if err != nil {
				b.Fatal(err)
			}
			articles = append(articles, a)
		}
		for _, on := range []bool{true, false} {
			name := in.name + "/language-rules-on"
			rs := rules.All()
			if !on {
				name = in.name + "/language-rules-off"
				rs = slices.DeleteFunc(rs, func(r *lint.Rule) bool { return slices.Contains(language, r.Name) })
			}
			l, err := lint.New(rs...)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(name, func(b *testing.B) {
				ctx := context.Background()
				b.ReportAllocs()
				for b.Loop() {
					for _, a := range articles {
						if _, err := l.Lint(ctx, a, nil); err != nil {
							b.Fatal(err)
						}
					}
				}
			})
		}
	}
}
