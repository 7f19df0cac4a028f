package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newslint/newslint/cmd/internal/cli"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/report"
	"github.com/newslint/newslint/rules"
)

// referenceArticle is the example article the project exists for.
const referenceArticle = "../../../testdata/article.txt"

// whitespaceRules are the rules that fix's safe fixes must leave the
// reference article clean for.
var whitespaceRules = []string{
	"trailing-whitespace", "leading-whitespace", "blank-line-whitespace", "consecutive-blank-lines",
	"repeated-spaces", "irregular-whitespace", "final-newline", "line-endings",
}

// run runs the real command line in process.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	c := &cli.Command{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut}
	code = c.Main(args)
	return code, out.String(), errOut.String()
}

// registered returns the names of the rules of rules.All.
func registered(t *testing.T) map[string]*lint.Rule {
	t.Helper()
	l, err := lint.New(rules.All()...)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]*lint.Rule{}
	for _, r := range l.Rules() {
		m[r.Name] = r
	}
	return m
}

func TestReferenceArticleJSON(t *testing.T) {
	src, err := os.ReadFile(referenceArticle)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "", "check", "--format", "json", referenceArticle)
	if stderr != "" {
		t.Errorf("stderr: %s", stderr)
	}
	validateJSON(t, stdout)

	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	var findings []report.JSONFinding
	if err := dec.Decode(&findings); err != nil {
		t.Fatalf("decoding the output: %v", err)
	}
	rs := registered(t)
	failing := false
	for i, f := range findings {
		checkFinding(t, src, rs, f)
		if i > 0 && !sortedPair(findings[i-1], f) {
			t.Errorf("findings out of order: %+v before %+v", findings[i-1], f)
		}
		if sev, _ := lint.ParseSeverity(f.Severity); sev >= lint.Warning {
			failing = true
		}
	}
	want := cli.ExitOK
	if failing {
		want = cli.ExitFindings
	}
	if code != want {
		t.Errorf("exit code %d, want %d", code, want)
	}

	byRule := map[string][]report.JSONFinding{}
	for _, f := range findings {
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	lines := splitLines(string(src))

	// The article's defects, for each rule that exists: the reference
	// article is described in ../shared/seed/README.md.
	if rs["blank-line-whitespace"] != nil {
		var want, got []int
		for i, l := range lines {
			if l != "" && strings.TrimFunc(l, article.IsSpace) == "" {
				want = append(want, i+1)
			}
		}
		for _, f := range byRule["blank-line-whitespace"] {
			got = append(got, f.Line)
		}
		if len(want) < 20 {
			t.Errorf("the reference article has %d white-space lines, want at least 20: has it changed?", len(want))
		}
		if !slices.Equal(got, want) {
			t.Errorf("blank-line-whitespace reported lines %v, want %v", got, want)
		}
	}
	if rs["final-newline"] != nil {
		fs := byRule["final-newline"]
		if len(fs) != 1 || fs[0].EndOffset != len(src) && fs[0].Line != 0 {
			t.Errorf("final-newline findings %+v, want one at the end of the file (%d bytes)", fs, len(src))
		}
	}
	if rs["trailing-whitespace"] != nil {
		want := 0
		for _, l := range lines {
			if t := strings.TrimRightFunc(l, article.IsSpace); t != l && t != "" {
				want++
			}
		}
		if got := len(byRule["trailing-whitespace"]); got != want {
			t.Errorf("trailing-whitespace reported %d lines, want %d", got, want)
		}
	}
	if rs["consecutive-blank-lines"] != nil {
		if len(byRule["consecutive-blank-lines"]) == 0 {
			t.Errorf("consecutive-blank-lines reported nothing; the article has extra blank lines before its footer")
		}
		for _, f := range byRule["consecutive-blank-lines"] {
			// The finding lies in a run of two or more empty lines.
			first, last := f.Line-1, f.Line-1
			for first > 0 && lines[first-1] == "" {
				first--
			}
			for last+1 < len(lines) && lines[last+1] == "" {
				last++
			}
			if lines[f.Line-1] != "" || last-first < 1 {
				t.Errorf("consecutive-blank-lines at line %d, which is not in a run of blank lines", f.Line)
			}
		}
	}
}

