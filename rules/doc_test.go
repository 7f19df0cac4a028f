package rules_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules"
)

var fence = regexp.MustCompile("(?ms)^```(article|markdown|fixed)\n(.*?)^```$")

// TestDocs checks every rule's documentation: a one-sentence summary, and an
// example that the rule reports and, for fixable rules, fixes into the
// documented result.
func TestDocs(t *testing.T) {
	ctx := context.Background()
	for _, r := range rules.All() {
		t.Run(r.Name, func(t *testing.T) {
			sum := r.Summary()
			if sum == "" || !strings.HasSuffix(sum, ".") || !unicode.IsUpper([]rune(sum)[0]) {
				t.Errorf("summary %q is not one capitalised sentence", sum)
			}
			if !strings.Contains(r.Doc, "\n## Example") {
				t.Fatalf("doc has no '## Example' section")
			}
			blocks := map[string]string{}
			for _, m := range fence.FindAllStringSubmatch(r.Doc, -1) {
				blocks[m[1]] = m[2]
			}
			format, input := article.Text, blocks["article"]
			if md, ok := blocks["markdown"]; ok {
				format, input = article.Markdown, md
			}
			if input == "" {
				t.Fatalf("doc has no ```article or ```markdown example")
			}
			l, err := lint.New(r)
			if err != nil {
				t.Fatal(err)
			}
			if r.Run == nil {
				return // reported by the engine; covered by its own tests
			}
			a, err := article.Parse("example", []byte(input), format)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := l.Lint(ctx, a, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(fs) == 0 {
				t.Errorf("the example has no %s finding", r.Name)
			}
			want, ok := blocks["fixed"]
			if r.Fixable == lint.NoFix {
				if ok {
					t.Errorf("the rule cannot fix, but the doc shows a fixed example")
				}
				return
			}
			if !ok {
				t.Fatalf("fixable rule without a ```fixed example")
			}
			res, err := l.Fix(ctx, a, nil, lint.FixOptions{Unsafe: r.Fixable&lint.SafeFix == 0})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Article.Src; got != want {
				t.Errorf("fixed example differs:\n--- doc\n%q\n--- got\n%q", want, got)
			}
		})
	}
}
