package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/lang"
	"github.com/newslint/newslint/lint/report"
)

// Article records
//
// check --input jsonl reads article records instead of article files: JSON
// Lines, one JSON object per line, from the files named on the command line
// or from standard input:
//
//	{"id": "a-17", "title": "…", "subtitle": "…", "body": "…", "lang": "en"}
//
// id (a string or a number) is required; title, subtitle, body and lang are
// strings and may be missing; other members are ignored. Body paragraphs are
// separated by blank lines. Each record becomes a plain-text article laid
// out as a file would be:
//
//	title LF LF subtitle LF LF body LF
//
// without the subtitle and its blank line when the subtitle is empty, and
// without the final line break when the body already ends with one. The
// fields are taken as they are (no white space is trimmed, so that their
// defects are found), and positions in the output refer to this assembled
// text. lang, when given, is the article's declared language, as a Markdown
// article's front matter declares it.
//
// Records are linted independently and in parallel (--jobs), and their
// findings are written in the order of the records, with the record's id
// as the path. Memory stays bounded: records are read one line at a time
// and at most a few per worker are in flight. A line that is not a valid
// record is an input error naming the file and line (exit 2); the other
// records are still checked. Blank lines are skipped, and so are records
// whose title, subtitle and body are all empty, as empty files are.

// Input modes of check.
const (
	inputFiles = "files"
	inputJSONL = "jsonl"
)

// maxRecordBytes bounds the length of one record line, so that a stream
// without line breaks cannot exhaust memory.
const maxRecordBytes = 256 << 20

// recordsInFlight is the number of records read ahead per worker.
const recordsInFlight = 4

// inputHelp is the part of check's help about --input.
const inputHelp = `

Article records:
  --input jsonl reads article records instead of articles: one JSON object a
  line, {"id", "title", "subtitle", "body", "lang"}, from the files named or
  from standard input. Each record is checked as the plain-text article
  "title, blank line, subtitle, blank line, body" (positions refer to that
  text) and reported under its id. A malformed line is an input error naming
  its line number (exit 2); the other records are still checked.

    zcat archive.jsonl.gz | newslint check --input jsonl --format jsonl`

// registerInputFlag adds --input to check.
func registerInputFlag(cmd *cobra.Command, input *string) {
	cmd.Long += inputHelp
	cmd.Flags().StringVar(input, "input", inputFiles,
		"what the paths hold, by `kind`: files (articles) or jsonl (article records, one JSON object a line: id, title, subtitle, body, lang)")
	if err := cmd.RegisterFlagCompletionFunc("input", cobra.FixedCompletions(
		[]string{inputFiles, inputJSONL}, cobra.ShellCompDirectiveNoFileComp)); err != nil {
		panic(err)
	}
}

// record is one line of a JSON Lines stream of articles.
type record struct {
	ID       json.RawMessage `json:"id"`
	Title    string          `json:"title"`
	Subtitle string          `json:"subtitle"`
	Body     string          `json:"body"`
	Lang     string          `json:"lang"`
}

// Text returns the record's article text, assembled as the package
// documentation describes.
func (rec *record) Text() string {
	var sb strings.Builder
	sb.Grow(len(rec.Title) + len(rec.Subtitle) + len(rec.Body) + 5)
	sb.WriteString(rec.Title)
	sb.WriteString("\n\n")
	if rec.Subtitle != "" {
		sb.WriteString(rec.Subtitle)
		sb.WriteString("\n\n")
	}
	sb.WriteString(rec.Body)
	if !strings.HasSuffix(rec.Body, "\n") {
		sb.WriteString("\n")
	}
	return sb.String()
}

// parseRecord decodes one line into a record and returns its id.
func parseRecord(line []byte) (*record, string, error) {
	if !utf8.Valid(line) {
		i := 0
		for i < len(line) {
			r, n := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		return nil, "", &recordError{col: utf8.RuneCount(line[:i]) + 1,
			msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02X); records must be UTF-8 JSON", line[i])}
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) && se.Offset > 0 && int(se.Offset) <= len(line) {
			return nil, "", &recordError{col: utf8.RuneCount(line[:se.Offset-1]) + 1,
				msg: "invalid JSON: " + strings.TrimPrefix(se.Error(), "json: ")}
		}
		return nil, "", jsonError(err)
	}
	if dec.More() {
		return nil, "", errors.New("more than one JSON value on the line")
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return nil, "", err
	}
	return &rec, id, nil
}

