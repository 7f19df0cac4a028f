package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/report"
	"github.com/newslint/newslint/rules"
)

func TestFormatNames(t *testing.T) {
	want := []string{"text", "json", "jsonl", "sarif", "github", "checkstyle", "junit"}
	if got := report.FormatNames(); !slices.Equal(got, want) {
		t.Errorf("FormatNames() = %q, want %q", got, want)
	}
	for _, f := range report.Formats() {
		if f.Description == "" || f.New == nil {
			t.Errorf("format %s: no description or constructor", f.Name)
		}
	}
}

// clean is a file checked without findings.
var clean = &report.File{Path: "clean.txt"}

func TestJSONL(t *testing.T) {
	const want = `{"path":"news/storm.txt","rule":"whole-file","severity":"info","message":"about the whole file","line":0,"column":0,"end_line":0,"end_column":0,"offset":0,"end_offset":0,"fixes":[]}
{"path":"news/storm.txt","rule":"trailing-whitespace","severity":"warning","message":"trailing white space: 1 space","line":1,"column":19,"end_line":1,"end_column":20,"offset":18,"end_offset":19,"fixes":[{"message":"remove it","applicability":"safe","edits":[{"offset":18,"end_offset":19,"new_text":""}]}],"data":{"a":"<1>","b":"2"}}
`
	got := write(t, "jsonl", report.Options{}, sample(t), clean)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Each line is an element of the JSON format's array.
	var lines []string
	for l := range strings.Lines(got) {
		lines = append(lines, strings.TrimSuffix(l, "\n"))
	}
	validate(t, "["+strings.Join(lines, ",")+"]")

	if got := write(t, "jsonl", report.Options{}, clean); got != "" {
		t.Errorf("no findings: got %q, want nothing", got)
	}
}

func TestJSONLOneLinePerFinding(t *testing.T) {
	f := &report.File{
		Path:     "a\nb.txt",
		Article:  parse(t, "a.txt", "x\n"),
		Findings: []lint.Finding{{Rule: "r", Severity: lint.Error, Message: "line\u2028separator\r\nand break", Pos: 0, End: 1}},
	}
	got := write(t, "jsonl", report.Options{}, f)
	if strings.Count(got, "\n") != 1 || strings.ContainsAny(got[:len(got)-1], "\n\r\u2028") {
		t.Errorf("not one line: %q", got)
	}
}

