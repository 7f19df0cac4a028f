package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/newslint/newslint/lint"
)

// SARIF constants.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// sarifSrcRoot is the URI base id of relative paths.
	sarifSrcRoot = "%SRCROOT%"
)

func sarifFormat() Format {
	return Format{
		Name:        "sarif",
		Description: "a SARIF 2.1.0 log, for code scanning (GitHub, GitLab, IDEs)",
		New: func(w io.Writer, opts Options) Writer {
			s := &sarifWriter{w: w, opts: opts, index: map[string]int{}}
			for _, r := range opts.Rules {
				s.rule(r.Name, r)
			}
			return s
		},
	}
}

// sarifWriter collects the results and writes the log on Close.
type sarifWriter struct {
	w       io.Writer
	opts    Options
	rules   []sarifRule
	index   map[string]int // rule name to index in rules
	results []sarifResult
}

// The SARIF objects newslint writes; see the SARIF 2.1.0 specification.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                        `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                           `json:"columnKind"`
		Results            []sarifResult                    `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string              `json:"id"`
		ShortDescription     *sarifMessage       `json:"shortDescription,omitempty"`
		FullDescription      *sarifMultiformat   `json:"fullDescription,omitempty"`
		Help                 *sarifMultiformat   `json:"help,omitempty"`
		DefaultConfiguration *sarifConfiguration `json:"defaultConfiguration,omitempty"`
	}
	sarifConfiguration struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifMultiformat struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifResult struct {
		RuleID     string            `json:"ruleId"`
		RuleIndex  int               `json:"ruleIndex"`
		Level      string            `json:"level"`
		Message    sarifMessage      `json:"message"`
		Locations  []sarifLocation   `json:"locations"`
		Fixes      []sarifFix        `json:"fixes,omitempty"`
		Properties *sarifResultProps `json:"properties,omitempty"`
	}
	sarifResultProps struct {
		Data map[string]string `json:"data"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
		ByteOffset  int `json:"byteOffset"`
		ByteLength  int `json:"byteLength"`
	}
	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
		Properties      sarifFixProps         `json:"properties"`
	}
	sarifFixProps struct {
		// Applicability is "safe" or "unsafe", as in the JSON format.
		Applicability string `json:"applicability"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Replacements     []sarifReplacement    `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifByteRegion `json:"deletedRegion"`
		InsertedContent *sarifContent   `json:"insertedContent,omitempty"`
	}
	sarifByteRegion struct {
		ByteOffset int `json:"byteOffset"`
		ByteLength int `json:"byteLength"`
	}
	sarifContent struct {
		Text string `json:"text"`
	}
)

// rule returns the index of the named rule's descriptor, adding it when
// it is new; r may be nil for a rule the options do not describe.
func (s *sarifWriter) rule(name string, r *lint.Rule) int {
	if i, ok := s.index[name]; ok {
		return i
	}
	d := sarifRule{ID: name}
	if r != nil {
		doc := strings.TrimSpace(r.Doc)
		if sum := r.Summary(); sum != "" {
			d.ShortDescription = &sarifMessage{Text: sum}
		}
		if doc != "" {
			// The description is the documentation up to its first
			// section (the example); the help is all of it.
			desc, _, _ := strings.Cut(doc, "\n## ")
			desc = strings.TrimSpace(desc)
			d.FullDescription = &sarifMultiformat{Text: desc, Markdown: desc}
			d.Help = &sarifMultiformat{Text: doc, Markdown: doc}
		}
		if r.Severity != 0 {
			d.DefaultConfiguration = &sarifConfiguration{Level: sarifLevel(r.Severity)}
		}
	}
	s.index[name] = len(s.rules)
	s.rules = append(s.rules, d)
	return len(s.rules) - 1
}

func (s *sarifWriter) Write(f *File) error {
	loc := s.artifact(f.Path)
	for i := range f.Findings {
		x := &f.Findings[i]
		res := sarifResult{
			RuleID:    x.Rule,
			RuleIndex: s.rule(x.Rule, nil),
			Level:     sarifLevel(x.Severity),
			Message:   sarifMessage{Text: x.Message},
		}
		phys := sarifPhysicalLocation{ArtifactLocation: loc}
		if p := PositionOf(f.Article, x); !p.IsWholeFile() {
			phys.Region = &sarifRegion{
				StartLine: p.Line, StartColumn: p.Column,
				EndLine: p.EndLine, EndColumn: p.EndColumn,
				ByteOffset: p.Offset, ByteLength: p.EndOffset - p.Offset,
			}
		}
		res.Locations = []sarifLocation{{PhysicalLocation: phys}}
		for _, fix := range x.Fixes {
			change := sarifArtifactChange{ArtifactLocation: loc}
			for _, e := range fix.Edits {
				rep := sarifReplacement{DeletedRegion: sarifByteRegion{ByteOffset: e.Pos, ByteLength: e.End - e.Pos}}
				if e.NewText != "" {
					rep.InsertedContent = &sarifContent{Text: e.NewText}
				}
				change.Replacements = append(change.Replacements, rep)
			}
			res.Fixes = append(res.Fixes, sarifFix{
				Description:     sarifMessage{Text: fix.Message},
				ArtifactChanges: []sarifArtifactChange{change},
				Properties:      sarifFixProps{Applicability: fix.Applicability.String()},
			})
		}
		if len(x.Data) > 0 {
			res.Properties = &sarifResultProps{Data: x.Data}
		}
		s.results = append(s.results, res)
	}
	return nil
}

func (s *sarifWriter) Close() error {
	tool := s.opts.Tool.withDefaults()
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           tool.Name,
			Version:        tool.Version,
			InformationURI: tool.InformationURI,
			Rules:          s.rules,
		}},
		ColumnKind: "unicodeCodePoints",
		Results:    s.results,
	}
	if run.Tool.Driver.Rules == nil {
		run.Tool.Driver.Rules = []sarifRule{}
	}
	if run.Results == nil {
		run.Results = []sarifResult{}
	}
	if s.opts.BaseDir != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			sarifSrcRoot: {URI: fileURI(s.opts.BaseDir, true)},
		}
	}
	enc := json.NewEncoder(s.w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}); err != nil {
		return fmt.Errorf("write the SARIF log: %w", err)
	}
	return nil
}

// artifact returns the location of a file: a relative URI against
// %SRCROOT% for a relative path, a file URI for an absolute one.
func (s *sarifWriter) artifact(path string) sarifArtifactLocation {
	if filepath.IsAbs(path) {
		return sarifArtifactLocation{URI: fileURI(path, false)}
	}
	u := &url.URL{Path: filepath.ToSlash(path)}
	return sarifArtifactLocation{URI: u.String(), URIBaseID: sarifSrcRoot}
}

// fileURI returns the file URI of an absolute path; dir ends it with a
// slash, as SARIF requires of base URIs.
func fileURI(path string, dir bool) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	u := &url.URL{Scheme: "file", Path: p}
	return u.String()
}

// sarifLevel returns the SARIF level of a severity.
func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}
