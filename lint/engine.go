package lint

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"unicode/utf8"

	"github.com/newslint/newslint/lint/article"
)

// Settings are the effective settings for one article, usually built from
// configuration files and command-line flags.
type Settings struct {
	// Languages are the languages the article may be written in; the
	// first is its main language. Empty means: use the article's own
	// declaration, else detect it.
	Languages []string
	// Rules holds per-rule settings by rule name. A rule without an entry
	// runs with its defaults.
	Rules map[string]RuleSettings
}

// RuleSettings configure one rule.
type RuleSettings struct {
	// Off disables the rule.
	Off bool
	// Severity overrides the severity of the rule's findings when not 0.
	Severity Severity
	// Options are the rule's decoded options (a value made by
	// Rule.Options), or nil for its defaults.
	Options any
}

// Linter runs a fixed set of rules.
type Linter struct {
	rules  []*Rule
	byName map[string]*Rule
}

// New returns a linter for the given rules. Rule names must be unique and
// non-empty, and every rule but UnusedSuppression needs a Run function.
func New(rules ...*Rule) (*Linter, error) {
	l := &Linter{byName: make(map[string]*Rule, len(rules))}
	for _, r := range rules {
		switch {
		case r.Name == "":
			return nil, errors.New("lint: rule without a name")
		case l.byName[r.Name] != nil:
			return nil, fmt.Errorf("lint: two rules named %q", r.Name)
		case r.Run == nil && r.Name != UnusedSuppressionName:
			return nil, fmt.Errorf("lint: rule %q has no Run function", r.Name)
		case r.Severity < Info || r.Severity > Error:
			return nil, fmt.Errorf("lint: rule %q has no valid default severity", r.Name)
		}
		l.byName[r.Name] = r
		l.rules = append(l.rules, r)
	}
	slices.SortFunc(l.rules, func(a, b *Rule) int { return cmp.Compare(a.Name, b.Name) })
	return l, nil
}

// Rules returns the linter's rules sorted by name.
func (l *Linter) Rules() []*Rule { return slices.Clone(l.rules) }

// Rule returns the rule with the given name, or nil.
func (l *Linter) Rule(name string) *Rule { return l.byName[name] }

// settingsFor returns the settings of a rule, with defaults.
func (s *Settings) ruleSettings(name string) RuleSettings {
	if s == nil {
		return RuleSettings{}
	}
	return s.Rules[name]
}

// Lint runs every enabled rule on a and returns the findings sorted by
// position, with suppressed findings removed and unused suppressions
// reported.
func (l *Linter) Lint(ctx context.Context, a *article.Article, s *Settings) ([]Finding, error) {
	var findings []Finding
	// The rules of one call share one memo store (see Pass.Memo).
	m := &memo{}
	for _, r := range l.rules {
		rs := s.ruleSettings(r.Name)
		if rs.Off || r.Run == nil {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fs, err := runRule(ctx, r, a, s, rs, m)
		if err != nil {
			return nil, err
		}
		findings = append(findings, fs...)
	}
	findings = l.suppress(a, s, findings)
	SortFindings(findings)
	return findings, nil
}

// runRule runs one rule, turning a panic into an error, and checks what it
// reports.
func runRule(ctx context.Context, r *Rule, a *article.Article, s *Settings, rs RuleSettings, m *memo) (fs []Finding, err error) {
	opts := rs.Options
	if opts == nil && r.Options != nil {
		opts = r.Options()
	}
	pass := &Pass{Rule: r, Article: a, Options: opts, Settings: s, memo: m}
	pass.report = func(f Finding) {
		if rs.Severity != 0 {
			f.Severity = rs.Severity
		}
		fs = append(fs, f)
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("rule %s panicked on %s: %v\n%s", r.Name, nameOf(a), p, debug.Stack())
		}
	}()
	if err := r.Run(ctx, pass); err != nil {
		return nil, fmt.Errorf("rule %s on %s: %w", r.Name, nameOf(a), err)
	}
	for i := range fs {
		if err := checkFinding(a.Src, &fs[i]); err != nil {
			return nil, fmt.Errorf("rule %s on %s: %w", r.Name, nameOf(a), err)
		}
	}
	return fs, nil
}

func nameOf(a *article.Article) string {
	if a.Path == "" {
		return "<input>"
	}
	return a.Path
}

// checkFinding verifies that a finding's ranges lie inside src on character
// boundaries and that each fix's edits are sorted and disjoint.
func checkFinding(src string, f *Finding) error {
	if f.Pos == WholeFile && f.End == WholeFile {
		// A whole-file finding.
	} else if err := checkRange(src, f.Pos, f.End); err != nil {
		return fmt.Errorf("finding %q: %w", f.Message, err)
	}
	for _, fix := range f.Fixes {
		if len(fix.Edits) == 0 {
			return fmt.Errorf("finding %q: fix %q has no edits", f.Message, fix.Message)
		}
		for i, e := range fix.Edits {
			if err := checkRange(src, e.Pos, e.End); err != nil {
				return fmt.Errorf("finding %q: fix %q: %w", f.Message, fix.Message, err)
			}
			if i > 0 && overlaps(fix.Edits[i-1], e) || i > 0 && e.Pos < fix.Edits[i-1].End {
				return fmt.Errorf("finding %q: fix %q: edits are not sorted and disjoint", f.Message, fix.Message)
			}
			if !utf8.ValidString(e.NewText) {
				return fmt.Errorf("finding %q: fix %q: replacement is not valid UTF-8", f.Message, fix.Message)
			}
		}
	}
	return nil
}

func checkRange(src string, pos, end int) error {
	if pos < 0 || end < pos || end > len(src) {
		return fmt.Errorf("range [%d,%d) outside the text (%d bytes)", pos, end, len(src))
	}
	if !boundary(src, pos) || !boundary(src, end) {
		return fmt.Errorf("range [%d,%d) splits a character", pos, end)
	}
	return nil
}

func boundary(src string, i int) bool {
	return i == len(src) || utf8.RuneStart(src[i])
}

// SortFindings sorts findings by position, then rule name, then message.
// Whole-file findings come first.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos, b.Pos),
			cmp.Compare(a.End, b.End),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
}