func TestGitHub(t *testing.T) {
	const want = "" +
		"::notice file=news/storm.txt,title=newslint (whole-file)::news/storm.txt: about the whole file\n" +
		"::warning file=news/storm.txt,line=1,col=19,endLine=1,endColumn=20,title=newslint (trailing-whitespace)::news/storm.txt:1:19: trailing white space: 1 space\n"
	if got := write(t, "github", report.Options{}, sample(t), clean); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestGitHubEscapes(t *testing.T) {
	src := "Ports, closed: 100%\nsecond line\n"
	f := &report.File{
		Path:    "news/a,b:c%d.txt",
		Article: parse(t, "a.txt", src),
		Findings: []lint.Finding{
			{Rule: "r", Severity: lint.Error, Message: "50% off,\r\nreally: yes", Pos: 0, End: 5},
			{Rule: "multi", Severity: lint.Info, Message: "m", Pos: 7, End: 22},
		},
	}
	const want = "" +
		"::error file=news/a%2Cb%3Ac%25d.txt,line=1,col=1,endLine=1,endColumn=6,title=newslint (r)::news/a,b:c%25d.txt:1:1: 50%25 off,%0D%0Areally: yes\n" +
		// A range over several lines has no end column.
		"::notice file=news/a%2Cb%3Ac%25d.txt,line=1,col=8,endLine=2,title=newslint (multi)::news/a,b:c%25d.txt:1:8: m\n"
	if got := write(t, "github", report.Options{}, f); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCheckstyle(t *testing.T) {
	const want = `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="news/storm.txt">
    <error line="0" severity="info" message="about the whole file" source="newslint.whole-file"/>
    <error line="1" column="19" severity="warning" message="trailing white space: 1 space" source="newslint.trailing-whitespace"/>
  </file>
  <file name="clean.txt"/>
</checkstyle>
`
	got := write(t, "checkstyle", report.Options{}, sample(t), clean)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	const empty = `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
</checkstyle>
`
	if got := write(t, "checkstyle", report.Options{}); got != empty {
		t.Errorf("no files: got\n%s\nwant\n%s", got, empty)
	}
}

// checkstyleDoc is the Checkstyle XML as reviewdog reads it.
type checkstyleDoc struct {
	XMLName xml.Name `xml:"checkstyle"`
	Version string   `xml:"version,attr"`
	Files   []struct {
		Name   string `xml:"name,attr"`
		Errors []struct {
			Line     int    `xml:"line,attr"`
			Column   int    `xml:"column,attr"`
			Severity string `xml:"severity,attr"`
			Message  string `xml:"message,attr"`
			Source   string `xml:"source,attr"`
		} `xml:"error"`
	} `xml:"file"`
}

func TestCheckstyleEscapes(t *testing.T) {
	f := &report.File{
		Path:     `a&b "<c>".txt`,
		Article:  parse(t, "a.txt", "Stormé x\n"),
		Findings: []lint.Finding{{Rule: "r", Severity: lint.Error, Message: "bad 'quote' & \x1b[31m\ttab\nline", Pos: 7, End: 8}},
	}
	out := write(t, "checkstyle", report.Options{}, f)
	var doc checkstyleDoc
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("invalid XML: %v\n%s", err, out)
	}
	if len(doc.Files) != 1 || len(doc.Files[0].Errors) != 1 {
		t.Fatalf("got %+v", doc)
	}
	file, e := doc.Files[0], doc.Files[0].Errors[0]
	if file.Name != f.Path {
		t.Errorf("name %q, want %q", file.Name, f.Path)
	}
	// The escape character cannot be held by XML; the rest survives.
	if want := "bad 'quote' & \uFFFD[31m\ttab\nline"; e.Message != want {
		t.Errorf("message %q, want %q", e.Message, want)
	}
	if e.Line != 1 || e.Column != 7 || e.Severity != "error" || e.Source != "newslint.r" {
		t.Errorf("got %+v", e)
	}
}

func TestJUnit(t *testing.T) {
	const want = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="newslint" tests="3" failures="2" errors="0">
  <testsuite name="news/storm.txt" tests="2" failures="2" errors="0" skipped="0">
    <testcase name="whole-file" classname="news/storm.txt" file="news/storm.txt">
      <failure message="about the whole file" type="info">news/storm.txt: info: about the whole file [whole-file]</failure>
    </testcase>
    <testcase name="trailing-whitespace at 1:19" classname="news/storm.txt" file="news/storm.txt" line="1">
      <failure message="trailing white space: 1 space" type="warning">news/storm.txt:1:19: warning: trailing white space: 1 space [trailing-whitespace]</failure>
    </testcase>
  </testsuite>
  <testsuite name="clean.txt" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="no problems" classname="clean.txt" file="clean.txt"/>
  </testsuite>
</testsuites>
`
	got := write(t, "junit", report.Options{}, sample(t), clean)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}

	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(got), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Tests != 3 || doc.Failures != 2 || len(doc.Suites) != 2 || doc.Suites[1].Cases[0].Failure != nil {
		t.Errorf("parsed: %+v", doc)
	}

	const empty = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="newslint" tests="0" failures="0" errors="0">
</testsuites>
`
	if got := write(t, "junit", report.Options{}); got != empty {
		t.Errorf("no files: got\n%s\nwant\n%s", got, empty)
	}
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name, Version, InformationURI string
				Rules                         []struct {
					ID                   string
					ShortDescription     struct{ Text string }
					FullDescription      struct{ Text, Markdown string }
					Help                 struct{ Text, Markdown string }
					DefaultConfiguration struct{ Level string }
				}
			}
		}
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		ColumnKind         string
		Results            []struct {
			RuleID    string
			RuleIndex int
			Level     string
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
					Region           *struct {
						StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int
					}
				}
			}
			Fixes []struct {
				Description     struct{ Text string }
				ArtifactChanges []struct {
					Replacements []struct {
						DeletedRegion   struct{ ByteOffset, ByteLength int }
						InsertedContent *struct{ Text string }
					}
				}
				Properties struct{ Applicability string }
			}
		}
	}
}

func decodeSARIF(t *testing.T, out string) *sarifLog {
	t.Helper()
	var l sarifLog
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatalf("decoding the SARIF log: %v", err)
	}
	if len(l.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(l.Runs))
	}
	return &l
}

