package report

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"github.com/newslint/newslint/lint"
)

func githubFormat() Format {
	return Format{
		Name:        "github",
		Description: "GitHub Actions workflow commands: one annotation per finding",
		New: func(w io.Writer, _ Options) Writer {
			return &githubWriter{w: w}
		},
	}
}

// githubWriter writes GitHub Actions workflow commands such as
//
//	::warning file=a.txt,line=1,col=19,endLine=1,endColumn=20,title=newslint (rule)::a.txt:1:19: message
type githubWriter struct {
	w   io.Writer
	buf bytes.Buffer
}

func (g *githubWriter) Write(f *File) error {
	g.buf.Reset()
	for i := range f.Findings {
		g.finding(f, &f.Findings[i])
	}
	_, err := g.w.Write(g.buf.Bytes())
	return err
}

func (g *githubWriter) Close() error { return nil }

func (g *githubWriter) finding(f *File, x *lint.Finding) {
	p := PositionOf(f.Article, x)
	props := []string{"file=" + escapeGitHubProperty(f.Path)}
	if !p.IsWholeFile() {
		props = append(props,
			"line="+strconv.Itoa(p.Line),
			"col="+strconv.Itoa(p.Column),
			"endLine="+strconv.Itoa(p.EndLine))
		// GitHub supports a column range on one line only.
		if p.EndLine == p.Line {
			props = append(props, "endColumn="+strconv.Itoa(p.EndColumn))
		}
	}
	props = append(props, "title="+escapeGitHubProperty("newslint ("+x.Rule+")"))
	g.buf.WriteString("::")
	g.buf.WriteString(githubCommand(x.Severity))
	g.buf.WriteByte(' ')
	g.buf.WriteString(strings.Join(props, ","))
	g.buf.WriteString("::")
	g.buf.WriteString(escapeGitHubData(location(f.Path, p) + ": " + x.Message))
	g.buf.WriteByte('\n')
}

// githubCommand returns the workflow command for a severity.
func githubCommand(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}

// escapeGitHubData escapes the message of a workflow command the way the
// Actions toolkit does: %, carriage returns and line feeds.
func escapeGitHubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeGitHubProperty escapes a property value of a workflow command: as
// the message, plus the : and , that delimit properties.
func escapeGitHubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
