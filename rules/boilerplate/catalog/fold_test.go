package catalog

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint/linttest"
)

// FuzzQuickFold checks that folding one rune at a time gives what folding
// the whole text gives, whenever it folds at all.
func FuzzQuickFold(f *testing.F) {
	for _, s := range []string{
		"Straße İstanbul ŉ և ẚ ΐ ᾳ", "Ελληνικά ΣΊΣΥΦΟΣ", "Публикувай коментар", "이 기사를 공유합니다",
		"ปิดความคิดเห็น", "版权所有 コメント", "a\u0301\u0327 e\u0327\u0301", "\u0915\u093e\u0903", "x\xffy",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkQuickFold(t, s)
	})
}

// TestQuickFold checks quick folding on every rune it folds, alone and
// between combining marks, and on every line of the corpus.
func TestQuickFold(t *testing.T) {
	for r := rune(0x80); r < foldEnd+0x10000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "A" + string(r) + "\u0301\u0327", string(r) + "\u0327\u0301" + string(r)} {
			checkQuickFold(t, s)
		}
	}
	folded := 0
	for _, a := range linttest.Corpus(t) {
		src, err := os.ReadFile(a.File)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(src), "\n") {
			if checkQuickFold(t, line) {
				folded++
			}
		}
	}
	if folded == 0 {
		t.Error("no corpus line folded quickly")
	}
}

// checkQuickFold compares quickFold with slowFold on s, as split uses them,
// and reports whether quickFold folded it.
func checkQuickFold(t *testing.T, s string) bool {
	t.Helper()
	q, ok := quickFold(s)
	if !ok {
		return false
	}
	if slow := slowFold(s); q != slow {
		// Only the order of non-spacing marks, which split drops, may
		// differ.
		if w1, s1 := splitWords(q); !equalWords(w1, s1, slow) {
			t.Fatalf("quickFold(%q) = %q, slowFold gives %q", s, q, slow)
		}
	}
	return true
}

func equalWords(w1 []string, s1 []bool, slow string) bool {
	w2, s2 := splitWords(slow)
	return strings.Join(w1, "\x00") == strings.Join(w2, "\x00") && len(s1) == len(s2) && func() bool {
		for i := range s1 {
			if s1[i] != s2[i] {
				return false
			}
		}
		return true
	}()
}
