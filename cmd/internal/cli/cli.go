// Package cli is newslint's command line: its verbs (check, fix, rules,
// explain, version), flags, output and exit codes.
//
// A Command holds the process's standard streams and environment, so that
// tests and other programs can run the command line in process:
//
//	os.Exit((&cli.Command{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}).Main(os.Args[1:]))
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// The exit codes of Main.
const (
	// ExitOK means no finding at or above --fail-level (and, for fix
	// --diff, nothing to change).
	ExitOK = 0
	// ExitFindings means findings at or above --fail-level were
	// reported (or fix --diff found something to change).
	ExitFindings = 1
	// ExitError means a usage error or a problem with the input: a
	// missing or unreadable file, a file that is not UTF-8 text, a
	// configuration error, a file fix could not write. The other files
	// are still checked.
	ExitError = 2
)

// Command is an invocation of newslint: its standard streams and
// environment. The zero value reads and writes nothing; set the fields
// before calling Main.
type Command struct {
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Stdout receives findings, diffs and fixed text.
	Stdout io.Writer
	// Stderr receives errors and log messages.
	Stderr io.Writer
	// Getenv looks up environment variables (NO_COLOR, TERM); nil means
	// os.Getenv.
	Getenv func(string) string
	// Version is the version that "newslint version" prints; empty means
	// the version recorded in the binary's build information.
	Version string
	// Rules returns the rules to run; nil means rules.All.
	Rules func() []*lint.Rule
	// Program is the path of the newslint program, which the git hook
	// of "newslint hook install" runs; empty means os.Args[0], looked up
	// in PATH when it names no folder.
	Program string
}

// usageError is a mistake in the command line itself.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// env is what the verbs share during one Main call.
type env struct {
	c    *Command
	code int // the exit code the verb decided on

	logLevel  string
	logFormat string
	noColor   bool
	log       zerolog.Logger
}

// Main runs newslint with the given arguments (without the program name)
// and returns the exit code: ExitOK, ExitFindings or ExitError.
func (c *Command) Main(args []string) int {
	c = c.withDefaults()
	e := &env{c: c}
	root := e.rootCommand()
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(context.Background())
	if err != nil {
		fmt.Fprintf(c.Stderr, "newslint: %s\n", err)
		if _, ok := errors.AsType[*usageError](err); ok {
			path := root.Name()
			if cmd != nil {
				path = cmd.CommandPath()
			}
			fmt.Fprintf(c.Stderr, "Run '%s --help' for usage.\n", path)
		}
		return ExitError
	}
	return e.code
}

func (c *Command) withDefaults() *Command {
	d := *c
	if d.Stdin == nil {
		d.Stdin = strings.NewReader("")
	}
	if d.Stdout == nil {
		d.Stdout = io.Discard
	}
	if d.Stderr == nil {
		d.Stderr = io.Discard
	}
	// Workers log while the main goroutine reports errors, and a
	// progress bar may be drawn on standard error: the streams share a
	// console that orders their writes.
	con := &console{}
	d.Stdout = con.stream(d.Stdout)
	d.Stderr = con.stream(d.Stderr)
	if d.Getenv == nil {
		d.Getenv = os.Getenv
	}
	if d.Rules == nil {
		d.Rules = rules.All
	}
	if d.Version == "" {
		d.Version = buildVersion()
	}
	return &d
}

// buildVersion returns the main module's version and VCS revision from the
// build information.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "-dirty"
			}
		}
	}
	if rev != "" && v == "devel" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += " (" + rev + modified + ")"
	}
	return v
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	if s, ok := w.(*stream); ok {
		return s.tty
	}
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

// colorFor reports whether output written to w may use colors.
func (e *env) colorFor(w io.Writer) bool {
	return !e.noColor && e.c.Getenv("NO_COLOR") == "" && e.c.Getenv("TERM") != "dumb" && isTerminal(w)
}

// newLinter returns a linter for the command's rules.
func (e *env) newLinter() (*lint.Linter, error) {
	l, err := lint.New(e.c.Rules()...)
	if err != nil {
		return nil, fmt.Errorf("loading the rules: %w", err)
	}
	return l, nil
}

func (e *env) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "newslint",
		Short: "Lint news articles for content hygiene",
		Long: `newslint checks news articles (plain text and Markdown, in any language) for
content-hygiene defects such as stray white space, and fixes them.

Exit codes:
  0  no finding at or above --fail-level
  1  findings at or above --fail-level (fix --diff: something to change)
  2  usage error or input error (other files are still checked)`,
		Version:       e.c.Version,
		SilenceErrors: true,
		SilenceUsage:  true,
		// The root command reports unknown verbs itself, as usage errors.
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				hint := ""
				if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
					hint = fmt.Sprintf(" (did you mean %q?)", s[0])
				}
				return usagef("unknown command %q%s", args[0], hint)
			}
			var verbs []string
			for _, c := range cmd.Commands() {
				if c.IsAvailableCommand() && c.Name() != "help" {
					verbs = append(verbs, c.Name())
				}
			}
			return usagef("no command given (want one of %s)", strings.Join(verbs, ", "))
		},
		PersistentPreRunE: func(*cobra.Command, []string) error {
			return e.setupLogger()
		},
	}
	// "newslint completion bash|zsh|fish|powershell" prints a completion
	// script.
	root.CompletionOptions.DisableDefaultCmd = false
	root.SuggestionsMinimumDistance = 1
	root.SetIn(e.c.Stdin)
	root.SetOut(e.c.Stdout)
	root.SetErr(e.c.Stderr)
	root.SetVersionTemplate("newslint version {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })

	pf := root.PersistentFlags()
	pf.StringVar(&e.logLevel, "log-level", "warn", "log `level`: trace, debug, info, warn, error or disabled (logs go to standard error)")
	pf.StringVar(&e.logFormat, "log-format", "console", "log `format`: console or json")
	pf.BoolVar(&e.noColor, "no-color", false, "never use colors (also: the NO_COLOR environment variable)")
	e.completeGlobalFlags(root)

	root.AddCommand(
		e.checkCommand(),
		e.fixCommand(),
		e.rulesCommand(),
		e.explainCommand(),
		e.hookCommand(),
		e.versionCommand(),
		e.lspCommand(),
	)
	initCompletionCommand(root)
	return root
}

func (e *env) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print newslint's version",
		Long:  "Print newslint's version. The same as newslint --version.",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "newslint version %s\n", e.c.Version)
			return err
		},
	}
}

// noArgs is cobra.NoArgs with a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}
