// Package report writes findings in newslint's output formats.
//
// A Writer receives the findings of one file at a time, in the order the
// files are to appear, and finishes the output when it is closed. Formats
// that need the whole run before writing (a SARIF log, a JUnit suite) keep
// what they need until Close; line-oriented formats write at once. Each
// format lives in a file of its own and is listed once in Formats.
//
// # Text format
//
// The text format writes one line per finding:
//
//	path:line:column: severity: message [rule]
//
// Lines and columns are 1-based; columns count Unicode code points. A
// finding about the whole file has no position:
//
//	path: severity: message [rule]
//
// With Options.Source, each finding is followed by its source line with a
// marker under the reported range, and with Options.Color the output uses
// ANSI colors. Both are meant for a terminal; the line format above is the
// same either way.
//
// # JSON format
//
// The JSON format is a stable contract for programs. The output is one JSON
// array, "[]" when there are no findings, whose elements are objects with
// exactly these members, in this order:
//
//   - "path" (string): the file, as named on the command line or found in
//     a directory;
//   - "rule" (string): the rule's name, such as "trailing-whitespace";
//   - "severity" (string): "info", "warning" or "error";
//   - "message" (string): what is wrong;
//   - "line", "column", "end_line", "end_column" (integers): the 1-based
//     start and end of the reported range, columns counted in Unicode code
//     points, the end exclusive;
//   - "offset", "end_offset" (integers): the same range in bytes from the
//     start of the file, the end exclusive;
//   - "fixes" (array): the ways to repair the finding, "[]" when there is
//     none; each an object with "message" (string), "applicability"
//     ("safe" or "unsafe") and "edits" (array of objects with "offset",
//     "end_offset" and "new_text": replace the bytes [offset, end_offset)
//     of the file with new_text). The edits of one fix do not overlap and
//     are applied together;
//   - "data" (object of strings): rule-specific facts, present only when
//     the rule reports any.
//
// A finding about the whole file has "line" 0, and then its "column",
// "end_line", "end_column", "offset" and "end_offset" are 0 as well.
// Findings are grouped by file, in the order the files were given (files
// found in a directory in path order), and sorted by position within a file.
// Problems reading a file are not findings and never appear in the array.
//
// New members may be added to the objects in later versions; existing ones
// keep their names, types and meaning. JSONSchema returns a JSON Schema of
// the format.
//
// # JSON Lines format
//
// The jsonl format writes one finding per line, each a JSON object of the
// same shape as an element of the JSON format's array, for programs that
// read a stream. A run without findings writes nothing.
//
// # SARIF format
//
// The sarif format writes one SARIF 2.1.0 log with one run: the tool with
// its rules (Options.Tool, Options.Rules), one result per finding, and
// each fix as a SARIF fix of byte-range replacements. Columns are counted
// in Unicode code points (the run's columnKind is "unicodeCodePoints"),
// and each region also gives its byte offset and length. Relative paths
// become relative URIs against the base %SRCROOT%, which Options.BaseDir
// names when set.
//
// # GitHub format
//
// The github format writes one GitHub Actions workflow command per
// finding, which the Actions runner turns into an annotation:
//
//	::warning file=path,line=1,col=19,endLine=1,endColumn=20,title=newslint (rule)::path:1:19: message
//
// Errors become ::error, warnings ::warning and info findings ::notice.
//
// # Checkstyle format
//
// The checkstyle format writes Checkstyle 4.3 XML, as reviewdog and many
// CI systems read it: a file element for each file checked, holding an
// error element for each finding with its line, column, severity, message
// and source (newslint.RULE). A finding about the whole file has line 0
// and no column.
//
// # JUnit format
//
// The junit format writes JUnit XML for CI systems that show test results:
// one test suite per file checked, holding a failing test case for each
// finding, or one passing test case when the file is clean.
package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// File holds the findings of one file. A file checked clean has no
// findings; formats that list the files checked (checkstyle, junit) show it.
type File struct {
	// Path is the file's name as it is to be shown.
	Path string
	// Article is the parsed file the findings refer to; their ranges are
	// byte offsets into Article.Src.
	Article *article.Article
	// Findings are the file's findings, sorted by position.
	Findings []lint.Finding
}

