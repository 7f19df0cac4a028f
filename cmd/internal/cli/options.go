package cli

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/report"
)

// lintFlags are the flags check and fix share.
type lintFlags struct {
	selects       []string
	ignores       []string
	format        string
	failLevel     string
	exitZero      bool
	config        string
	stdinFilename string
	jobs          int
	quiet         bool
}

func (f *lintFlags) register(e *env, cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringSliceVar(&f.selects, "select", nil, "run only these `rules` (comma-separated, repeatable)")
	fl.StringSliceVar(&f.ignores, "ignore", nil, "do not run these `rules` (comma-separated, repeatable)")
	fl.StringVar(&f.format, "format", "text", "output `format`: "+strings.Join(report.FormatNames(), ", "))
	fl.StringVar(&f.failLevel, "fail-level", "warning", "lowest `severity` that makes the exit code 1: info, warning or error")
	fl.BoolVar(&f.exitZero, "exit-zero", false, "exit 0 even when findings are reported (errors still exit 2)")
	fl.StringVar(&f.config, "config", "", "use the configuration `file` for every article instead of the nearest .newslint.yaml")
	fl.StringVar(&f.stdinFilename, "stdin-filename", "", "the `name` of the article read from standard input (path -), for its format, configuration and output")
	fl.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "number of files checked in parallel (0: one per CPU)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print the findings only: no progress bar, no summary")
	e.completeLintFlags(cmd)
}

// selection is the effect of --select and --ignore.
type selection struct {
	only map[string]bool // nil: every rule
	off  map[string]bool
}

// parseSelection checks the rule names of --select and --ignore.
func parseSelection(l *lint.Linter, selects, ignores []string) (selection, error) {
	var sel selection
	names := func(flag string, list []string) (map[string]bool, error) {
		set := make(map[string]bool)
		for _, n := range list {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			if l.Rule(n) == nil {
				return nil, usagef("--%s: unknown rule %q%s; run 'newslint rules' for the list", flag, n, suggestRule(l, n))
			}
			set[n] = true
		}
		return set, nil
	}
	var err error
	if len(selects) > 0 {
		if sel.only, err = names("select", selects); err != nil {
			return sel, err
		}
		if len(sel.only) == 0 {
			return sel, usagef("--select: no rule named")
		}
	}
	if sel.off, err = names("ignore", ignores); err != nil {
		return sel, err
	}
	return sel, nil
}

// apply switches off the rules the selection leaves out. It never
// switches on a rule the settings switch off. s may be nil.
func (sel selection) apply(l *lint.Linter, s *lint.Settings) *lint.Settings {
	if s == nil {
		s = &lint.Settings{}
	}
	if sel.only == nil && len(sel.off) == 0 {
		return s
	}
	out := &lint.Settings{Languages: s.Languages, Rules: maps.Clone(s.Rules)}
	if out.Rules == nil {
		out.Rules = make(map[string]lint.RuleSettings)
	}
	for _, r := range l.Rules() {
		if sel.off[r.Name] || sel.only != nil && !sel.only[r.Name] {
			rs := out.Rules[r.Name]
			rs.Off = true
			out.Rules[r.Name] = rs
		}
	}
	return out
}

// suggestRule returns ` (did you mean "x"?)` for the rule name closest to
// name, or "".
func suggestRule(l *lint.Linter, name string) string {
	var names []string
	for _, r := range l.Rules() {
		names = append(names, r.Name)
	}
	if best := closest(name, names); best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}

// closest returns the candidate nearest to name by edit distance, or ""
// when none is near enough to be a likely typo.
func closest(name string, candidates []string) string {
	name = strings.ToLower(name)
	best, bestDist := "", len(name)/3+2
	for _, c := range slices.Sorted(slices.Values(candidates)) {
		if d := editDistance(name, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance returns the Levenshtein distance between a and b, counted in
// code points.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
