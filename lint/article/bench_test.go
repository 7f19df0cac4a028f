package article_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/lint/linttest/synthetic"
)

// BenchmarkParse measures the text and Markdown parsers on the reference
// article and on the shared corpus (plain text, also read as Markdown).
func BenchmarkParse(b *testing.B) {
	ref, err := os.ReadFile(filepath.Join("..", "..", "testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	inputs := []struct {
		name string
		load func(b *testing.B) [][]byte
	}{
		{"reference", func(*testing.B) [][]byte { return [][]byte{ref} }},
		{"corpus", func(b *testing.B) [][]byte {
			var srcs [][]byte
			for _, ca := range linttest.Corpus(b) {
				src := ca.Read(b)
				srcs = append(srcs, src)
			}
			return srcs
		}},
	}
	for _, in := range inputs {
		for _, format := range []article.Format{article.Text, article.Markdown} {
			b.Run(in.name+"/"+format.String(), func(b *testing.B) {
				srcs := in.load(b)
				var size int64
				for _, s := range srcs {
					size += int64(len(s))
				}
				b.SetBytes(size)
				b.ReportAllocs()
				for b.Loop() {
					for _, s := range srcs {
						if _, err := article.Parse("bench", s, format); err != nil {
							b.Fatal(err)
						}
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(srcs)), "ns/article")
			})
		}
	}
}

// BenchmarkParseGrowth measures both parsers as one article grows from
// 1 KB to 50 MB (1 MB with -short), from 1,000 to 100,000 paragraphs, and
// as one line grows from 100 KB to 10 MB, and as Markdown nests block
// quotes and lists deeper. The size is the last element of each name, for
// bench/slope.
func BenchmarkParseGrowth(b *testing.B) {
	limit := 50 << 20
	if testing.Short() {
		limit = 1 << 20
	}
	g := synthetic.New(1)
	type input struct {
		family string
		n      int
		src    func() string
	}
	var inputs []input
	for _, n := range []int{1 << 10, 16 << 10, 256 << 10, 4 << 20, 50 << 20} {
		inputs = append(inputs, input{"bytes", n, func() string { return g.Article(n) }})
	}
	for _, n := range []int{1000, 10_000, 100_000} {
		inputs = append(inputs, input{"paragraphs", n, func() string { return g.Paragraphs(n) }})
	}
	for _, n := range []int{100 << 10, 1 << 20, 10 << 20} {
		inputs = append(inputs, input{"line", n, func() string { return g.LongLine(n) }})
	}
	for _, n := range []int{1000, 10_000, 100_000} {
		inputs = append(inputs, input{"nesting", n, func() string { return nested(n) }})
	}
	for _, in := range inputs {
		src := []byte(in.src())
		if len(src) > limit+limit/10 {
			continue
		}
		for _, format := range []article.Format{article.Text, article.Markdown} {
			b.Run(format.String()+"/"+in.family+"/n="+strconv.Itoa(in.n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := article.Parse("bench", src, format); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// nested returns Markdown nested n levels deep in several ways: block
// quotes, list items, link brackets and emphasis.
func nested(n int) string {
	var sb strings.Builder
	sb.WriteString("# Deep\n\n")
	sb.WriteString(strings.Repeat("> ", n) + "quoted\n\n")
	sb.WriteString(strings.Repeat("- ", n) + "listed\n\n")
	sb.WriteString(strings.Repeat("[", n) + "linked" + strings.Repeat("](x)", n) + "\n\n")
	sb.WriteString(strings.Repeat("*", n) + "emphasized" + strings.Repeat("*", n) + "\n")
	return sb.String()
}
