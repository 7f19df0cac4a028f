package rules_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/lint/linttest/synthetic"
	"github.com/newslint/newslint/rules"
)

// Benchmarks
//
// The benchmarks measure every rule of rules.All as it stands, so they stay
// meaningful as rules are added:
//
//   - BenchmarkRules: each rule alone, on the reference article and on the
//     shared corpus;
//   - BenchmarkLint and BenchmarkPipeline: all rules, linting (what check
//     does) and linting and fixing (what fix does), after parsing, also
//     without the language-detection rules;
//   - BenchmarkGrowth and BenchmarkRuleGrowth: the cost as the input grows
//     in bytes, in paragraphs and in the length of one line. The sizes are
//     the last element of each name ("n=1000"), so that bench/slope can fit
//     the exponent of each family.
//
// Every benchmark reports allocations, MB/s of article text and, where it
// runs over articles, ns/article.

// detectionRules are the rules that identify languages: the cost that
// language detection adds to the others.
var detectionRules = []string{"mixed-language", "boilerplate"}

// benchInput is a set of articles to benchmark on, as sources.
type benchInput struct {
	name  string
	files []benchFile
	bytes int64
}

type benchFile struct {
	path string
	src  []byte
}

// referenceInput returns the reference article.
func referenceInput(b *testing.B) benchInput {
	b.Helper()
	src, err := os.ReadFile(reference)
	if err != nil {
		b.Fatal(err)
	}
	return benchInput{name: "reference", files: []benchFile{{path: "article.txt", src: src}}, bytes: int64(len(src))}
}

// corpusInput returns the shared corpus, or skips when it is absent.
func corpusInput(b *testing.B) benchInput {
	b.Helper()
	in := benchInput{name: "corpus"}
	for _, ca := range linttest.Corpus(b) {
		src := ca.Read(b)
		in.files = append(in.files, benchFile{path: ca.Path, src: src})
		in.bytes += int64(len(src))
	}
	return in
}

// parse parses every file of in.
func (in benchInput) parse(b *testing.B) []*article.Article {
	b.Helper()
	arts := make([]*article.Article, len(in.files))
	for i, f := range in.files {
		a, err := article.Parse(f.path, f.src, article.FormatOf(f.path))
		if err != nil {
			b.Fatalf("%s: %v", f.path, err)
		}
		arts[i] = a
	}
	return arts
}

// benchInputs runs fn for the reference article and, when present, the
// corpus.
func benchInputs(b *testing.B, fn func(b *testing.B, in benchInput)) {
	b.Run("reference", func(b *testing.B) { fn(b, referenceInput(b)) })
	b.Run("corpus", func(b *testing.B) { fn(b, corpusInput(b)) })
}

// reportPerArticle reports ns/article for a benchmark whose every
// iteration processed n articles.
func reportPerArticle(b *testing.B, n int) {
	if b.N > 0 && n > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
	}
}

// newLinter returns a linter for rules, failing the benchmark on error.
func newLinter(b *testing.B, rs ...*lint.Rule) *lint.Linter {
	b.Helper()
	l, err := lint.New(rs...)
	if err != nil {
		b.Fatal(err)
	}
	return l
}

// without returns rules.All without the named rules.
func without(names ...string) []*lint.Rule {
	return slices.DeleteFunc(rules.All(), func(r *lint.Rule) bool { return slices.Contains(names, r.Name) })
}

// ruleSets are the rule sets of the whole-pipeline benchmarks.
func ruleSets() []struct {
	name  string
	rules []*lint.Rule
} {
	return []struct {
		name  string
		rules []*lint.Rule
	}{
		{"all", rules.All()},
		{"no-detection", without(detectionRules...)},
	}
}

// lintAll lints every article, failing the benchmark on error, and
// returns the number of findings.
func lintAll(b *testing.B, l *lint.Linter, arts []*article.Article) int {
	n := 0
	for _, a := range arts {
		fs, err := l.Lint(context.Background(), a, nil)
		if err != nil {
			b.Fatal(err)
		}
		n += len(fs)
	}
	return n
}

// BenchmarkRules measures each rule alone on parsed articles.
func BenchmarkRules(b *testing.B) {
	benchInputs(b, func(b *testing.B, in benchInput) {
		arts := in.parse(b)
		for _, r := range rules.All() {
			b.Run(r.Name, func(b *testing.B) {
				l := newLinter(b, r)
				// A first run outside the timer loads what the rule
				// loads once (models, tables).
				lintAll(b, l, arts)
				b.SetBytes(in.bytes)
				b.ReportAllocs()
				for b.Loop() {
					lintAll(b, l, arts)
				}
				reportPerArticle(b, len(arts))
			})
		}
	})
}

