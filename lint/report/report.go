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
package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// File holds the findings of one file.
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
		return nil, fmt.Errorf("unknown output format %q (want %s)", format, strings.Join(FormatNames(), " or "))
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
