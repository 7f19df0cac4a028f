package lang

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
)

// TestMainCorpus measures how often the language identified for an article
// of the corpus is the language its manifest records, and asserts that it
// always is for the languages the detector can identify, that it never
// names a wrong one, and that it seldom needs the model to tell.
func TestMainCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation")
	}
	d, err := NewDetector(nil)
	if err != nil {
		t.Fatal(err)
	}
	right, unknown, total := 0, 0, 0
	for _, ca := range linttest.Corpus(t) {
		src := ca.Read(t)
		a, err := article.Parse(ca.Path, src, article.FormatOf(ca.Path))
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse(ca.Language)
		if err != nil {
			t.Fatal(err)
		}
		total++
		al := d.ArticleLanguages(a, nil)
		switch {
		case len(al.Langs) == 0:
			unknown++
			if d.Supported(want) {
				t.Errorf("%s: language not identified, want %s", ca.Path, want)
			}
		case al.Langs[0] == want:
			right++
		default:
			t.Errorf("%s: language identified as %s, want %s", ca.Path, al.Langs[0], want)
		}
	}
	t.Logf("%d articles: %d identified rightly, %d not identified, %d asked the model", total, right, unknown, d.Questions())
	// The function words, letters and scripts settle nearly every
	// article without the costly model.
	if float64(d.Questions()) > maxMainQuestionShare*float64(total) {
		t.Errorf("the model was asked %d times for %d articles, more than %.0f%%", d.Questions(), total, 100*maxMainQuestionShare)
	}
}

// maxMainQuestionShare bounds the share of corpus articles whose language
// the model is asked about.
const maxMainQuestionShare = 0.01
