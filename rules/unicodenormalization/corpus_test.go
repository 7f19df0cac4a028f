package unicodenormalization_test

import (
	"slices"
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/unicodenormalization"
)

// TestCorpus runs the rule over every article of the shared corpus, clean
// or not, and expects exactly the findings listed: the corpus is in NFC, so nothing.
func TestCorpus(t *testing.T) {
	want := []string{}
	got := linttest.CorpusFindings(t, unicodenormalization.New())
	if !slices.Equal(got, want) {
		t.Errorf("findings in the corpus:\n%q\nwant:\n%q", got, want)
	}
	t.Logf("%d findings", len(got))
}
