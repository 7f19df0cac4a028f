package catalog

import (
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint/linttest"
)

// FuzzSplitASCII checks that the fast path for ASCII lines splits them
// exactly as the general path does.
func FuzzSplitASCII(f *testing.F) {
	for _, s := range []string{
		"Read also: Storm closes ports", "Tags | news - world >> more",
		"POSTED BY ADMIN AT 10:45 PM", "Copyright (c) 2024 Example.com", "", "a", "--|",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if !isASCII(line) {
			return
		}
		checkSplitASCII(t, line)
	})
}

// TestSplitASCIICorpus checks the fast path on every ASCII line of the
// corpus.
func TestSplitASCIICorpus(t *testing.T) {
	n := 0
	for _, a := range linttest.Corpus(t) {
		src := a.Read(t)
		for _, line := range strings.Split(string(src), "\n") {
			if isASCII(line) {
				checkSplitASCII(t, line)
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no ASCII line in the corpus")
	}
}

func checkSplitASCII(t *testing.T, line string) {
	t.Helper()
	w1, s1 := splitASCII(line)
	w2, s2 := splitFolded(line)
	if !slices.Equal(w1, w2) || !slices.Equal(s1, s2) {
		t.Fatalf("split(%q): fast path gives %q %v, general path %q %v", line, w1, s1, w2, s2)
	}
}

// TestMayStart checks that the quick look at a line's first words never
// sets aside a line that the catalog matches: the corpus's lines, the
// catalog's own phrases, and the phrases behind a lead-in or amid other
// phrases.
func TestMayStart(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range c.Languages() {
		for _, ex := range c.Examples(l) {
			lines = append(lines, ex, strings.ToUpper(ex)+":", "Read also: "+ex, ex+" | "+ex)
		}
	}
	for _, a := range linttest.Corpus(t) {
		src := a.Read(t)
		lines = append(lines, strings.Split(string(src), "\n")...)
	}
	matched, setAside := 0, 0
	for _, line := range lines {
		_, ok := c.match(line)
		if !c.mayStart(line) {
			setAside++
			if ok {
				t.Errorf("%q matches, but the quick look sets it aside", line)
			}
		}
		if ok {
			matched++
		}
	}
	t.Logf("%d lines: %d matched, %d set aside by their first words", len(lines), matched, setAside)
	if matched == 0 || setAside == 0 {
		t.Error("the test tells nothing")
	}
}

// FuzzMayStart checks the quick look on any line.
func FuzzMayStart(f *testing.F) {
	for _, s := range []string{"Posted by admin at 10:45", "© 2024 Example", "Wszelkie prawa zastrzeżone", "版权所有", "All rights reserved.",
		"本文来源：新华社 版权所有，未经授权不得转载", "関連記事 コメント一覧（3件）", "무단전재 및 재배포 금지"} {
		f.Add(s)
	}
	c, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if _, ok := c.match(line); ok && !c.mayStart(line) {
			t.Fatalf("%q matches, but the quick look sets it aside", line)
		}
	})
}

// FuzzFields checks moreFields against strings.Fields, and that the
// prefix wordPrefix cuts splits into the first words of the line.
func FuzzFields(f *testing.F) {
	f.Add("a b  c ", 2)
	f.Add(" \u00a0x\u3000y", 1)
	f.Add("版权所有，未经授权 不得转载", 3)
	f.Fuzz(func(t *testing.T, line string, n int) {
		n = max(0, min(n, 100))
		fields := strings.Fields(line)
		if got, want := moreFields(line, n), len(fields) > n; got != want {
			t.Fatalf("moreFields(%q, %d) = %v, want %v", line, n, got, want)
		}
		if n == 0 {
			return
		}
		prefix, whole := wordPrefix(line, n)
		if !strings.HasPrefix(line, prefix) || whole != (prefix == line) {
			t.Fatalf("wordPrefix(%q, %d) = %q, %v", line, n, prefix, whole)
		}
		if !whole && len(strings.Fields(prefix)) > n {
			t.Fatalf("wordPrefix(%q, %d) = %q: more than %d fields", line, n, prefix, n)
		}
		got, want := Words(prefix), Words(line)
		if !slices.Equal(got, want[:len(got)]) {
			t.Fatalf("wordPrefix(%q, %d) = %q, its words %q, want a prefix of %q", line, n, prefix, got, want)
		}
	})
}

// BenchmarkMatch matches every line of the corpus against the catalog.
func BenchmarkMatch(b *testing.B) {
	c, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var lines []string
	n := 0
	for _, a := range linttest.Corpus(b) {
		src := a.Read(b)
		for _, line := range strings.Split(string(src), "\n") {
			lines = append(lines, line)
			n += len(line)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, line := range lines {
			c.Match(line)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(lines)), "ns/line")
}

// BenchmarkCompile compiles the catalog from its data files, which every
// process that runs the template rules does once.
func BenchmarkCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := compileCatalog(); err != nil {
			b.Fatal(err)
		}
	}
}
