package report

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
)

func checkstyleFormat() Format {
	return Format{
		Name:        "checkstyle",
		Description: "Checkstyle 4.3 XML, as reviewdog and CI systems read it",
		New: func(w io.Writer, _ Options) Writer {
			return &checkstyleWriter{w: w}
		},
	}
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// checkstyleWriter writes a file element for each file as it comes.
type checkstyleWriter struct {
	w       io.Writer
	started bool
	buf     bytes.Buffer
}

// start writes the document's header once.
func (c *checkstyleWriter) start() {
	if !c.started {
		c.started = true
		c.buf.WriteString(xmlHeader + `<checkstyle version="4.3">` + "\n")
	}
}

func (c *checkstyleWriter) Write(f *File) error {
	c.buf.Reset()
	c.start()
	c.buf.WriteString(`  <file name="` + xmlEscape(f.Path) + `"`)
	if len(f.Findings) == 0 {
		c.buf.WriteString("/>\n")
	} else {
		c.buf.WriteString(">\n")
		for i := range f.Findings {
			x := &f.Findings[i]
			p := PositionOf(f.Article, x)
			c.buf.WriteString(`    <error line="` + strconv.Itoa(p.Line) + `"`)
			if !p.IsWholeFile() {
				c.buf.WriteString(` column="` + strconv.Itoa(p.Column) + `"`)
			}
			c.buf.WriteString(` severity="` + x.Severity.String() + `"`)
			c.buf.WriteString(` message="` + xmlEscape(x.Message) + `"`)
			c.buf.WriteString(` source="newslint.` + xmlEscape(x.Rule) + `"/>` + "\n")
		}
		c.buf.WriteString("  </file>\n")
	}
	_, err := c.w.Write(c.buf.Bytes())
	return err
}

func (c *checkstyleWriter) Close() error {
	c.buf.Reset()
	c.start()
	c.buf.WriteString("</checkstyle>\n")
	_, err := c.w.Write(c.buf.Bytes())
	return err
}

// xmlEscape escapes s for an XML attribute value or element content.
// Characters XML cannot hold, such as most control characters, become
// U+FFFD.
func xmlEscape(s string) string {
	var b bytes.Buffer
	// EscapeText only fails when its writer does.
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
