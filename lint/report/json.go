package report

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"

	"github.com/newslint/newslint/lint"
)

//go:embed findings.schema.json
var jsonSchema []byte

// JSONSchema returns a JSON Schema (draft 2020-12) that the output of the
// JSON format satisfies.
func JSONSchema() []byte { return bytes.Clone(jsonSchema) }

// JSONFinding is one element of the JSON format's array. The package
// documentation describes each member.
type JSONFinding struct {
	Path      string            `json:"path"`
	Rule      string            `json:"rule"`
	Severity  string            `json:"severity"`
	Message   string            `json:"message"`
	Line      int               `json:"line"`
	Column    int               `json:"column"`
	EndLine   int               `json:"end_line"`
	EndColumn int               `json:"end_column"`
	Offset    int               `json:"offset"`
	EndOffset int               `json:"end_offset"`
	Fixes     []JSONFix         `json:"fixes"`
	Data      map[string]string `json:"data,omitempty"`
}

// JSONFix is a fix in the JSON format.
type JSONFix struct {
	Message       string     `json:"message"`
	Applicability string     `json:"applicability"`
	Edits         []JSONEdit `json:"edits"`
}

// JSONEdit is an edit in the JSON format: replace the bytes
// [Offset, EndOffset) with NewText.
type JSONEdit struct {
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	NewText   string `json:"new_text"`
}

// NewJSONFinding converts a finding of file f to its JSON form.
func NewJSONFinding(f *File, x *lint.Finding) JSONFinding {
	p := PositionOf(f.Article, x)
	j := JSONFinding{
		Path:      f.Path,
		Rule:      x.Rule,
		Severity:  x.Severity.String(),
		Message:   x.Message,
		Line:      p.Line,
		Column:    p.Column,
		EndLine:   p.EndLine,
		EndColumn: p.EndColumn,
		Offset:    p.Offset,
		EndOffset: p.EndOffset,
		Fixes:     make([]JSONFix, 0, len(x.Fixes)),
	}
	for _, fix := range x.Fixes {
		jf := JSONFix{
			Message:       fix.Message,
			Applicability: fix.Applicability.String(),
			Edits:         make([]JSONEdit, 0, len(fix.Edits)),
		}
		for _, e := range fix.Edits {
			jf.Edits = append(jf.Edits, JSONEdit{Offset: e.Pos, EndOffset: e.End, NewText: e.NewText})
		}
		j.Fixes = append(j.Fixes, jf)
	}
	if len(x.Data) > 0 {
		j.Data = x.Data
	}
	return j
}

func jsonFormat() Format {
	return Format{
		Name:        "json",
		Description: "one JSON array of findings (a stable contract)",
		New: func(w io.Writer, _ Options) Writer {
			return &jsonWriter{w: w}
		},
	}
}

// jsonWriter writes the array as it goes: one element per line group, so
// that a long run's output is not held in memory.
type jsonWriter struct {
	w     io.Writer
	count int
	buf   bytes.Buffer
}

func (j *jsonWriter) Write(f *File) error {
	for i := range f.Findings {
		j.buf.Reset()
		if j.count == 0 {
			j.buf.WriteString("[\n  ")
		} else {
			j.buf.WriteString(",\n  ")
		}
		enc := json.NewEncoder(&j.buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("  ", "  ")
		if err := enc.Encode(NewJSONFinding(f, &f.Findings[i])); err != nil {
			return fmt.Errorf("encode finding: %w", err)
		}
		// Encode ends the value with a newline; the separator or the
		// closing bracket supplies it.
		j.buf.Truncate(j.buf.Len() - 1)
		if _, err := j.w.Write(j.buf.Bytes()); err != nil {
			return err
		}
		j.count++
	}
	return nil
}

func (j *jsonWriter) Close() error {
	end := "\n]\n"
	if j.count == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}
