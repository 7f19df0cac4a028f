package mixedlanguage_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/boilerplate"
	"github.com/newslint/newslint/rules/mixedlanguage"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", mixedlanguage.New())
}

// lint runs the given rules over text with settings.
func lintText(t *testing.T, text string, s *lint.Settings, rules ...*lint.Rule) (*article.Article, []lint.Finding) {
	t.Helper()
	l, err := lint.New(rules...)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("test.txt", []byte(text), article.Text)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := l.Lint(context.Background(), a, s)
	if err != nil {
		t.Fatal(err)
	}
	return a, fs
}

// TestReferenceArticle checks the reference article: its Spanish and
// Arabic blog-template footer (lines 88, 90 and 92) is reported once each,
// by mixed-language as template text, and nothing else by either rule.
func TestReferenceArticle(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, fs := lintText(t, string(src), nil, mixedlanguage.New(), boilerplate.New())
	want := []struct {
		line int
		lang string
	}{{88, "es"}, {90, "es"}, {92, "ar"}}
	if len(fs) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%s", len(fs), len(want), linttest.FormatFindings(a, fs))
	}
	for i, f := range fs {
		line, _ := a.Position(f.Pos)
		if line != want[i].line || f.Rule != mixedlanguage.Name || f.Data["language"] != want[i].lang ||
			!strings.Contains(f.Message, "template text") || len(f.Fixes) != 1 || f.Fixes[0].Applicability != lint.Unsafe {
			t.Errorf("finding %d: %s", i, linttest.FormatFindings(a, fs[i:i+1]))
		}
	}
}

// TestLanguages checks how the article's languages are found: declared in
// the configuration, listed for a bilingual publication, or detected.
func TestLanguages(t *testing.T) {
	const text = "Storm closes ports along the coast\n\n" +
		"Ferry operators canceled all crossings on Tuesday as the storm reached the coast, and the port authority said that the crossings would resume when the wind drops.\n\n" +
		"El puerto permanecerá cerrado hasta el jueves, según informó la autoridad portuaria en un comunicado publicado esta mañana.\n"
	tests := []struct {
		name      string
		languages []string
		want      string // the language reported, or ""
	}{
		{"detected", nil, "es"},
		{"configured", []string{"en"}, "es"},
		{"bilingual", []string{"en", "es"}, ""},
		{"configured Spanish", []string{"es"}, "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s *lint.Settings
			if tt.languages != nil {
				s = &lint.Settings{Languages: tt.languages}
			}
			a, fs := lintText(t, text, s, mixedlanguage.New())
			var got []string
			for _, f := range fs {
				got = append(got, f.Data["language"])
			}
			if tt.want == "" && len(fs) > 0 || tt.want != "" && (len(fs) != 1 || got[0] != tt.want) {
				t.Errorf("got %v, want %q:\n%s", got, tt.want, linttest.FormatFindings(a, fs))
			}
		})
	}
}

func TestBadOptions(t *testing.T) {
	r := mixedlanguage.New()
	l, err := lint.New(r)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("test.txt", []byte("Headline\n\nSome text here.\n"), article.Text)
	if err != nil {
		t.Fatal(err)
	}
	for _, cands := range [][]string{{"en", "xx-bogus-tag"}, {"en", "mt"}} {
		opts := mixedlanguage.DefaultOptions()
		opts.Candidates = cands
		s := &lint.Settings{Rules: map[string]lint.RuleSettings{r.Name: {Options: opts}}}
		if _, err := l.Lint(context.Background(), a, s); err == nil || !strings.Contains(err.Error(), "candidates") {
			t.Errorf("candidates %v: error %v, want one about the candidates", cands, err)
		}
	}
	for _, o := range []func(*mixedlanguage.Options){
		func(o *mixedlanguage.Options) { o.MinConfidence = 1.5 },
		func(o *mixedlanguage.Options) { o.MinChars = -1 },
	} {
		opts := mixedlanguage.DefaultOptions()
		o(opts)
		s := &lint.Settings{Rules: map[string]lint.RuleSettings{r.Name: {Options: opts}}}
		if _, err := l.Lint(context.Background(), a, s); err == nil || !strings.Contains(err.Error(), "option") {
			t.Errorf("options %+v: error %v, want one about the option", opts, err)
		}
	}
}