// BenchmarkLint measures parsing and linting with all rules, and with all
// but the language-detection rules: the work of check.
func BenchmarkLint(b *testing.B) {
	benchInputs(b, func(b *testing.B, in benchInput) {
		for _, set := range ruleSets() {
			b.Run(set.name, func(b *testing.B) {
				l := newLinter(b, set.rules...)
				lintAll(b, l, in.parse(b))
				b.SetBytes(in.bytes)
				b.ReportAllocs()
				findings := 0
				for b.Loop() {
					findings = lintAll(b, l, in.parse(b))
				}
				reportPerArticle(b, len(in.files))
				b.ReportMetric(float64(findings), "findings")
			})
		}
	})
}

// BenchmarkPipeline measures parsing, linting and fixing with safe fixes
// (the fix loop lints again after each pass): the work of fix.
func BenchmarkPipeline(b *testing.B) {
	benchInputs(b, func(b *testing.B, in benchInput) {
		for _, set := range ruleSets() {
			b.Run(set.name, func(b *testing.B) {
				l := newLinter(b, set.rules...)
				fixAll(b, l, in.parse(b))
				b.SetBytes(in.bytes)
				b.ReportAllocs()
				for b.Loop() {
					fixAll(b, l, in.parse(b))
				}
				reportPerArticle(b, len(in.files))
			})
		}
	})
}

// fixAll fixes every article, failing the benchmark on error.
func fixAll(b *testing.B, l *lint.Linter, arts []*article.Article) {
	for _, a := range arts {
		if _, err := l.Fix(context.Background(), a, nil, lint.FixOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// growthCase is an input of a cost-growth family.
type growthCase struct {
	family string // "bytes", "paragraphs" or "line"
	n      int    // the size: bytes, paragraphs, or bytes of the line
	src    string
}

func (c growthCase) name() string { return c.family + "/n=" + strconv.Itoa(c.n) }

// growthCases returns the inputs of the cost-growth benchmarks: synthetic
// English articles with a white-space defect every 20 lines, so that fixing
// has work to do, of growing size, count of paragraphs and line length.
// Sizes above limit bytes are left out.
func growthCases(limit int) []growthCase {
	var cs []growthCase
	g := synthetic.New(1)
	for _, n := range []int{1 << 10, 16 << 10, 256 << 10, 4 << 20, 50 << 20} {
		cs = append(cs, growthCase{"bytes", n, g.Blemish(g.Article(n), 20)})
	}
	for _, n := range []int{1000, 10_000, 100_000} {
		cs = append(cs, growthCase{"paragraphs", n, g.Blemish(g.Paragraphs(n), 20)})
	}
	for _, n := range []int{100 << 10, 1 << 20, 10 << 20} {
		cs = append(cs, growthCase{"line", n, g.LongLine(n)})
	}
	return slices.DeleteFunc(cs, func(c growthCase) bool { return len(c.src) > limit+limit/10 })
}

// growthLimit is the largest input the growth benchmarks build: 50 MB, or
// 1 MB with -short.
func growthLimit() int {
	if testing.Short() {
		return 1 << 20
	}
	return 50 << 20
}

// BenchmarkGrowth measures parsing, linting and fixing with all rules as
// one article grows from 1 KB to 50 MB, from 1,000 to 100,000 paragraphs,
// and as one line grows from 100 KB to 10 MB.
func BenchmarkGrowth(b *testing.B) {
	l := newLinter(b, rules.All()...)
	for _, c := range growthCases(growthLimit()) {
		b.Run(c.name(), func(b *testing.B) {
			src := []byte(c.src)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				a, err := article.Parse("growth.txt", src, article.Text)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := l.Fix(context.Background(), a, nil, lint.FixOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRuleGrowth measures each rule alone as the number of paragraphs
// and the length of a line grow, to find rules whose cost grows faster
// than their input.
func BenchmarkRuleGrowth(b *testing.B) {
	var cases []growthCase
	for _, c := range growthCases(growthLimit()) {
		if c.family != "bytes" {
			cases = append(cases, c)
		}
	}
	arts := make([]*article.Article, len(cases))
	for i, c := range cases {
		a, err := article.Parse("growth.txt", []byte(c.src), article.Text)
		if err != nil {
			b.Fatal(err)
		}
		arts[i] = a
	}
	for _, r := range rules.All() {
		l := newLinter(b, r)
		for i, c := range cases {
			b.Run(fmt.Sprintf("%s/%s", r.Name, c.name()), func(b *testing.B) {
				b.SetBytes(int64(len(c.src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := l.Lint(context.Background(), arts[i], nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