// Options adjust the output of a format. Formats ignore the options that
// do not apply to them.
type Options struct {
	// Color enables ANSI colors.
	Color bool
	// Source shows the source line of each finding with a marker under
	// the reported range.
	Source bool
	// Tool names the program in formats that record it (sarif). Empty
	// fields take the values of DefaultTool.
	Tool Tool
	// Rules are the rules of the run, for formats that describe them
	// (sarif). A finding of a rule not listed is described by the rule's
	// name alone.
	Rules []*lint.Rule
	// BaseDir is the absolute folder that relative paths are relative to,
	// for formats that record it (sarif). Empty means it is not recorded.
	BaseDir string
}

// Tool describes the program that produced the findings.
type Tool struct {
	// Name is the program's name.
	Name string
	// Version is the program's version, or empty when unknown.
	Version string
	// InformationURI is the address of the program's documentation.
	InformationURI string
}

// DefaultTool returns the description of newslint without a version.
func DefaultTool() Tool {
	return Tool{Name: "newslint", InformationURI: "https://github.com/newslint/newslint"}
}

// withDefaults fills the empty fields of t from DefaultTool.
func (t Tool) withDefaults() Tool {
	d := DefaultTool()
	if t.Name == "" {
		t.Name = d.Name
	}
	if t.InformationURI == "" {
		t.InformationURI = d.InformationURI
	}
	return t
}

// Writer writes findings in one format.
type Writer interface {
	// Write writes the findings of one file. Files must be written in the
	// order they are to appear; a file without findings may be written
	// or left out.
	Write(f *File) error
	// Close finishes the output. It must be called once, after the last
	// Write, even when there were no files.
	Close() error
}

// Format is an output format.
type Format struct {
	// Name is the format's name, as given to --format.
	Name string
	// Description is a one-line description for help texts.
	Description string
	// New returns a writer of the format that writes to w.
	New func(w io.Writer, opts Options) Writer
}

// Formats returns the available formats.
func Formats() []Format {
	return []Format{
		textFormat(),
		jsonFormat(),
		jsonlFormat(),
		sarifFormat(),
		githubFormat(),
		checkstyleFormat(),
		junitFormat(),
	}
}

// FormatNames returns the names of the available formats, in the order of
// Formats.
func FormatNames() []string {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return names
}

// New returns a writer of the named format.
func New(format string, w io.Writer, opts Options) (Writer, error) {
	fs := Formats()
	i := slices.IndexFunc(fs, func(f Format) bool { return f.Name == format })
	if i < 0 {
		return nil, fmt.Errorf("unknown output format %q (want %s)", format, orList(FormatNames()))
	}
	return fs[i].New(w, opts), nil
}

// Position is a finding's range as lines, columns and bytes.
type Position struct {
	Line, Column       int // 1-based; 0 for a whole-file finding
	EndLine, EndColumn int // 1-based, exclusive; 0 for a whole-file finding
	Offset, EndOffset  int // bytes; 0 for a whole-file finding
}

// IsWholeFile reports whether the position stands for the whole file.
func (p Position) IsWholeFile() bool { return p.Line == 0 }

// PositionOf returns the position of a finding of article a.
func PositionOf(a *article.Article, f *lint.Finding) Position {
	if f.Pos == lint.WholeFile {
		return Position{}
	}
	var p Position
	p.Offset, p.EndOffset = f.Pos, f.End
	p.Line, p.Column = a.Position(f.Pos)
	p.EndLine, p.EndColumn = a.Position(f.End)
	return p
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// location returns "path:line:column", or path for a whole-file position.
func location(path string, p Position) string {
	if p.IsWholeFile() {
		return path
	}
	return path + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}
