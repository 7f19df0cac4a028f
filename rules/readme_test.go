package rules_test

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the rule table of README.md")

// TestReadmeRuleTable checks that the rule table of README.md lists every
// rule with its current summary, severity and fixes.
func TestReadmeRuleTable(t *testing.T) {
	const path = "../README.md"
	const begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q ... %q markers", begin, end)
	}
	all := rules.All()
	slices.SortFunc(all, func(a, b *lint.Rule) int { return strings.Compare(a.Name, b.Name) })
	var sb strings.Builder
	sb.WriteString("| rule | severity | fix | what it reports |\n|---|---|---|---|\n")
	for _, r := range all {
		fix := r.Fixable.String()
		if r.Fixable == lint.NoFix {
			fix = "—"
		}
		fmt.Fprintf(&sb, "| `%s` | %s | %s | %s |\n", r.Name, r.Severity, fix, strings.ReplaceAll(r.Summary(), "|", `\|`))
	}
	want := readme[:i+len(begin)] + sb.String() + readme[j:]
	if want == readme {
		return
	}
	if *updateReadme {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the rule table of README.md is out of date; run go test ./rules -run TestReadmeRuleTable -update-readme")
}