// TestReferenceArticleFix fixes a copy of the reference article: the
// result checks clean for the white-space rules, keeps every word, and
// fixing it again changes nothing.
func TestReferenceArticleFix(t *testing.T) {
	src, err := os.ReadFile(referenceArticle)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(path, src, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "", "fix", path); code == cli.ExitError {
		t.Fatalf("fix: exit %d: %s", code, stderr)
	}
	fixed, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(fixed, src) {
		t.Fatalf("fix changed nothing")
	}
	if got, want := words(string(fixed)), words(string(src)); !slices.Equal(got, want) {
		t.Errorf("fix changed the words: %d words, want %d", len(got), len(want))
	}

	var sel []string
	rs := registered(t)
	for _, name := range whitespaceRules {
		if rs[name] != nil {
			sel = append(sel, name)
		}
	}
	code, stdout, stderr := run(t, "", "check", "--fail-level", "info", "--select", strings.Join(sel, ","), path)
	if code != cli.ExitOK || stdout != "No problems found in 1 file.\n" || stderr != "" {
		t.Errorf("check after fix: exit %d\n%s%s", code, stdout, stderr)
	}

	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "", "fix", path); code == cli.ExitError {
		t.Fatalf("second fix: exit %d: %s", code, stderr)
	}
	again, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st2, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, fixed) || !st2.ModTime().Equal(st.ModTime()) {
		t.Errorf("fixing the fixed article changed it")
	}

	// fix - gives the same text on standard output.
	_, stdout, _ = run(t, string(src), "fix", "--stdin-filename", "article.txt", "-")
	if stdout != string(fixed) {
		t.Errorf("fix - and fix in place differ")
	}
}

// checkFinding checks that a finding's positions agree with each other and
// with the source.
func checkFinding(t *testing.T, src []byte, rs map[string]*lint.Rule, f report.JSONFinding) {
	t.Helper()
	if f.Path != referenceArticle {
		t.Errorf("path %q, want %q", f.Path, referenceArticle)
	}
	if rs[f.Rule] == nil {
		t.Errorf("unknown rule %q", f.Rule)
	}
	if f.Line == 0 {
		if f.Column != 0 || f.EndLine != 0 || f.EndColumn != 0 || f.Offset != 0 || f.EndOffset != 0 {
			t.Errorf("whole-file finding with a position: %+v", f)
		}
	} else {
		if f.Offset > f.EndOffset || f.EndOffset > len(src) {
			t.Fatalf("range [%d,%d) outside the file: %+v", f.Offset, f.EndOffset, f)
		}
		if l, c := position(src, f.Offset); l != f.Line || c != f.Column {
			t.Errorf("offset %d is %d:%d, the finding says %d:%d", f.Offset, l, c, f.Line, f.Column)
		}
		if l, c := position(src, f.EndOffset); l != f.EndLine || c != f.EndColumn {
			t.Errorf("end offset %d is %d:%d, the finding says %d:%d", f.EndOffset, l, c, f.EndLine, f.EndColumn)
		}
	}
	for _, fix := range f.Fixes {
		for _, e := range fix.Edits {
			if e.Offset > e.EndOffset || e.EndOffset > len(src) || !utf8.ValidString(e.NewText) {
				t.Errorf("bad edit %+v in %+v", e, f)
			}
		}
	}
}

// position returns the 1-based line and column (in code points) of a
// byte offset, computed independently of the article package.
func position(src []byte, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		switch src[i] {
		case '\n':
			line, start = line+1, i+1
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue // the \n ends the line
			}
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCount(src[start:off]) + 1
}

func sortedPair(a, b report.JSONFinding) bool {
	if a.Line == 0 || b.Line == 0 {
		return a.Line == 0
	}
	return a.Offset < b.Offset || a.Offset == b.Offset && a.EndOffset <= b.EndOffset
}

func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// words returns the words of s: the runs of characters that are neither
// white space nor line breaks.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || article.IsSpace(r) })
}

func validateJSON(t *testing.T, out string) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(report.JSONSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("findings.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("findings.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("output does not satisfy the JSON schema: %v", err)
	}
}