// recordID returns the text of a record's id, which must be a non-empty
// string or a number.
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", errors.New(`the record has no "id"`)
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", jsonError(err)
		}
		if strings.TrimSpace(s) == "" {
			return "", errors.New(`the record's "id" is empty`)
		}
		return s, nil
	case c == '-' || c >= '0' && c <= '9':
		return string(raw), nil
	}
	return "", errors.New(`"id" must be a string or a number`)
}

// jsonError rewords a decoding error for a person.
func jsonError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Errorf("a record must be a JSON object, not %s", jsonType(te.Value))
		}
		return fmt.Errorf("%q must be a string, not %s", te.Field, jsonType(te.Value))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("invalid JSON: the line ends inside a value")
	}
	return fmt.Errorf("invalid JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// jsonType returns a JSON type name with its indefinite article.
func jsonType(typ string) string {
	switch typ {
	case "array", "object":
		return "an " + typ
	}
	return "a " + typ
}

// recordError is a problem with a record at a column of its line.
type recordError struct {
	col int // 1-based, in code points
	msg string
}

func (e *recordError) Error() string { return e.msg }

// recordJob is one line to process, with the channel its outcome goes to.
type recordJob struct {
	line    int
	data    []byte // the line, or nil when err is set
	err     error  // a problem reading the line
	outcome chan outcome
}

// checkInput runs check with an --input other than files.
func (r *runner) checkInput(ctx context.Context, args []string, f *checkFlags) (int, error) {
	switch {
	case f.input != inputJSONL:
		return ExitError, usagef("invalid --input %q (want %s or %s)", f.input, inputFiles, inputJSONL)
	case f.staged:
		return ExitError, usagef("--input jsonl reads article records: it does not go with --staged")
	case f.diffBase != "":
		return ExitError, usagef("--input jsonl reads article records: it does not go with --diff-base")
	}
	return r.checkRecords(ctx, args)
}

// checkRecords runs check --input jsonl over the record files named by
// args (standard input when there are none, or for "-") and returns the
// exit code.
func (r *runner) checkRecords(ctx context.Context, args []string) (int, error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	stdin := 0
	for _, a := range args {
		if a == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return ExitError, usagef("standard input (-) named more than once")
	}
	w := r.writer(r.e.c.Stdout)
	fail := false
	var err error
	for _, arg := range args {
		var f bool
		if f, err = r.checkRecordFile(ctx, arg, w); err != nil {
			break
		}
		fail = fail || f
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ExitError, err
	}
	return r.exitCode(fail), nil
}

// checkRecordFile checks the records of one file ("-": standard input),
// writing the findings to w. It reports whether a finding is at or above
// --fail-level; the error is a failure to write the output.
func (r *runner) checkRecordFile(ctx context.Context, arg string, w report.Writer) (bool, error) {
	name := arg
	var in io.Reader
	if arg == "-" {
		name = r.stdinName
		in = r.e.c.Stdin
	} else {
		f, err := os.Open(arg)
		if err != nil {
			r.report(&problem{path: arg, msg: "cannot read: " + pathError(err)})
			return false, nil
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			r.report(&problem{path: arg, msg: "is a folder: --input jsonl reads files of records"})
			return false, nil
		}
		in = f
	}
	// The configuration is the one for the records file (for standard
	// input, its --stdin-filename or the current folder).
	settings, err := r.settings(name)
	if err != nil {
		r.report(err)
		return false, nil
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *recordJob)
	order := make(chan *recordJob, r.flags.jobs*recordsInFlight)
	var wg sync.WaitGroup
	for range r.flags.jobs {
		wg.Go(func() {
			for j := range jobs {
				j.outcome <- r.checkRecord(ctx, name, j, settings)
			}
		})
	}
	// The reader hands each line to the workers and, in the same order, to
	// the loop below, which waits for the outcomes one by one: order's
	// capacity bounds the records in memory.
	wg.Go(func() {
		defer close(order)
		defer close(jobs)
		readRecords(ctx, in, func(j *recordJob) bool {
			j.outcome = make(chan outcome, 1)
			select {
			case order <- j:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				// The loop below is waiting for this outcome.
				j.outcome <- outcome{errs: []error{ctx.Err()}}
				return false
			}
		})
	})
	fail := false
	var werr error
	for j := range order {
		o := <-j.outcome
		if werr != nil {
			continue
		}
		for _, err := range o.errs {
			r.report(err)
		}
		fail = fail || o.fail
		if o.file != nil {
			if werr = w.Write(o.file); werr != nil {
				cancel()
			}
		}
	}
	cancel()
	wg.Wait()
	return fail, werr
}

// readRecords reads in line by line and calls emit with each non-blank
// line, or with a problem reading it, until the input ends, emit returns
// false or ctx is done.
func readRecords(ctx context.Context, in io.Reader, emit func(*recordJob) bool) {
	br := bufio.NewReaderSize(in, 64<<10)
	for lineNo := 1; ctx.Err() == nil; lineNo++ {
		line, err := readLine(br, maxRecordBytes)
		var job *recordJob
		switch {
		case errors.Is(err, errLineTooLong):
			job = &recordJob{line: lineNo, err: fmt.Errorf("the line is longer than %d MiB; a record must fit in one line of at most that", maxRecordBytes>>20)}
		case err != nil && !errors.Is(err, io.EOF):
			job = &recordJob{line: lineNo, err: fmt.Errorf("cannot read: %w", err)}
		case len(bytes.TrimSpace(line)) > 0:
			job = &recordJob{line: lineNo, data: line}
		}
		if job != nil && !emit(job) {
			return
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			return
		}
	}
}

// errLineTooLong is returned by readLine for a line over its limit.
var errLineTooLong = errors.New("line too long")

// readLine returns the next line of br without its terminator ("\n" or
// "\r\n"). A line longer than limit is skipped up to its end and reported
// with errLineTooLong. At the end of the input it returns the last line,
// if any, with io.EOF.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > limit+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil && tooLong:
			return nil, errLineTooLong
		case err != nil:
			return line, err
		case tooLong:
			return nil, errLineTooLong
		}
		line = bytes.TrimSuffix(line[:len(line)-1], []byte("\r"))
		return line, nil
	}
}

