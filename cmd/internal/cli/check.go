package cli

import (
	"context"
	"fmt"
	"slices"

	"github.com/spf13/cobra"
)

const pathsHelp = `Each path is a file, a folder or - for standard input. Folders are searched
recursively for articles (.txt, .md, .markdown, .mdown, .mkd, or what the
configuration's include and exclude globs select); hidden folders such as .git
are skipped, and symbolic links are followed, loops reported. Files named on
the command line are always checked. Without paths, the current folder is
checked (standard input with --stdin-filename).

An empty file holds no article and is skipped. A file that is not UTF-8 text
(invalid UTF-8, NUL bytes, UTF-16) is an input error reported with the line and
column of the first bad byte.

Each article uses the nearest .newslint.yaml above it (--config names one for
all). --select and --ignore switch rules off on top of the configuration; they
never switch on a rule the configuration switches off.`

const exitHelp = `Exit codes:
  0  no finding at or above --fail-level
  1  findings at or above --fail-level
  2  usage error or input error (other files are still checked)`

// checkFlags are the flags of check beyond those it shares with fix.
type checkFlags struct {
	lintFlags
	diffBase string
	staged   bool
	input    string
}

func (e *env) checkCommand() *cobra.Command {
	f := &checkFlags{}
	cmd := &cobra.Command{
		Use:   "check [flags] [path ...]",
		Short: "Report the defects of articles",
		Long: `Check articles and report their defects on standard output, one per line:

  path:line:column: severity: message [rule]

with the source line and a marker below when standard output is a terminal,
and a summary line at the end: how many problems of each severity in how many
files, how many a fix repairs and the command that applies it. --quiet leaves
the summary out, and the progress bar that a long run shows on a terminal.
Input errors go to standard error.

--format chooses another output, without a summary: json (one array, a stable
contract), jsonl (one finding per line), sarif (SARIF 2.1.0, for code
scanning), github (GitHub Actions annotations), checkstyle (Checkstyle XML, for
reviewdog) or junit (JUnit XML).

--diff-base REF reports only the findings on lines added or changed since the
git revision REF (on a pull request, the target branch): the comparison is
between REF and the files as they are, and every line of a file that did not
exist at REF counts as changed. --staged checks what the next commit would
record: the staged content of the staged articles, not the files as they are
(the pre-commit hook of "newslint hook install" runs it).

` + pathsHelp + "\n\n" + exitHelp,
		Example: `  newslint check article.txt
  newslint check --format json articles/
  newslint check --select trailing-whitespace,final-newline --fail-level error .
  newslint check --format sarif . > newslint.sarif
  newslint check --diff-base origin/main articles/
  newslint check --staged
  cat draft.md | newslint check --stdin-filename draft.md -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := e.newRunner(&f.lintFlags)
			if err != nil {
				return err
			}
			e.code, err = r.check(cmd.Context(), args, f)
			return err
		},
	}
	f.register(e, cmd)
	registerInputFlag(cmd, &f.input)
	fl := cmd.Flags()
	fl.StringVar(&f.diffBase, "diff-base", "", "report only findings on lines changed since the git `revision`")
	fl.BoolVar(&f.staged, "staged", false, "check the staged content of the articles staged in git (for pre-commit hooks)")
	if err := cmd.RegisterFlagCompletionFunc("diff-base", cobra.NoFileCompletions); err != nil {
		panic(err)
	}
	return cmd
}

// check runs the check verb and returns the exit code.
func (r *runner) check(ctx context.Context, args []string, f *checkFlags) (int, error) {
	if f.input != inputFiles {
		return r.checkInput(ctx, args, f)
	}
	var srcs []source
	var err error
	if f.staged {
		if f.diffBase != "" {
			return ExitError, usagef("--staged and --diff-base do not go together: --staged checks the staged changes")
		}
		if f.stdinFilename != "" {
			return ExitError, usagef("--staged checks the files staged in git: it reads no standard input")
		}
		srcs, err = r.stagedSources(ctx, args)
	} else {
		srcs, err = r.sources(args)
	}
	if err != nil {
		return ExitError, err
	}
	if f.diffBase != "" {
		if slices.ContainsFunc(srcs, func(s source) bool { return s.stdin }) {
			return ExitError, usagef("--diff-base compares files with git: it cannot check standard input")
		}
		if r.changes, err = loadChanges(ctx, f.diffBase, args); err != nil {
			return ExitError, err
		}
	}
	out := r.e.c.Stdout
	w := r.writer(out)
	fail := false
	var t tally
	err = r.process(ctx, "Checking", srcs, r.checkOne, func(src *source, o *outcome) error {
		for _, err := range o.errs {
			r.report(err)
		}
		fail = fail || o.fail
		t.add(src, o)
		if o.file == nil {
			return nil
		}
		return w.Write(o.file)
	})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ExitError, err
	}
	if r.summarize() {
		noun := "file"
		if f.staged {
			noun = "staged file"
		}
		line := t.line(summaryStyle{noun: noun, fixCommand: r.fixCommand(args, f.staged)})
		if _, err := fmt.Fprintln(out, line); err != nil {
			return ExitError, err
		}
	}
	return r.exitCode(fail), nil
}

// summarize tells whether the output ends with a summary line: in text
// format, unless --quiet.
func (r *runner) summarize() bool {
	return r.flags.format == "text" && !r.flags.quiet
}

// checkOne lints one source.
func (r *runner) checkOne(ctx context.Context, src *source) outcome {
	var o outcome
	in, err := r.read(src, r.e.c.Stdin)
	if err != nil {
		o.errs = append(o.errs, err)
		return o
	}
	if in == nil {
		return o
	}
	fs, err := r.linter.Lint(ctx, in.article, in.settings)
	if err != nil {
		o.errs = append(o.errs, r.engineProblem(src.name, err))
		return o
	}
	if r.changes != nil {
		fs = r.changes.filter(src.path, in.article, fs)
	}
	r.findings(&o, src.name, in.article, fs)
	return o
}
