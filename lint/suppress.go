package lint

import (
	"strings"

	"github.com/newslint/newslint/lint/article"
)

// UnusedSuppressionName is the name of the rule that reports suppression
// directives that silence nothing.
const UnusedSuppressionName = "unused-suppression"

// UnusedSuppression returns the rule that reports suppression directives
// that silence nothing. The engine itself reports its findings, after every
// other rule has run; its Run function is nil.
func UnusedSuppression() *Rule {
	return &Rule{
		Name:     UnusedSuppressionName,
		Severity: Info,
		Fixable:  NoFix,
		Doc: strings.TrimSpace(`
A newslint-disable comment silences nothing.

A suppression comment such as <!-- newslint-disable-next-line trailing-whitespace -->
that no longer silences any finding is noise, and it will hide a real problem
that appears there later. Remove it, or name the rule it was meant for.

The rule is reported by the engine after all other rules have run. It only
counts findings of rules that ran: a suppression of a rule that is switched
off is not reported.

## Example

` + "```markdown" + `
<!-- newslint-disable-next-line trailing-whitespace -->
This line has no trailing white space.
` + "```" + `
`),
	}
}

// suppress removes the findings silenced by the article's suppression
// directives and reports the directives that silenced nothing.
func (l *Linter) suppress(a *article.Article, s *Settings, fs []Finding) []Finding {
	if len(a.Suppressions) == 0 {
		return fs
	}
	used := make([]bool, len(a.Suppressions))
	kept := fs[:0]
	for _, f := range fs {
		silenced := false
		for i := range a.Suppressions {
			if a.Suppressions[i].Silences(f.Rule, f.Pos) {
				used[i] = true
				silenced = true
			}
		}
		if !silenced {
			kept = append(kept, f)
		}
	}
	r := l.byName[UnusedSuppressionName]
	if r == nil {
		return kept
	}
	rs := s.ruleSettings(r.Name)
	if rs.Off {
		return kept
	}
	sev := r.Severity
	if rs.Severity != 0 {
		sev = rs.Severity
	}
	for i, sup := range a.Suppressions {
		if used[i] || !l.ranAny(sup.Rules, s) {
			continue
		}
		what := "any finding"
		if len(sup.Rules) > 0 {
			what = "any " + strings.Join(sup.Rules, ", ") + " finding"
		}
		kept = append(kept, Finding{
			Rule:     r.Name,
			Severity: sev,
			Message:  "suppression does not silence " + what,
			Pos:      sup.Directive.Start,
			End:      sup.Directive.End,
		})
	}
	return kept
}

// ranAny reports whether any of the named rules ran (all rules when names
// is empty). A suppression of rules that are off or unknown is not judged.
func (l *Linter) ranAny(names []string, s *Settings) bool {
	if len(names) == 0 {
		return true
	}
	for _, n := range names {
		if r := l.byName[n]; r != nil && r.Run != nil && !s.ruleSettings(n).Off {
			return true
		}
	}
	return false
}
