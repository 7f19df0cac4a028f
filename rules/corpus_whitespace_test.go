package rules_test

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules"
)

// defectCount matches the manifest's counted white-space defects:
// "double-space: 1 internal run(s) of 2+ U+0020", "trailing-whitespace: 1
// line(s)".
var defectCount = regexp.MustCompile(`^(double-space|trailing-whitespace): (\d+) `)

// TestCorpusWhitespace runs the white-space rules over every article of
// the shared corpus, with or without recorded defects, and checks them
// against the manifest: each recorded double space and trailing white space
// is found, exactly as many times as recorded, and nothing else is
// reported except where the manifest records unusual spaces (odd-space or
// tab), of which typographic ones (French spacing, digit groups, Polish
// and Slovak one-letter words, ideographic spaces) are not reported.
func TestCorpusWhitespace(t *testing.T) {
	articles := linttest.Corpus(t)
	var ws []*lint.Rule
	for _, r := range rules.All() {
		if slices.Contains(whitespaceRules, r.Name) {
			ws = append(ws, r)
		}
	}
	l, err := lint.New(ws...)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	perRule := map[string]int{}
	oddArticles, oddReported := 0, 0
	for _, ca := range articles {
		src := ca.Read(t)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			t.Errorf("%s: %v", ca.Path, err)
			continue
		}
		fs, err := l.Lint(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{} // findings the manifest records, by rule
		odd := false
		for _, d := range ca.KnownDefects {
			if m := defectCount.FindStringSubmatch(d); m != nil {
				n, _ := strconv.Atoi(m[2])
				rule := m[1]
				if rule == "double-space" {
					rule = "repeated-spaces"
				}
				want[rule] += n
			}
			if strings.HasPrefix(d, "odd-space") || strings.HasPrefix(d, "tab") {
				odd = true
			}
		}
		got := map[string]int{}
		for _, f := range fs {
			perRule[f.Rule]++
			switch {
			case f.Rule == "repeated-spaces" && strings.Trim(a.Src[f.Pos:f.End], " ") == "":
				got[f.Rule]++ // a double space the manifest counts
			case f.Rule == "trailing-whitespace":
				got[f.Rule]++
			case odd && (f.Rule == "irregular-whitespace" || f.Rule == "repeated-spaces"):
				// An unusual space the manifest records.
			default:
				line, col := a.Position(f.Pos)
				t.Errorf("%s:%d:%d: %s [%s] (%s): not a recorded defect", ca.Path, line, col, f.Message, f.Rule, ca.Language)
			}
		}
		for _, rule := range []string{"repeated-spaces", "trailing-whitespace"} {
			if got[rule] != want[rule] {
				t.Errorf("%s: %d %s findings, the manifest records %d", ca.Path, got[rule], rule, want[rule])
			}
		}
		if odd {
			oddArticles++
			if slices.ContainsFunc(fs, func(f lint.Finding) bool {
				return f.Rule == "irregular-whitespace" || f.Rule == "repeated-spaces" && strings.Trim(a.Src[f.Pos:f.End], " ") != ""
			}) {
				oddReported++
			}
		}
	}
	t.Logf("%d articles; findings by rule: %v", len(articles), perRule)
	t.Logf("%d articles with recorded unusual spaces, %d with a finding about them", oddArticles, oddReported)
}
