package bidicontrol_test

import (
	"slices"
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/bidicontrol"
)

// TestCorpus runs the rule over every article of the shared corpus, clean
// or not, and expects exactly the findings listed: the corpus holds no bidi controls, and its Arabic articles and the
// Indonesian one with an Arabic quotation must not be reported.
func TestCorpus(t *testing.T) {
	want := []string{}
	got := linttest.CorpusFindings(t, bidicontrol.New())
	if !slices.Equal(got, want) {
		t.Errorf("findings in the corpus:\n%q\nwant:\n%q", got, want)
	}
	t.Logf("%d findings", len(got))
}
