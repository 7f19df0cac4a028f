package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/config"
	"github.com/newslint/newslint/lint/report"
)

// problem is an error about an input, printed as
// "path:line:col: error: msg", or "path: error: msg" without a position.
type problem struct {
	path      string
	line, col int
	msg       string
}

func (p *problem) Error() string {
	loc := report.Sanitize(p.path)
	if p.line > 0 {
		loc += ":" + strconv.Itoa(p.line)
		if p.col > 0 {
			loc += ":" + strconv.Itoa(p.col)
		}
	}
	return loc + ": error: " + report.Sanitize(p.msg)
}

// runner holds what check and fix need to process articles.
type runner struct {
	e         *env
	flags     *lintFlags
	linter    *lint.Linter
	resolver  *config.Resolver
	selection selection
	failLevel lint.Severity
	stdinName string // the name shown for standard input
	// changes are the changed lines findings are limited to (check
	// --diff-base), or nil.
	changes *changes

	reported map[error]bool // configuration errors already printed
	failed   bool           // an error was printed
}

// newRunner checks the flags and prepares a run.
func (e *env) newRunner(f *lintFlags) (*runner, error) {
	l, err := e.newLinter()
	if err != nil {
		return nil, err
	}
	r := &runner{e: e, flags: f, linter: l, reported: map[error]bool{}}
	if r.failLevel, err = lint.ParseSeverity(f.failLevel); err != nil {
		return nil, usagef("invalid --fail-level %q (want info, warning or error)", f.failLevel)
	}
	if _, err := report.New(f.format, io.Discard, report.Options{}); err != nil {
		return nil, &usageError{fmt.Errorf("--format: %w", err)}
	}
	if f.jobs < 0 {
		return nil, usagef("invalid --jobs %d (want 0 or more)", f.jobs)
	}
	if f.jobs == 0 {
		f.jobs = runtime.NumCPU()
	}
	if r.selection, err = parseSelection(l, f.selects, f.ignores); err != nil {
		return nil, err
	}
	r.stdinName = stdinName
	if f.stdinFilename != "" {
		r.stdinName = f.stdinFilename
	}
	r.resolver = config.NewResolver(l, f.config)
	return r, nil
}

// sources turns the paths of the command line into the sources to process.
func (r *runner) sources(args []string) ([]source, error) {
	if len(args) == 0 {
		if r.flags.stdinFilename != "" {
			args = []string{"-"}
		} else {
			args = []string{"."}
		}
	}
	stdin := 0
	for _, a := range args {
		if a == "-" {
			stdin++
		}
	}
	switch {
	case stdin > 1:
		return nil, usagef("standard input (-) named more than once")
	case stdin == 0 && r.flags.stdinFilename != "":
		return nil, usagef("--stdin-filename names standard input, but the path - is not given")
	}
	c := newCollector(r.resolver, r.e.log, r.stdinName)
	for _, a := range args {
		c.add(a)
	}
	return c.sources, nil
}

// settings returns the settings for the article at path (for standard
// input, its --stdin-filename) with --select and --ignore applied.
func (r *runner) settings(path string) (*lint.Settings, error) {
	cfg, err := r.resolver.For(path)
	if err != nil {
		return nil, err
	}
	var s *lint.Settings
	if cfg != nil {
		s = cfg.Settings(path)
		r.e.log.Trace().Str("path", path).Str("config", cfg.Path).Msg("using configuration")
	}
	return r.selection.apply(r.linter, s), nil
}

// configPath returns the path configuration is looked up for.
func (r *runner) configPath(src *source) string {
	if src.stdin {
		return r.stdinName
	}
	return src.path
}

// input is a source read and parsed.
type input struct {
	src      []byte
	info     fs.FileInfo // nil for standard input
	article  *article.Article
	settings *lint.Settings
}

// read reads and parses a source and resolves its settings. It returns a
// nil input, and no error, for an empty file, which holds no article and
// is skipped.
func (r *runner) read(src *source, stdin io.Reader) (*input, error) {
	in := &input{}
	var err error
	switch {
	case src.staged:
		in.src = src.data
	case src.stdin:
		if in.src, err = io.ReadAll(stdin); err != nil {
			return nil, &problem{path: src.name, msg: "cannot read standard input: " + err.Error()}
		}
	default:
		if in.src, in.info, err = readFile(src.path); err != nil {
			return nil, &problem{path: src.name, msg: "cannot read: " + pathError(err)}
		}
	}
	if len(in.src) == 0 {
		r.e.log.Info().Str("path", src.name).Msg("empty file: nothing to check")
		return nil, nil
	}
	if in.settings, err = r.settings(r.configPath(src)); err != nil {
		return nil, err
	}
	articlePath := src.path
	if src.stdin {
		articlePath = r.flags.stdinFilename
	}
	in.article, err = article.Parse(articlePath, in.src, article.FormatOf(articlePath))
	if err != nil {
		var ae *article.Error
		if errors.As(err, &ae) {
			return nil, &problem{path: src.name, line: ae.Line, col: ae.Column, msg: ae.Msg}
		}
		return nil, &problem{path: src.name, msg: err.Error()}
	}
	return in, nil
}

// readFile reads a file and returns its status as of the read.
func readFile(path string) ([]byte, fs.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if info.IsDir() {
		return nil, nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("is a folder")}
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, nil, err
	}
	return data, info, nil
}