func TestSARIF(t *testing.T) {
	sch := sarifSchema(t)
	rule := &lint.Rule{
		Name: "trailing-whitespace", Severity: lint.Warning,
		Doc: "White space at the end of a line.\n\nIt breaks diffs.\n\n## Example\n\n```article\nx \n```\n",
	}
	other := &lint.Rule{Name: "unused-rule", Severity: lint.Error, Doc: "Never reports."}
	opts := report.Options{
		Tool:    report.Tool{Version: "v1.2.3"},
		Rules:   []*lint.Rule{other, rule},
		BaseDir: "/src/news room",
	}
	out := write(t, "sarif", opts, sample(t), clean)
	validateSARIF(t, sch, out)
	l := decodeSARIF(t, out)
	run := l.Runs[0]
	d := run.Tool.Driver
	if d.Name != "newslint" || d.Version != "v1.2.3" || d.InformationURI != "https://github.com/newslint/newslint" {
		t.Errorf("driver: %+v", d)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///src/news%20room/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
	// The rules of the options come first, in order; a rule they do not
	// describe is added when it reports.
	var ids []string
	for _, r := range d.Rules {
		ids = append(ids, r.ID)
	}
	if want := []string{"unused-rule", "trailing-whitespace", "whole-file"}; !slices.Equal(ids, want) {
		t.Errorf("rules %q, want %q", ids, want)
	}
	tw := d.Rules[1]
	if tw.ShortDescription.Text != "White space at the end of a line." ||
		tw.FullDescription.Text != "White space at the end of a line.\n\nIt breaks diffs." ||
		tw.Help.Markdown != strings.TrimSpace(rule.Doc) ||
		tw.DefaultConfiguration.Level != "warning" {
		t.Errorf("rule descriptor: %+v", tw)
	}
	if d.Rules[0].DefaultConfiguration.Level != "error" {
		t.Errorf("unused-rule level %q", d.Rules[0].DefaultConfiguration.Level)
	}

	if len(run.Results) != 2 {
		t.Fatalf("%d results, want 2", len(run.Results))
	}
	whole, ranged := run.Results[0], run.Results[1]
	if whole.RuleID != "whole-file" || whole.RuleIndex != 2 || whole.Level != "note" || whole.Locations[0].PhysicalLocation.Region != nil {
		t.Errorf("whole-file result: %+v", whole)
	}
	loc := ranged.Locations[0].PhysicalLocation
	if ranged.RuleIndex != 1 || ranged.Level != "warning" || ranged.Message.Text != "trailing white space: 1 space" ||
		loc.ArtifactLocation.URI != "news/storm.txt" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("result: %+v", ranged)
	}
	if r := loc.Region; r == nil || *r != (struct {
		StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int
	}{1, 19, 1, 20, 18, 1}) {
		t.Errorf("region: %+v", loc.Region)
	}
	if len(ranged.Fixes) != 1 {
		t.Fatalf("fixes: %+v", ranged.Fixes)
	}
	fix := ranged.Fixes[0]
	rep := fix.ArtifactChanges[0].Replacements[0]
	if fix.Description.Text != "remove it" || fix.Properties.Applicability != "safe" ||
		rep.DeletedRegion.ByteOffset != 18 || rep.DeletedRegion.ByteLength != 1 || rep.InsertedContent != nil {
		t.Errorf("fix: %+v", fix)
	}
}

func TestSARIFLocations(t *testing.T) {
	sch := sarifSchema(t)
	src := "Stormé closes\r\nports\n"
	a := parse(t, "x.txt", src)
	f := func(path string) *report.File {
		return &report.File{
			Path:    path,
			Article: a,
			Findings: []lint.Finding{
				// Code points, not bytes: é is two bytes.
				{Rule: "r", Severity: lint.Error, Message: "m", Pos: 8, End: 14,
					Fixes: []lint.Fix{{Message: "change", Applicability: lint.Unsafe, Edits: []lint.Edit{{Pos: 8, End: 14, NewText: "opens"}, {Pos: 0, End: 0, NewText: "« "}}}}},
				// Over a line break.
				{Rule: "r", Severity: lint.Info, Message: "m", Pos: 14, End: 16},
				// An insertion point at the end, after the last line
				// break: the engine counts it on the last line.
				{Rule: "r", Severity: lint.Info, Message: "m", Pos: len(src), End: len(src)},
			},
		}
	}
	tests := []struct {
		path, uri, base string
	}{
		{"a.txt", "a.txt", "%SRCROOT%"},
		{"../up/a b#1?.txt", "../up/a%20b%231%3F.txt", "%SRCROOT%"},
		{"ünï/cödé.md", "%C3%BCn%C3%AF/c%C3%B6d%C3%A9.md", "%SRCROOT%"},
		{"a:b.txt", "./a:b.txt", "%SRCROOT%"},
		{"<stdin>", "%3Cstdin%3E", "%SRCROOT%"},
		{"/abs/x y.txt", "file:///abs/x%20y.txt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			out := write(t, "sarif", report.Options{BaseDir: "/src"}, f(tt.path))
			validateSARIF(t, sch, out)
			run := decodeSARIF(t, out).Runs[0]
			al := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation
			if al.URI != tt.uri || al.URIBaseID != tt.base {
				t.Errorf("artifact location %+v, want %q based on %q", al, tt.uri, tt.base)
			}
			type region = struct {
				StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int
			}
			want := []region{{1, 8, 1, 14, 8, 6}, {1, 14, 2, 1, 14, 2}, {3, 1, 3, 1, 22, 0}}
			for i, w := range want {
				if got := run.Results[i].Locations[0].PhysicalLocation.Region; got == nil || *got != w {
					t.Errorf("result %d: region %+v, want %+v", i, got, w)
				}
			}
			reps := run.Results[0].Fixes[0].ArtifactChanges[0].Replacements
			if len(reps) != 2 || reps[0].InsertedContent == nil || reps[0].InsertedContent.Text != "opens" ||
				reps[1].DeletedRegion.ByteLength != 0 || reps[1].InsertedContent.Text != "« " {
				t.Errorf("replacements: %+v", reps)
			}
			if app := run.Results[0].Fixes[0].Properties.Applicability; app != "unsafe" {
				t.Errorf("applicability %q", app)
			}
		})
	}
}

