package invisiblecharacter_test

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/invisiblecharacter"
)

// invisibleDefect matches a manifest entry such as "invisible-char: 84 x
// U+00AD SOFT HYPHEN".
var invisibleDefect = regexp.MustCompile(`^invisible-char: (\d+) x U\+([0-9A-F]{4,6}) `)

// TestCorpus runs the rule over every article of the shared corpus and
// expects exactly the invisible characters its manifest records: the soft
// hyphens of German, Spanish and Icelandic articles and the word joiners of
// an Indonesian one, and nothing in the other articles, whatever their
// script. The C1 controls U+0093 and U+0094 of a Chinese article stand for
// Windows-1252 quotes and are left to the mojibake rule.
func TestCorpus(t *testing.T) {
	articles := linttest.Corpus(t)
	l, err := lint.New(invisiblecharacter.New())
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, ca := range articles {
		want := map[rune]int{}
		for _, d := range ca.KnownDefects {
			m := invisibleDefect.FindStringSubmatch(d)
			if m == nil {
				continue
			}
			n, _ := strconv.Atoi(m[1])
			cp, _ := strconv.ParseInt(m[2], 16, 32)
			want[rune(cp)] += n
		}
		src := ca.Read(t)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			t.Fatalf("%s: %v", ca.Path, err)
		}
		fs, err := l.Lint(context.Background(), a, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := map[rune]int{}
		for _, f := range fs {
			for _, r := range a.Src[f.Pos:f.End] {
				got[r]++
			}
		}
		total += len(fs)
		if !maps.Equal(got, want) {
			t.Errorf("%s: reported characters %s, manifest records %s", ca.Path, describe(got), describe(want))
		}
	}
	t.Logf("%d articles, %d findings", len(articles), total)
}

func describe(m map[rune]int) string {
	if len(m) == 0 {
		return "none"
	}
	var parts []string
	for _, r := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%d × U+%04X", m[r], r))
	}
	return strings.Join(parts, ", ")
}
