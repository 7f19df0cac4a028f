package duplicateparagraph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/duplicateparagraph"
)

// syntheticArticle returns an article of n paragraphs of 30 to 60 words
// drawn from a Zipf-distributed vocabulary, as in real text, with about one
// paragraph in twenty repeating an earlier one (exactly or with a word
// dropped).
func syntheticArticle(n int) string {
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	vocab := make([]string, 20000)
	for i := range vocab {
		w := make([]byte, 2+rng.IntN(9))
		for j := range w {
			w[j] = byte('a' + rng.IntN(26))
		}
		vocab[i] = string(w)
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	paras := make([]string, 0, n)
	var sb strings.Builder
	sb.WriteString("Synthetic headline for a benchmark\n")
	for len(paras) < n {
		var p string
		if len(paras) > 10 && rng.IntN(20) == 0 {
			words := strings.Fields(paras[rng.IntN(len(paras))])
			if rng.IntN(2) == 0 {
				i := rng.IntN(len(words) - 1)
				words = append(words[:i], words[i+1:]...)
			}
			p = strings.Join(words, " ")
		} else {
			words := make([]string, 30+rng.IntN(31))
			for i := range words {
				words[i] = vocab[zipf.Uint64()]
			}
			p = strings.Join(words, " ") + "."
		}
		paras = append(paras, p)
		sb.WriteString("\n")
		sb.WriteString(p)
		sb.WriteString("\n")
	}
	return sb.String()
}

// BenchmarkLint lints synthetic articles of growing length: the time per
// paragraph stays flat, since the rule indexes paragraphs instead of
// comparing every pair.
func BenchmarkLint(b *testing.B) {
	ctx := context.Background()
	l, err := lint.New(duplicateparagraph.New())
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{100, 1000, 10000} {
		src := []byte(syntheticArticle(n))
		a, err := article.Parse("bench.txt", src, article.Text)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			var findings int
			for b.Loop() {
				fs, err := l.Lint(ctx, a, nil)
				if err != nil {
					b.Fatal(err)
				}
				findings = len(fs)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/paragraph")
			b.ReportMetric(float64(findings), "findings")
		})
	}
}
