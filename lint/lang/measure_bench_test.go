package lang

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/lint/linttest"
)

// BenchmarkMeasure counts the letters and scores the function words of
// every paragraph of the corpus.
func BenchmarkMeasure(b *testing.B) {
	p, err := loadProfiles()
	if err != nil {
		b.Fatal(err)
	}
	var paras []string
	n := 0
	for _, a := range linttest.Corpus(b) {
		src := a.Read(b)
		for _, para := range strings.Split(string(src), "\n\n") {
			paras = append(paras, para)
			n += len(para)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, para := range paras {
			p.measure(para, -1, nil)
		}
	}
}
