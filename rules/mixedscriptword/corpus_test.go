package mixedscriptword_test

import (
	"slices"
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/mixedscriptword"
)

// TestCorpus runs the rule over every article of the shared corpus, clean
// or not, and expects exactly the findings listed: two words typed with look-alike letters of
// another script, confirmed by reading: the Greek headline word
// "MOΓΚΑΝΤΙΣΟΥ" with a Latin M and O, and "ЕUR" with a Cyrillic Е in a
// Bulgarian press release.
func TestCorpus(t *testing.T) {
	want := []string{
		"daniel-waddle/el/20120106_www1.rizospastis.gr_6a17c260.txt:3:1: MOΓΚΑΝΤΙΣΟΥ",
		"europa-waddle/bg/IP-07-1161_bg.txt:5:153: ЕUR",
	}
	got := linttest.CorpusFindings(t, mixedscriptword.New())
	if !slices.Equal(got, want) {
		t.Errorf("findings in the corpus:\n%q\nwant:\n%q", got, want)
	}
	t.Logf("%d findings", len(got))
}
