package report

import (
	"bytes"
	"io"
	"strconv"
)

func junitFormat() Format {
	return Format{
		Name:        "junit",
		Description: "JUnit XML: a test suite per file, a failing test case per finding",
		New: func(w io.Writer, _ Options) Writer {
			return &junitWriter{w: w}
		},
	}
}

// junitCleanCase is the name of the passing test case of a clean file.
const junitCleanCase = "no problems"

// junitWriter keeps the test suites until Close, which writes them under
// a testsuites element that totals them.
type junitWriter struct {
	w               io.Writer
	suites          bytes.Buffer
	tests, failures int
}

func (j *junitWriter) Write(f *File) error {
	name := xmlEscape(f.Path)
	b := &j.suites
	tests := max(len(f.Findings), 1)
	b.WriteString(`  <testsuite name="` + name + `" tests="` + strconv.Itoa(tests) +
		`" failures="` + strconv.Itoa(len(f.Findings)) + `" errors="0" skipped="0">` + "\n")
	if len(f.Findings) == 0 {
		b.WriteString(`    <testcase name="` + junitCleanCase + `" classname="` + name + `" file="` + name + `"/>` + "\n")
	}
	for i := range f.Findings {
		x := &f.Findings[i]
		p := PositionOf(f.Article, x)
		caseName := x.Rule
		if !p.IsWholeFile() {
			caseName += " at " + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
		}
		b.WriteString(`    <testcase name="` + xmlEscape(caseName) + `" classname="` + name + `" file="` + name + `"`)
		if !p.IsWholeFile() {
			b.WriteString(` line="` + strconv.Itoa(p.Line) + `"`)
		}
		b.WriteString(">\n")
		b.WriteString(`      <failure message="` + xmlEscape(x.Message) + `" type="` + x.Severity.String() + `">`)
		b.WriteString(xmlEscape(location(f.Path, p) + ": " + x.Severity.String() + ": " + x.Message + " [" + x.Rule + "]"))
		b.WriteString("</failure>\n    </testcase>\n")
	}
	b.WriteString("  </testsuite>\n")
	j.tests += tests
	j.failures += len(f.Findings)
	return nil
}

func (j *junitWriter) Close() error {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<testsuites name="newslint" tests="` + strconv.Itoa(j.tests) +
		`" failures="` + strconv.Itoa(j.failures) + `" errors="0">` + "\n")
	b.Write(j.suites.Bytes())
	b.WriteString("</testsuites>\n")
	_, err := j.w.Write(b.Bytes())
	return err
}
