package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/aymanbagabas/go-udiff"
	"github.com/spf13/cobra"

	"github.com/newslint/newslint/lint"
)

// fixFlags are the flags of fix beyond those it shares with check.
type fixFlags struct {
	lintFlags
	unsafe bool
	diff   bool
}

func (e *env) fixCommand() *cobra.Command {
	f := &fixFlags{}
	cmd := &cobra.Command{
		Use:   "fix [flags] [path ...]",
		Short: "Fix the defects of articles in place",
		Long: `Apply the fixes of the findings and report the findings that remain.

Safe fixes keep every word (they change white space, invisible characters and
encoding); --unsafe-fixes also applies fixes that remove or change words, which
a person should review. Fixing repeats until nothing changes, so fixing a
fixed file changes nothing.

Files are rewritten in place through a temporary file in the same folder that
replaces the original, keeping its permissions; a file with nothing to fix is
not touched. A read-only file is an error. The remaining findings are reported
like check does, followed by a summary line of what is left (not with
--quiet), and standard error tells how many problems were fixed.

--diff prints a unified diff of the changes and writes nothing; the exit code
is then 1 when there is something to change. The path - reads an article from
standard input and writes the fixed text (with --diff, the diff) to standard
output, for editors; the remaining findings then go to standard error.

` + pathsHelp + `

Exit codes:
  0  no finding left at or above --fail-level (with --diff: nothing to change)
  1  findings left at or above --fail-level (with --diff: something to change)
  2  usage error, input error or a file that could not be written (other
     files are still fixed)`,
		Example: `  newslint fix article.txt
  newslint fix --diff articles/
  newslint fix --unsafe-fixes --select duplicate-subtitle article.txt
  newslint fix --stdin-filename draft.md - < draft.md > fixed.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := e.newRunner(&f.lintFlags)
			if err != nil {
				return err
			}
			e.code, err = r.fix(cmd.Context(), args, f)
			return err
		},
	}
	f.register(e, cmd)
	fl := cmd.Flags()
	fl.BoolVar(&f.unsafe, "unsafe-fixes", false, "also apply unsafe fixes, which remove or change words")
	fl.BoolVar(&f.diff, "diff", false, "print a unified diff of the changes instead of writing them")
	return cmd
}

// fix runs the fix verb and returns the exit code.
func (r *runner) fix(ctx context.Context, args []string, f *fixFlags) (int, error) {
	srcs, err := r.sources(args)
	if err != nil {
		return ExitError, err
	}
	toStdout := false
	for _, s := range srcs {
		if s.stdin {
			toStdout = true
		}
	}
	if toStdout && len(srcs) > 1 {
		return ExitError, usagef("fix - writes the fixed article to standard output: give no other path")
	}
	// Standard output carries the fixed text or the diff, if either;
	// findings then go to standard error.
	findingsOut := r.e.c.Stdout
	if toStdout || f.diff {
		findingsOut = r.e.c.Stderr
	}
	w := r.writer(findingsOut)
	fail, changed := false, false
	fixes, files := 0, 0
	var t tally
	opts := lint.FixOptions{Unsafe: f.unsafe}
	fixOne := func(ctx context.Context, src *source) outcome { return r.fixOne(ctx, src, opts, f.diff) }
	verb := "Fixing"
	if f.diff {
		verb = "Comparing"
	}
	err = r.process(ctx, verb, srcs, fixOne, func(src *source, o *outcome) error {
		for _, err := range o.errs {
			r.report(err)
		}
		fail = fail || o.fail
		t.add(src, o)
		if o.changed {
			changed = true
			fixes += o.fixes
			files++
		}
		if o.output != nil {
			if _, err := r.e.c.Stdout.Write(o.output); err != nil {
				return err
			}
		}
		if o.diff != "" {
			if _, err := io.WriteString(r.e.c.Stdout, o.diff); err != nil {
				return err
			}
		}
		if o.file == nil || f.diff {
			return nil
		}
		return w.Write(o.file)
	})
	if !f.diff {
		// With --diff, the remaining findings are not reported.
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return ExitError, err
	}
	// The summary follows the remaining findings when they are on
	// standard output.
	if r.summarize() && findingsOut == r.e.c.Stdout {
		line := t.line(summaryStyle{left: true, noun: "file", fixCommand: r.fixCommand(args, false)})
		if _, err := fmt.Fprintln(findingsOut, line); err != nil {
			return ExitError, err
		}
	}
	if fixes > 0 && !toStdout && !r.flags.quiet {
		verb := "fixed"
		if f.diff {
			verb = "would fix"
		}
		fmt.Fprintf(r.e.c.Stderr, "newslint: %s %s in %s\n", verb, plural(fixes, "problem"), plural(files, "file"))
	}
	if f.diff {
		return r.exitCode(changed), nil
	}
	return r.exitCode(fail), nil
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// fixOne fixes one source: it writes the file, or prepares the fixed text
// or the diff.
func (r *runner) fixOne(ctx context.Context, src *source, opts lint.FixOptions, diff bool) outcome {
	var o outcome
	in, err := r.read(src, r.e.c.Stdin)
	if err != nil {
		o.errs = append(o.errs, err)
		return o
	}
	if in == nil {
		if src.stdin && !diff {
			o.output = []byte{}
		}
		return o
	}
	res, err := r.linter.Fix(ctx, in.article, in.settings, opts)
	if err != nil {
		o.errs = append(o.errs, r.engineProblem(src.name, err))
		return o
	}
	before, after := in.article.Src, res.Article.Src
	o.changed = after != before
	if o.changed {
		for _, n := range res.Applied {
			o.fixes += n
		}
	}
	switch {
	case diff:
		if o.changed {
			o.diff = udiff.Unified(src.name, src.name, before, after)
		}
	case src.stdin:
		o.output = []byte(after)
	case o.changed:
		if err := writeFile(src.path, []byte(after), in.info); err != nil {
			o.errs = append(o.errs, r.engineProblem(src.name, err))
			// The file keeps its defects: report them as check would.
			o.changed, o.fixes = false, 0
			fs, err := r.linter.Lint(ctx, in.article, in.settings)
			if err != nil {
				o.errs = append(o.errs, r.engineProblem(src.name, err))
				return o
			}
			r.findings(&o, src.name, in.article, fs)
			return o
		}
		r.e.log.Info().Str("path", src.name).Int("fixes", o.fixes).Msg("fixed")
	}
	r.findings(&o, src.name, res.Article, res.Remaining)
	return o
}