// checkRecord lints the record of one line of the file called name.
func (r *runner) checkRecord(ctx context.Context, name string, j *recordJob, s *lint.Settings) outcome {
	bad := func(msg string) outcome {
		return outcome{errs: []error{&problem{path: name, line: j.line, msg: msg}}}
	}
	if j.err != nil {
		return bad(j.err.Error())
	}
	rec, id, err := parseRecord(j.data)
	if err != nil {
		var re *recordError
		if errors.As(err, &re) {
			return outcome{errs: []error{&problem{path: name, line: j.line, col: re.col, msg: "malformed record: " + re.msg}}}
		}
		return bad("malformed record: " + err.Error())
	}
	var declared lang.Language
	if rec.Lang != "" {
		if declared, err = lang.Parse(rec.Lang); err != nil {
			return bad(fmt.Sprintf("record %q: %v", id, err))
		}
	}
	j.data = nil
	if rec.Title == "" && rec.Subtitle == "" && rec.Body == "" {
		r.e.log.Info().Str("path", name).Int("line", j.line).Str("id", id).Msg("empty record: nothing to check")
		return outcome{}
	}
	return r.safely(ctx, &source{name: id}, func(ctx context.Context, _ *source) outcome {
		text := rec.Text()
		a, err := article.Parse(id, []byte(text), article.Text)
		if err != nil {
			var ae *article.Error
			if errors.As(err, &ae) && ae.Line > 0 {
				return bad(fmt.Sprintf("record %q: %d:%d: %s", id, ae.Line, ae.Column, ae.Msg))
			}
			return bad(fmt.Sprintf("record %q: %v", id, err))
		}
		a.Lang = string(declared)
		fs, err := r.linter.Lint(ctx, a, s)
		if err != nil {
			return outcome{errs: []error{r.engineProblem(id, err)}}
		}
		var o outcome
		r.findings(&o, id, a, fs)
		return o
	})
}
