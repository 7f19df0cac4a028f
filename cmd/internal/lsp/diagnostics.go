package lsp

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/config"
)

// severity maps a finding's severity to a diagnostic's.
func severity(s lint.Severity) protocol.DiagnosticSeverity {
	switch s {
	case lint.Error:
		return protocol.DiagnosticSeverityError
	case lint.Warning:
		return protocol.DiagnosticSeverityWarning
	default:
		return protocol.DiagnosticSeverityInformation
	}
}

// findingRange returns the byte range of a finding; a finding about the
// whole file sits at its start.
func findingRange(f *lint.Finding) (pos, end int) {
	if f.Pos == lint.WholeFile {
		return 0, 0
	}
	return f.Pos, f.End
}

// findingDiagnostic turns a finding into a diagnostic.
func findingDiagnostic(ix *lineIndex, f *lint.Finding, enc encoding) protocol.Diagnostic {
	pos, end := findingRange(f)
	d := protocol.Diagnostic{
		Range:    ix.rng(pos, end, enc),
		Severity: severity(f.Severity),
		Code:     protocol.String(f.Rule),
		Source:   protocol.NewOptional(serverName),
		Message:  protocol.String(f.Message),
	}
	if f.Rule == lint.UnusedSuppressionName {
		// Editors fade out what is unnecessary.
		d.Tags = protocol.NewDiagnosticTags(protocol.DiagnosticTagUnnecessary)
	}
	return d
}

// problemDiagnostic reports a problem that kept a document from being
// linted.
func problemDiagnostic(r protocol.Range, msg string) protocol.Diagnostic {
	return protocol.Diagnostic{
		Range:    r,
		Severity: protocol.DiagnosticSeverityError,
		Source:   protocol.NewOptional(serverName),
		Message:  protocol.String(msg),
	}
}

// parseDiagnostic reports text that is not an article, at the offending
// character when the error tells where it is.
func parseDiagnostic(ix *lineIndex, err error, enc encoding) protocol.Diagnostic {
	var ae *article.Error
	if !errors.As(err, &ae) {
		return problemDiagnostic(protocol.Range{}, "newslint cannot read this document: "+err.Error())
	}
	r := protocol.Range{}
	if ae.Line > 0 {
		end := ae.Offset
		if end < len(ix.text) {
			_, n := utf8.DecodeRuneInString(ix.text[end:])
			end += n
		}
		r = ix.rng(ae.Offset, end, enc)
	}
	return problemDiagnostic(r, "newslint cannot read this document: "+ae.Msg)
}

// configDiagnostic reports a configuration that cannot be used, with the
// place of each problem in the configuration file as related information.
func configDiagnostic(err error, enc encoding) protocol.Diagnostic {
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	msgs := make([]string, 0, len(errs))
	var related []protocol.DiagnosticRelatedInformation
	for _, e := range errs {
		msgs = append(msgs, e.Error())
		var ce *config.Error
		if !errors.As(e, &ce) || ce.Line == 0 {
			continue
		}
		path, aerr := filepath.Abs(ce.Path)
		if aerr != nil {
			continue
		}
		msg := ce.Msg
		if ce.Key != "" {
			msg = ce.Key + ": " + msg
		}
		related = append(related, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: uri.File(path), Range: configRange(path, ce.Line, ce.Column, enc)},
			Message:  msg,
		})
	}
	d := problemDiagnostic(protocol.Range{}, "newslint did not check this article: its configuration is invalid: "+strings.Join(msgs, "; "))
	d.RelatedInformation = related
	return d
}

// configRange returns an empty range at a 1-based line and column, counted
// in code points, of a configuration file. When the file cannot be read the
// column is used as it is.
func configRange(path string, line, column int, enc encoding) protocol.Range {
	p := protocol.Position{Line: uint32(line - 1), Character: uint32(max(column-1, 0))}
	if data, err := os.ReadFile(path); err == nil {
		ix := newLineIndex(string(data))
		if line-1 < len(ix.starts) {
			off := ix.starts[line-1]
			for n := 1; n < column && off < ix.ends[line-1]; n++ {
				_, size := utf8.DecodeRuneInString(ix.text[off:])
				off += size
			}
			p = ix.position(off, enc)
		}
	}
	return protocol.Range{Start: p, End: p}
}
