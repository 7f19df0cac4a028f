package cli

import (
	"maps"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/lint/report"
)

// The shell completion of newslint comes from cobra's completion command
// ("newslint completion bash|zsh|fish|powershell"); the functions below
// complete the values of flags and arguments.

// completeWords returns a completion function offering words.
func completeWords(words ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return words, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeRules offers the rule names that start with what is typed; in a
// comma-separated list, the word after the last comma, leaving out the
// rules already listed.
func (e *env) completeRules(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	l, err := e.newLinter()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	listed, partial := "", toComplete
	if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
		listed, partial = toComplete[:i+1], toComplete[i+1:]
	}
	done := strings.Split(listed, ",")
	var names []cobra.Completion
	for _, r := range l.Rules() {
		if strings.HasPrefix(r.Name, partial) && !slices.Contains(done, r.Name) {
			names = append(names, cobra.CompletionWithDesc(listed+r.Name, r.Summary()))
		}
	}
	return names, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

// completeLintFlags registers the completions of the flags check and fix
// share.
func (e *env) completeLintFlags(cmd *cobra.Command) {
	var formats []cobra.Completion
	for _, f := range report.Formats() {
		formats = append(formats, cobra.CompletionWithDesc(f.Name, f.Description))
	}
	for flag, fn := range map[string]cobra.CompletionFunc{
		"select":     e.completeRules,
		"ignore":     e.completeRules,
		"format":     completeWords(formats...),
		"fail-level": completeWords("info", "warning", "error"),
		"config":     cobra.FixedCompletions([]cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt),
		"jobs":       cobra.NoFileCompletions,
	} {
		// Registering fails only for an unknown flag: a mistake here.
		if err := cmd.RegisterFlagCompletionFunc(flag, fn); err != nil {
			panic(err)
		}
	}
}

// completeGlobalFlags registers the completions of the root's flags.
func (e *env) completeGlobalFlags(root *cobra.Command) {
	levels := slices.Sorted(maps.Keys(logLevels()))
	for flag, fn := range map[string]cobra.CompletionFunc{
		"log-level":  completeWords(levels...),
		"log-format": completeWords("console", "json"),
	} {
		if err := root.RegisterFlagCompletionFunc(flag, fn); err != nil {
			panic(err)
		}
	}
}

// initCompletionCommand adds cobra's completion command to root, with a
// usage error for a missing or unknown shell (cobra prints the help).
func initCompletionCommand(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		var shells []string
		for _, s := range c.Commands() {
			shells = append(shells, s.Name())
		}
		want := strings.Join(shells, ", ")
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("completion needs the name of a shell: %s", want)
			}
			return usagef("unknown shell %q (want %s)", args[0], want)
		}
	}
}
