package catalog

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint/linttest"
)

// FuzzSplitQuick checks that splitting a line one rune at a time gives the
// words and separators that folding it whole gives, whenever it can.
func FuzzSplitQuick(f *testing.F) {
	for _, s := range []string{
		"Publicar un comentario", "Straße İstanbul ŉ և ẚ ΐ ᾳ: «Ελληνικά»", "Публикувай коментар — Прочетете още",
		"이 기사를 공유합니다 | 무단전재", "版权所有 © 2024 コメント一覧（3件）", "ⓒ Ａｂｃ", "a\u0301\u0327 e\u0327\u0301 x—y", "\u0915\u093e\u0903 x", "x\xffy",
		"Straße İstanbul ŉ և ẚ ΐ ᾳ", "Ελληνικά ΣΊΣΥΦΟΣ", "ปิดความคิดเห็น",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		checkSplitQuick(t, line)
	})
}

// TestSplitQuick checks splitQuick on every rune it knows, alone, in words
// and between combining marks, and on every line of the corpus.
func TestSplitQuick(t *testing.T) {
	for r := rune(0x80); r < foldEnd+0x10000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "Ab" + string(r) + "cd: ef", string(r) + "\u0301x " + string(r),
			"A" + string(r) + "\u0301\u0327", string(r) + "\u0327\u0301" + string(r)} {
			checkSplitQuick(t, s)
		}
	}
	quick := 0
	for _, a := range linttest.Corpus(t) {
		src := a.Read(t)
		for _, line := range strings.Split(string(src), "\n") {
			if checkSplitQuick(t, line) {
				quick++
			}
		}
	}
	if quick == 0 {
		t.Error("no corpus line split quickly")
	}
}

// checkSplitQuick compares splitQuick with splitting the whole folded line
// and reports whether splitQuick split it.
func checkSplitQuick(t *testing.T, line string) bool {
	t.Helper()
	w1, s1, ok := splitQuick(line)
	if !ok {
		return false
	}
	w2, s2 := splitWords(slowFold(line))
	if strings.Join(w1, "\x00") != strings.Join(w2, "\x00") || fmt.Sprint(s1) != fmt.Sprint(s2) {
		t.Fatalf("splitQuick(%q) = %q %v, want %q %v", line, w1, s1, w2, s2)
	}
	return true
}

// TestCandidates checks the index of the phrases that start with
// wildcards against a plain search, at every word of every corpus line
// and catalog phrase.
func TestCandidates(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{"All comments for this story are closed", "yorum yazan tarafından gönderildi"}
	for _, l := range c.Languages() {
		lines = append(lines, c.Examples(l)...)
	}
	for _, a := range linttest.Corpus(t) {
		src := a.Read(t)
		lines = append(lines, strings.Split(string(src), "\n")...)
	}
	found := 0
	for _, line := range lines {
		words := Words(line)
		for i := range words {
			got := c.candidates(words, i)
			want := slices.Clone(c.byFirst[words[i]])
			for _, p := range c.wild {
				// A phrase that starts with wildcards may start at
				// words[i] when its lead is within reach.
				if slices.Contains(words[i+1:min(i+1+p.reach, len(words))], p.lead) {
					want = append(want, p)
					found++
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%q at word %d: %d candidates, want %d", line, i, len(got), len(want))
			}
		}
	}
	if found == 0 {
		t.Error("no phrase starting with wildcards was a candidate: the test tells nothing")
	}
}
