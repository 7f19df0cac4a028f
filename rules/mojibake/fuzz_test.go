package mojibake_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/mojibake"
)

// FuzzFix checks that fixing arbitrary valid UTF-8 yields valid UTF-8, does
// not grow the text by more than half (a C1 control of two bytes becomes
// punctuation of three), and is idempotent.
func FuzzFix(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{"", "Ã", "â€", "Ã\ufffd", "\u0093\u0094", "Ã¢â‚¬â„¢Ã¢â‚¬", "Р\u00a0Р\u00a0", "√©‚àö¬©", "x\u0092y\u0093"} {
		f.Add(s)
	}
	l, err := lint.New(mojibake.New())
	if err != nil {
		f.Fatal(err)
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) || strings.ContainsRune(src, 0) {
			return
		}
		a, err := article.Parse("fuzz.txt", []byte(src), article.Text)
		if err != nil {
			return
		}
		res, err := l.Fix(ctx, a, nil, lint.FixOptions{Unsafe: true})
		if err != nil {
			t.Fatal(err)
		}
		out := res.Article.Src
		if !utf8.ValidString(out) {
			t.Fatalf("fix produced invalid UTF-8: %q", out)
		}
		if len(out) > len(src)+len(src)/2 {
			t.Fatalf("fix grew the text from %d to %d bytes", len(src), len(out))
		}
		again, err := l.Fix(ctx, res.Article, nil, lint.FixOptions{Unsafe: true})
		if err != nil {
			t.Fatal(err)
		}
		if again.Article.Src != out {
			t.Fatalf("fix is not idempotent:\nonce:  %q\ntwice: %q", out, again.Article.Src)
		}
	})
}

// BenchmarkCleanCorpus lints every clean corpus article, the common case
// that must cost almost nothing.
func BenchmarkCleanCorpus(b *testing.B) {
	var arts []*article.Article
	size := 0
	for _, ca := range linttest.Corpus(b) {
		if !ca.Clean() {
			continue
		}
		src := ca.Read(b)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += len(src)
	}
	benchLint(b, arts, size)
}

// BenchmarkASCII lints a long article in plain ASCII.
func BenchmarkASCII(b *testing.B) {
	para := strings.Repeat("The council voted on Tuesday to reopen the harbour road. ", 20)
	src := "Harbour road reopens\n\n" + strings.Repeat(para+"\n\n", 200)
	a, err := article.Parse("ascii.txt", []byte(src), article.Text)
	if err != nil {
		b.Fatal(err)
	}
	benchLint(b, []*article.Article{a}, len(src))
}

func benchLint(b *testing.B, arts []*article.Article, size int) {
	b.Helper()
	l, err := lint.New(mojibake.New())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			fs, err := l.Lint(ctx, a, nil)
			if err != nil {
				b.Fatal(err)
			}
			if len(fs) > 0 {
				b.Fatalf("%s: %s", a.Path, fs[0].Message)
			}
		}
	}
}
