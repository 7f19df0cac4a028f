package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/lint"
)

// ruleInfo is a rule as "newslint rules --format json" lists it.
type ruleInfo struct {
	Name     string   `json:"name"`
	Summary  string   `json:"summary"`
	Severity string   `json:"severity"`
	Fixes    []string `json:"fixes"`
}

func (e *env) rulesCommand() *cobra.Command {
	format := "text"
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules",
		Long: `List every rule with its default severity, the fixes it offers (safe,
unsafe, both or none) and its one-line summary. "newslint explain RULE" prints
a rule's documentation.

--format json writes an array of objects with "name", "summary", "severity"
and "fixes" (an array of "safe" and "unsafe").`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			l, err := e.newLinter()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			switch format {
			case "text":
				tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "RULE\tSEVERITY\tFIX\tSUMMARY")
				for _, r := range l.Rules() {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Name, r.Severity, r.Fixable, r.Summary())
				}
				return tw.Flush()
			case "json":
				infos := []ruleInfo{}
				for _, r := range l.Rules() {
					infos = append(infos, ruleInfo{Name: r.Name, Summary: r.Summary(), Severity: r.Severity.String(), Fixes: fixKinds(r.Fixable)})
				}
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				return enc.Encode(infos)
			}
			return usagef("invalid --format %q (want text or json)", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", format, "output `format`: text or json")
	if err := cmd.RegisterFlagCompletionFunc("format", completeWords("text", "json")); err != nil {
		panic(err)
	}
	return cmd
}

func fixKinds(f lint.Fixability) []string {
	kinds := []string{}
	if f&lint.SafeFix != 0 {
		kinds = append(kinds, "safe")
	}
	if f&lint.UnsafeFix != 0 {
		kinds = append(kinds, "unsafe")
	}
	return kinds
}

func (e *env) explainCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Print a rule's documentation",
		Long: `Print the documentation of a rule: what it reports and why, what its fix
does, and an example. "newslint rules" lists the rules.`,
		Example: `  newslint explain trailing-whitespace`,
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			names, dir := e.completeRules(cmd, args, toComplete)
			return names, dir &^ cobra.ShellCompDirectiveNoSpace
		},
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("explain takes one rule name, got %d arguments", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := e.newLinter()
			if err != nil {
				return err
			}
			r := l.Rule(args[0])
			if r == nil {
				return usagef("unknown rule %q%s; run 'newslint rules' for the list", args[0], suggestRule(l, args[0]))
			}
			doc := strings.TrimSpace(r.Doc)
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "# %s\n\nDefault severity: %s. Fixes: %s.\n\n%s\n", r.Name, r.Severity, r.Fixable, doc)
			return err
		},
	}
}
