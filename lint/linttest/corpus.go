package linttest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// CorpusArticle is one entry of the shared corpus manifest.
type CorpusArticle struct {
	Path         string   `json:"path"`
	ID           string   `json:"id"`
	Language     string   `json:"language"`
	Script       string   `json:"script"`
	Genre        string   `json:"genre"`
	HasDek       bool     `json:"has_dek"`
	Paragraphs   int      `json:"paragraphs"`
	WordCount    int      `json:"word_count"`
	KnownDefects []string `json:"known_defects"`
	Notes        []string `json:"notes"`

	// File is the article's path on disk.
	File string `json:"-"`
}

// Clean reports whether the corpus records no defect for the article.
func (a *CorpusArticle) Clean() bool { return len(a.KnownDefects) == 0 }

// Read returns the article's bytes, and fails the test when it cannot.
func (a *CorpusArticle) Read(tb testing.TB) []byte {
	tb.Helper()
	src, err := os.ReadFile(a.File)
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

// CorpusDir returns the folder of the shared corpus of real articles, which
// lives beside the repository as ../shared/corpus, or "" when it is absent.
func CorpusDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// This file is lint/linttest/corpus.go in the repository.
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		return ""
	}
	return dir
}

// Corpus returns the articles of the shared corpus, or skips the test when
// the corpus is absent.
func Corpus(tb testing.TB) []*CorpusArticle {
	tb.Helper()
	dir := CorpusDir()
	if dir == "" {
		tb.Skip("shared corpus not present (../shared/corpus)")
	}
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var m struct {
		Articles []*CorpusArticle `json:"articles"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		tb.Fatalf("corpus manifest: %v", err)
	}
	for _, a := range m.Articles {
		a.File = filepath.Join(dir, filepath.FromSlash(a.Path))
	}
	return m.Articles
}

// CorpusFindings lints every article of the shared corpus, clean or not, as
// plain text with the given rules, and returns each finding as
// "path:line:column: reported text", in corpus order. It skips the test
// when the corpus is absent.
func CorpusFindings(tb testing.TB, rules ...*lint.Rule) []string {
	tb.Helper()
	articles := Corpus(tb)
	l, err := lint.New(rules...)
	if err != nil {
		tb.Fatal(err)
	}
	var got []string
	for _, ca := range articles {
		src := ca.Read(tb)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			tb.Fatalf("%s: %v", ca.Path, err)
		}
		fs, err := l.Lint(context.Background(), a, nil)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range fs {
			line, col := a.Position(f.Pos)
			got = append(got, fmt.Sprintf("%s:%d:%d: %s", ca.Path, line, col, a.Src[f.Pos:f.End]))
		}
	}
	return got
}

// CleanCorpus returns the parsed plain-text articles of the shared corpus
// that have no recorded defect and on which l reports nothing: hosts into
// which evaluation tests inject defects, so that every finding afterwards
// is due to the injection. It skips the test when the corpus is absent.
func CleanCorpus(tb testing.TB, l *lint.Linter) []*article.Article {
	tb.Helper()
	var out []*article.Article
	for _, ca := range Corpus(tb) {
		if !ca.Clean() {
			continue
		}
		src := ca.Read(tb)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			tb.Fatalf("%s: %v", ca.Path, err)
		}
		if fs, err := l.Lint(context.Background(), a, nil); err != nil || len(fs) > 0 {
			continue
		}
		out = append(out, a)
	}
	return out
}

// Ratio returns a/b, or 0 when b is 0: recall and precision of evaluation
// tests.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