// outcome is the result of processing one source.
type outcome struct {
	// file holds the findings to report, none when the article is clean;
	// nil when no article was checked.
	file *report.File
	// errs are the problems to report.
	errs []error
	// fail tells whether a finding is at or above --fail-level.
	fail bool
	// changed tells whether fix changed the text (or, with --diff,
	// would).
	changed bool
	// fixes is the number of fixes fix applied.
	fixes int
	// output is, for fix of standard input, the fixed text, else nil.
	output []byte
	// diff is, for fix --diff, the unified diff of the changes.
	diff string
}

// engineProblem reports an error of the engine (a rule that failed) for a
// file: its first line, the rest (a stack trace) logged at debug level.
func (r *runner) engineProblem(name string, err error) error {
	msg := err.Error()
	if first, rest, ok := strings.Cut(msg, "\n"); ok {
		r.e.log.Debug().Str("path", name).Str("detail", rest).Msg(first)
		msg = first
	}
	return &problem{path: name, msg: msg}
}

// findings records the findings of an article in o.
func (r *runner) findings(o *outcome, name string, a *article.Article, fs []lint.Finding) {
	o.file = &report.File{Path: name, Article: a, Findings: fs}
	for i := range fs {
		if fs[i].Severity >= r.failLevel {
			o.fail = true
		}
	}
}

// process runs fn on every source with a pool of workers and hands the
// outcomes to emit in the order of the sources. On a terminal, a progress
// bar headed by verb shows how far a long run is.
func (r *runner) process(ctx context.Context, verb string, srcs []source, fn func(context.Context, *source) outcome, emit func(*source, *outcome) error) error {
	results := make([]chan outcome, len(srcs))
	for i := range results {
		results[i] = make(chan outcome, 1)
	}
	jobs := make(chan int)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range min(r.flags.jobs, len(srcs)) {
		wg.Go(func() {
			for i := range jobs {
				results[i] <- r.safely(ctx, &srcs[i], fn)
			}
		})
	}
	go func() {
		defer close(jobs)
		for i := range srcs {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	bar := r.startProgress(verb, len(srcs))
	var err error
	for i := range srcs {
		o := <-results[i]
		if err = emit(&srcs[i], &o); err != nil {
			break
		}
		bar.advance()
	}
	bar.finish()
	cancel()
	wg.Wait()
	return err
}

// safely runs fn on a source, turning a collection error and a panic into
// a reported problem.
func (r *runner) safely(ctx context.Context, src *source, fn func(context.Context, *source) outcome) (o outcome) {
	if src.err != nil {
		return outcome{errs: []error{src.err}}
	}
	if err := ctx.Err(); err != nil {
		return outcome{errs: []error{err}}
	}
	defer func() {
		if p := recover(); p != nil {
			buf := make([]byte, 64<<10)
			buf = buf[:runtime.Stack(buf, false)]
			r.e.log.Debug().Str("path", src.name).Str("stack", string(buf)).Msg("panic")
			o = outcome{errs: []error{&problem{path: src.name, msg: fmt.Sprintf("internal error: %v (--log-level debug shows where)", p)}}}
		}
	}()
	return fn(ctx, src)
}

// report prints a problem on standard error, once for configuration
// errors shared by many files.
func (r *runner) report(err error) {
	if r.reported[err] {
		return
	}
	r.reported[err] = true
	r.failed = true
	w := r.e.c.Stderr
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	for _, err := range errs {
		fmt.Fprintln(w, describe(err))
	}
}

// describe formats an error for standard error: a problem or a
// configuration error as "path:line:col: error: message".
func describe(err error) string {
	var p *problem
	if errors.As(err, &p) {
		return p.Error()
	}
	var ce *config.Error
	if errors.As(err, &ce) {
		msg := ce.Msg
		if ce.Key != "" {
			msg = ce.Key + ": " + msg
		}
		return (&problem{path: relative(ce.Path), line: ce.Line, col: ce.Column, msg: msg}).Error()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return (&problem{path: relative(pe.Path), msg: "cannot read configuration: " + pathError(pe)}).Error()
	}
	return "newslint: error: " + report.Sanitize(err.Error())
}

// relative returns an absolute path relative to the current folder when it
// lies below it, for shorter messages.
func relative(path string) string {
	if !filepath.IsAbs(path) {
		return path
	}
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}

// writer returns the report writer for findings written to w.
func (r *runner) writer(w io.Writer) report.Writer {
	tool := report.DefaultTool()
	tool.Version = r.e.c.Version
	// Relative paths are relative to the current folder.
	wd, _ := os.Getwd()
	out, err := report.New(r.flags.format, w, report.Options{
		Color:   r.e.colorFor(w),
		Source:  isTerminal(w),
		Tool:    tool,
		Rules:   r.linter.Rules(),
		BaseDir: wd,
	})
	if err != nil {
		// newRunner checked the format.
		panic(err)
	}
	return out
}

// exitCode returns the exit code for a run that found failing findings
// (or, for fix --diff, changes) when fail is set.
func (r *runner) exitCode(fail bool) int {
	switch {
	case r.failed:
		return ExitError
	case fail && !r.flags.exitZero:
		return ExitFindings
	}
	return ExitOK
}
