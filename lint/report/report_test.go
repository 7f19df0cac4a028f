package report_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/report"
)

func parse(t *testing.T, path, src string) *article.Article {
	t.Helper()
	a, err := article.Parse(path, []byte(src), article.FormatOf(path))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sample returns a file with a ranged finding that has a fix and data, and
// a whole-file finding.
func sample(t *testing.T) *report.File {
	t.Helper()
	src := "Storm closes ports \n\nFerries stayed in harbour.\n"
	return &report.File{
		Path:    "news/storm.txt",
		Article: parse(t, "news/storm.txt", src),
		Findings: []lint.Finding{
			{
				Rule: "whole-file", Severity: lint.Info, Message: "about the whole file",
				Pos: lint.WholeFile, End: lint.WholeFile,
			},
			{
				Rule: "trailing-whitespace", Severity: lint.Warning, Message: "trailing white space: 1 space",
				Pos: 18, End: 19,
				Fixes: []lint.Fix{{Message: "remove it", Applicability: lint.Safe, Edits: []lint.Edit{{Pos: 18, End: 19}}}},
				Data:  map[string]string{"b": "2", "a": "<1>"},
			},
		},
	}
}

func write(t *testing.T, format string, opts report.Options, files ...*report.File) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := report.New(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := w.Write(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestText(t *testing.T) {
	tests := []struct {
		name string
		opts report.Options
		want string
	}{
		{"plain", report.Options{}, "" +
			"news/storm.txt: info: about the whole file [whole-file]\n" +
			"news/storm.txt:1:19: warning: trailing white space: 1 space [trailing-whitespace]\n"},
		{"source", report.Options{Source: true}, "" +
			"news/storm.txt: info: about the whole file [whole-file]\n" +
			"news/storm.txt:1:19: warning: trailing white space: 1 space [trailing-whitespace]\n" +
			" 1 | Storm closes ports \n" +
			"   |                   ^\n"},
		{"color", report.Options{Color: true}, "" +
			"\x1b[1mnews/storm.txt:\x1b[0m \x1b[1m\x1b[36minfo:\x1b[0m about the whole file \x1b[2m[whole-file]\x1b[0m\n" +
			"\x1b[1mnews/storm.txt:1:19:\x1b[0m \x1b[1m\x1b[33mwarning:\x1b[0m trailing white space: 1 space \x1b[2m[trailing-whitespace]\x1b[0m\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := write(t, "text", tt.opts, sample(t)); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestTextSanitizes(t *testing.T) {
	f := &report.File{
		Path:     "a\nb.txt",
		Article:  parse(t, "a.txt", "x\n"),
		Findings: []lint.Finding{{Rule: "r", Severity: lint.Error, Message: "bad \x1b[31m\r\nthing", Pos: 0, End: 1}},
	}
	want := `a\nb.txt:1:1: error: bad \x1b[31m\r\nthing [r]` + "\n"
	if got := write(t, "text", report.Options{}, f); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSourceMarkers(t *testing.T) {
	long := strings.Repeat("word ", 60) // 300 columns
	tests := []struct {
		name     string
		src      string
		pos, end int
		want     string
	}{
		{"range", "Hello world\n", 6, 11, "" +
			" 1 | Hello world\n" +
			"   |       ^~~~~\n"},
		{"empty range", "Hello\n", 2, 2, "" +
			" 1 | Hello\n" +
			"   |   ^\n"},
		{"line terminator", "Hello\r\nworld\n", 5, 7, "" +
			" 1 | Hello\n" +
			"   |      ^\n"},
		{"end of file", "Hello", 5, 5, "" +
			" 1 | Hello\n" +
			"   |      ^\n"},
		{"multi-line range stops at the line end", "ab\ncd\n", 1, 4, "" +
			" 1 | ab\n" +
			"   |  ^\n"},
		{"tab", "a\tb\n", 1, 2, "" +
			" 1 | a    b\n" +
			"   |  ^~~~\n"},
		{"wide characters", "東京 x\n", 7, 8, "" +
			" 1 | 東京 x\n" +
			"   |      ^\n"},
		{"invisible character", "a\u200bb\n", 1, 4, "" +
			" 1 | a<U+200B>b\n" +
			"   |  ^~~~~~~~\n"},
		{"combining mark", "e\u0301 x\n", 4, 5, "" +
			" 1 | e\u0301 x\n" +
			"   |   ^\n"},
		{"no-break space", "a\u00a0\n", 1, 3, "" +
			" 1 | a\u00a0\n" +
			"   |  ^\n"},
		{"blank line", "a\n\nb\n", 2, 2, "" +
			" 2 | \n" +
			"   | ^\n"},
		{"long line, range in the middle", long + "\n", 150, 154, "" +
			" 1 | …" + long[120:220] + "…\n" +
			"   | " + strings.Repeat(" ", 31) + "^~~~\n"},
		{"long line, range at the start", long + "\n", 0, 4, "" +
			" 1 | " + long[:100] + "…\n" +
			"   | ^~~~\n"},
		{"long line, range at the end", long + "\n", 299, 300, "" +
			" 1 | …" + long[200:] + "\n" +
			"   | " + strings.Repeat(" ", 100) + "^\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &report.File{
				Path:     "a.txt",
				Article:  parse(t, "a.txt", tt.src),
				Findings: []lint.Finding{{Rule: "r", Severity: lint.Warning, Message: "m", Pos: tt.pos, End: tt.end}},
			}
			got := write(t, "text", report.Options{Source: true}, f)
			_, got, _ = strings.Cut(got, "\n")
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestJSON(t *testing.T) {
	const want = `[
  {
    "path": "news/storm.txt",
    "rule": "whole-file",
    "severity": "info",
    "message": "about the whole file",
    "line": 0,
    "column": 0,
    "end_line": 0,
    "end_column": 0,
    "offset": 0,
    "end_offset": 0,
    "fixes": []
  },
  {
    "path": "news/storm.txt",
    "rule": "trailing-whitespace",
    "severity": "warning",
    "message": "trailing white space: 1 space",
    "line": 1,
    "column": 19,
    "end_line": 1,
    "end_column": 20,
    "offset": 18,
    "end_offset": 19,
    "fixes": [
      {
        "message": "remove it",
        "applicability": "safe",
        "edits": [
          {
            "offset": 18,
            "end_offset": 19,
            "new_text": ""
          }
        ]
      }
    ],
    "data": {
      "a": "<1>",
      "b": "2"
    }
  }
]
`
	got := write(t, "json", report.Options{Color: true, Source: true}, sample(t), &report.File{Path: "clean.txt"})
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	validate(t, got)
}

func TestJSONEmpty(t *testing.T) {
	for _, files := range [][]*report.File{nil, {{Path: "clean.txt"}}} {
		got := write(t, "json", report.Options{}, files...)
		if got != "[]\n" {
			t.Errorf("got %q, want []", got)
		}
		validate(t, got)
	}
}

// TestJSONSchemaRejects makes sure the schema is strict enough to catch a
// broken contract.
func TestJSONSchemaRejects(t *testing.T) {
	sch := schema(t)
	bad := map[string]string{
		"not an array":      `{}`,
		"missing member":    `[{"path":"a","rule":"r","severity":"info","message":"m","line":1,"column":1,"end_line":1,"end_column":1,"offset":0,"end_offset":0}]`,
		"unknown member":    `[{"path":"a","rule":"r","severity":"info","message":"m","line":1,"column":1,"end_line":1,"end_column":1,"offset":0,"end_offset":0,"fixes":[],"extra":1}]`,
		"bad severity":      `[{"path":"a","rule":"r","severity":"fatal","message":"m","line":1,"column":1,"end_line":1,"end_column":1,"offset":0,"end_offset":0,"fixes":[]}]`,
		"empty data":        `[{"path":"a","rule":"r","severity":"info","message":"m","line":1,"column":1,"end_line":1,"end_column":1,"offset":0,"end_offset":0,"fixes":[],"data":{}}]`,
		"negative offset":   `[{"path":"a","rule":"r","severity":"info","message":"m","line":1,"column":1,"end_line":1,"end_column":1,"offset":-1,"end_offset":0,"fixes":[]}]`,
		"fix without edits": `[{"path":"a","rule":"r","severity":"info","message":"m","line":1,"column":1,"end_line":1,"end_column":1,"offset":0,"end_offset":0,"fixes":[{"message":"x","applicability":"safe","edits":[]}]}]`,
	}
	for name, doc := range bad {
		t.Run(name, func(t *testing.T) {
			v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
			if err != nil {
				t.Fatal(err)
			}
			if sch.Validate(v) == nil {
				t.Errorf("schema accepts %s", doc)
			}
		})
	}
}

func TestNewUnknownFormat(t *testing.T) {
	_, err := report.New("xml", &bytes.Buffer{}, report.Options{})
	if err == nil || !strings.Contains(err.Error(), "text, json, jsonl, sarif, github, checkstyle or junit") {
		t.Errorf("New(xml): %v", err)
	}
}

func TestSanitize(t *testing.T) {
	tests := map[string]string{
		"plain":       "plain",
		"tab\tkept":   "tab\tkept",
		"new\nline":   `new\nline`,
		"esc\x1b[0m":  `esc\x1b[0m`,
		"c1\u0085x":   `c1\u0085x`,
		"é, 東京, عربي": "é, 東京, عربي",
	}
	for in, want := range tests {
		if got := report.Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func schema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(report.JSONSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	const url = "findings.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validate(t *testing.T, out string) {
	t.Helper()
	if !json.Valid([]byte(out)) {
		t.Fatalf("invalid JSON: %s", out)
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema(t).Validate(v); err != nil {
		t.Errorf("output does not satisfy the schema: %v", err)
	}
}
