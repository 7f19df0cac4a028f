package mixedlanguage

import (
	"context"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
)

// maxQuestionShare bounds the questions the rule asks the statistical
// model on the corpus, as a share of its articles: the function words, the
// letters and the scripts settle nearly everything.
const maxQuestionShare = 0.01

// TestModelQuestions checks that the rule rarely needs the statistical
// model on real articles: every question costs more than all the other
// work on an article, and the first about a language loads its model.
func TestModelQuestions(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation")
	}
	c := newChecker()
	l, err := lint.New(c.rule())
	if err != nil {
		t.Fatal(err)
	}
	articles := 0
	for _, ca := range linttest.Corpus(t) {
		a, err := article.Parse(ca.Path, ca.Read(t), article.FormatOf(ca.Path))
		if err != nil {
			t.Fatal(err)
		}
		before := c.questions()
		if _, err := l.Lint(context.Background(), a, nil); err != nil {
			t.Fatal(err)
		}
		if n := c.questions() - before; n > 0 {
			t.Logf("%s: the model was asked %d times", ca.Path, n)
		}
		articles++
	}
	asked := c.questions()
	t.Logf("the model was asked %d times about %d articles", asked, articles)
	if float64(asked) > maxQuestionShare*float64(articles) {
		t.Errorf("the model was asked %d times about %d articles, more than %.0f%% of them", asked, articles, 100*maxQuestionShare)
	}
}

// questions counts the questions all of c's detectors have asked.
func (c *checker) questions() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, d := range c.detectors {
		n += d.Questions()
	}
	return n
}
