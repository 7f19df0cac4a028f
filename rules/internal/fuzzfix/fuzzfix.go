// Package fuzzfix fuzzes a rule's fixes: whatever text it is given, fixing
// must give valid UTF-8, must not grow the text without bound, must change
// only what findings report, and must be idempotent.
package fuzzfix

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/articletest"
)

// Run fuzzes rule with the articles of testdata (*.txt and *.md) and the
// given strings as seeds, parsing each input both as plain text and as
// Markdown and applying safe and unsafe fixes. The fixed text may be at
// most maxGrowth times as long as the input.
func Run(f *testing.F, rule *lint.Rule, maxGrowth int, seeds ...string) {
	f.Helper()
	for _, pat := range []string{"*.txt", "*.md"} {
		files, err := filepath.Glob(filepath.Join("testdata", pat))
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			seeds = append(seeds, string(data))
		}
	}
	l, err := lint.New(rule)
	if err != nil {
		f.Fatal(err)
	}
	articletest.Fuzz(f, func(t *testing.T, a *article.Article) { check(t, l, a, maxGrowth) }, seeds...)
}

func check(t *testing.T, l *lint.Linter, a *article.Article, maxGrowth int) {
	t.Helper()
	ctx := context.Background()
	fs, err := l.Lint(ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		for _, fix := range f.Fixes {
			for _, e := range fix.Edits {
				if e.Pos < f.Pos || e.End > f.End {
					t.Fatalf("fix %q edits [%d,%d) outside its finding [%d,%d) %q", fix.Message, e.Pos, e.End, f.Pos, f.End, f.Message)
				}
			}
		}
	}
	opts := lint.FixOptions{Unsafe: true}
	res, err := l.Fix(ctx, a, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	out := res.Article.Src
	if !utf8.ValidString(out) {
		t.Fatalf("fixing %q gave invalid UTF-8 %q", a.Src, out)
	}
	if len(out) > maxGrowth*len(a.Src) {
		t.Fatalf("fixing grew the text from %d to %d bytes: %q -> %q", len(a.Src), len(out), a.Src, out)
	}
	again, err := l.Fix(ctx, res.Article, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	if again.Article.Src != out {
		t.Fatalf("fixing is not idempotent:\ninput: %q\nonce:  %q\ntwice: %q", a.Src, out, again.Article.Src)
	}
}
