package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

func jsonlFormat() Format {
	return Format{
		Name:        "jsonl",
		Description: "one JSON object per line for each finding, shaped like the elements of json",
		New: func(w io.Writer, _ Options) Writer {
			return &jsonlWriter{w: w}
		},
	}
}

// jsonlWriter writes each finding as one line of JSON, as it comes.
type jsonlWriter struct {
	w   io.Writer
	buf bytes.Buffer
}

func (j *jsonlWriter) Write(f *File) error {
	if len(f.Findings) == 0 {
		return nil
	}
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetEscapeHTML(false)
	for i := range f.Findings {
		// Encode ends each value with a newline and escapes the line
		// breaks inside strings, so each finding is one line.
		if err := enc.Encode(NewJSONFinding(f, &f.Findings[i])); err != nil {
			return fmt.Errorf("encode finding: %w", err)
		}
	}
	_, err := j.w.Write(j.buf.Bytes())
	return err
}

func (j *jsonlWriter) Close() error { return nil }