func TestSARIFEmpty(t *testing.T) {
	sch := sarifSchema(t)
	out := write(t, "sarif", report.Options{}, clean)
	validateSARIF(t, sch, out)
	run := decodeSARIF(t, out).Runs[0]
	if len(run.Results) != 0 || len(run.Tool.Driver.Rules) != 0 || run.OriginalURIBaseIDs != nil {
		t.Errorf("got %+v", run)
	}
	if !strings.Contains(out, `"results": []`) || !strings.Contains(out, `"rules": []`) {
		t.Errorf("empty arrays missing:\n%s", out)
	}
}

// TestSARIFReferenceArticle validates the log of every rule on the
// reference article, with the rules described.
func TestSARIFReferenceArticle(t *testing.T) {
	sch := sarifSchema(t)
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(rules.All()...)
	if err != nil {
		t.Fatal(err)
	}
	a := parse(t, "testdata/article.txt", string(src))
	fs, err := l.Lint(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) == 0 {
		t.Fatal("no findings on the reference article")
	}
	out := write(t, "sarif", report.Options{Rules: l.Rules(), BaseDir: "/src", Tool: report.Tool{Version: "devel"}},
		&report.File{Path: "testdata/article.txt", Article: a, Findings: fs})
	validateSARIF(t, sch, out)
	run := decodeSARIF(t, out).Runs[0]
	if len(run.Results) != len(fs) || len(run.Tool.Driver.Rules) != len(l.Rules()) {
		t.Errorf("%d results for %d findings, %d rules for %d", len(run.Results), len(fs), len(run.Tool.Driver.Rules), len(l.Rules()))
	}
	for i, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %d is not %s", i, r.RuleIndex, r.RuleID)
		}
		if reg := r.Locations[0].PhysicalLocation.Region; reg != nil {
			if reg.ByteOffset != fs[i].Pos || reg.ByteOffset+reg.ByteLength != fs[i].End {
				t.Errorf("result %d: bytes %d+%d, finding [%d, %d)", i, reg.ByteOffset, reg.ByteLength, fs[i].Pos, fs[i].End)
			}
		}
	}
	for _, d := range run.Tool.Driver.Rules {
		if d.ShortDescription.Text == "" || d.Help.Markdown == "" || d.DefaultConfiguration.Level == "" {
			t.Errorf("rule %s is not fully described: %+v", d.ID, d)
		}
	}
}

// TestSARIFSchemaRejects makes sure the validation can fail.
func TestSARIFSchemaRejects(t *testing.T) {
	sch := sarifSchema(t)
	out := write(t, "sarif", report.Options{}, sample(t))
	for name, bad := range map[string]string{
		"line 0":         strings.Replace(out, `"startLine": 1`, `"startLine": 0`, 1),
		"unknown level":  strings.Replace(out, `"level": "warning"`, `"level": "fatal"`, 1),
		"no version":     strings.Replace(out, `"version": "2.1.0"`, `"version": "2.0"`, 1),
		"bad columnKind": strings.Replace(out, `"unicodeCodePoints"`, `"bytes"`, 1),
	} {
		if bad == out {
			t.Fatalf("%s: the replacement changed nothing", name)
		}
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(v) == nil {
			t.Errorf("%s: the schema accepts the log", name)
		}
	}
}

// sarifSchemaPath is the official SARIF 2.1.0 schema, outside the
// repository: ../shared relative to the repository's root.
var sarifSchemaPath = filepath.Join("..", "..", "..", "shared", "schemas", "sarif-2.1.0.json")

// sarifSchema compiles the SARIF schema, or skips the test when it is
// absent.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(sarifSchemaPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no SARIF schema at %s", sarifSchemaPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validateSARIF(t *testing.T, sch *jsonschema.Schema, out string) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("the SARIF log does not satisfy the schema: %v\n%s", err, out)
	}
}
