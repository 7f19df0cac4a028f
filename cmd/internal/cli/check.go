package cli

import (
	"context"

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

func (e *env) checkCommand() *cobra.Command {
	f := &lintFlags{}
	cmd := &cobra.Command{
		Use:   "check [flags] [path ...]",
		Short: "Report the defects of articles",
		Long: `Check articles and report their defects on standard output, one per line:

  path:line:column: severity: message [rule]

with the source line and a marker below when standard output is a terminal.
--format json writes one JSON array instead (see the JSON contract in the
documentation). Input errors go to standard error.

` + pathsHelp + "\n\n" + exitHelp,
		Example: `  newslint check article.txt
  newslint check --format json articles/
  newslint check --select trailing-whitespace,final-newline --fail-level error .
  cat draft.md | newslint check --stdin-filename draft.md -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := e.newRunner(f)
			if err != nil {
				return err
			}
			e.code, err = r.check(cmd.Context(), args)
			return err
		},
	}
	f.register(cmd)
	return cmd
}

// check runs the check verb and returns the exit code.
func (r *runner) check(ctx context.Context, args []string) (int, error) {
	srcs, err := r.sources(args)
	if err != nil {
		return ExitError, err
	}
	w := r.writer(r.e.c.Stdout)
	fail := false
	err = r.process(ctx, srcs, r.checkOne, func(_ *source, o *outcome) error {
		for _, err := range o.errs {
			r.report(err)
		}
		fail = fail || o.fail
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
	return r.exitCode(fail), nil
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
	r.findings(&o, src.name, in.article, fs)
	return o
}
