package tokens

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
)

// corpusTexts returns the articles of the shared corpus by language, or
// skips when the corpus is absent.
func corpusTexts(tb testing.TB) map[string][]string {
	tb.Helper()
	if linttest.CorpusDir() == "" {
		tb.Skip("no corpus")
	}
	byLang := map[string][]string{}
	for _, ca := range linttest.Corpus(tb) {
		src := ca.Read(tb)
		byLang[ca.Language] = append(byLang[ca.Language], string(src))
		byLang["all"] = append(byLang["all"], string(src))
	}
	return byLang
}

// BenchmarkTokenize measures Tokenize and CountWords on the articles of the
// shared corpus, all of them and those of a few languages that stand for
// their scripts.
func BenchmarkTokenize(b *testing.B) {
	byLang := corpusTexts(b)
	for _, lang := range []string{"all", "en", "ru", "ar", "zh", "ko"} {
		texts := byLang[lang]
		size := 0
		for _, s := range texts {
			size += len(s)
		}
		b.Run("tokenize/"+lang, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range texts {
					Tokenize(s)
				}
			}
		})
		b.Run("count/"+lang, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range texts {
					CountWords(s)
				}
			}
		})
	}
}
