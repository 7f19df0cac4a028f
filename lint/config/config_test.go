package config

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/lint"
)

// mixedOptions are the options of the fake mixed-language rule.
type mixedOptions struct {
	Candidates []string       `yaml:"candidates"`
	Threshold  float64        `yaml:"threshold"`
	MinWords   int            `yaml:"min-words"`
	Strict     bool           `yaml:"strict"`
	Weights    map[string]int `yaml:"weights"`
	Window     struct {
		Size int `yaml:"size"`
	} `yaml:"window"`
	ReportAs lint.Severity `yaml:"report-as"`
	internal int           //nolint:unused // an unexported field, which is no option
}

// rangeOptions validate their fields together.
type rangeOptions struct {
	Min int `yaml:"min"`
	Max int `yaml:"max"`
}

// UnmarshalYAML decodes the options and checks that min is not above max.
func (o *rangeOptions) UnmarshalYAML(n *yaml.Node) error {
	type plain rangeOptions
	if err := n.Decode((*plain)(o)); err != nil {
		return err
	}
	if o.Min > o.Max {
		return fmt.Errorf("min %d is above max %d", o.Min, o.Max)
	}
	return nil
}

func fakeRule(name string, sev lint.Severity, opts func() any) *lint.Rule {
	return &lint.Rule{
		Name:     name,
		Doc:      name + " is a test rule.",
		Severity: sev,
		Options:  opts,
		Run:      func(context.Context, *lint.Pass) error { return nil },
	}
}

// testLinter returns a linter with fake rules named like real ones.
func testLinter(t testing.TB) *lint.Linter {
	t.Helper()
	l, err := lint.New(
		lint.UnusedSuppression(),
		fakeRule("trailing-whitespace", lint.Warning, nil),
		fakeRule("repeated-spaces", lint.Warning, nil),
		fakeRule("boilerplate", lint.Info, nil),
		fakeRule("mixed-language", lint.Warning, func() any {
			return &mixedOptions{Candidates: []string{"en"}, Threshold: 0.5, MinWords: 5}
		}),
		fakeRule("word-range", lint.Info, func() any { return &rangeOptions{Min: 1, Max: 10} }),
	)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// writeFile creates dir/name (and its folders) holding content.
func writeFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// loadString writes content to a configuration file in a new folder, makes
// that folder the working directory and loads the file by its name, so
// that errors start with ".newslint.yaml".
func loadString(t *testing.T, content string) (*File, error) {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, FileName, content)
	t.Chdir(dir)
	return Load(FileName, testLinter(t))
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  Error
		want string
	}{
		{Error{Path: "a.yaml", Line: 3, Column: 5, Key: "rules.x", Msg: "bad"}, "a.yaml:3:5: rules.x: bad"},
		{Error{Path: "a.yaml", Line: 3, Msg: "bad"}, "a.yaml:3: bad"},
		{Error{Path: "a.yaml", Msg: "bad"}, "a.yaml: bad"},
		{Error{Path: "a.yaml", Key: "k", Msg: "bad"}, "a.yaml: k: bad"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	const optionList = "candidates, threshold, min-words, strict, weights, window, report-as"
	tests := []struct {
		name, config string
		want         []string // one line per *Error
	}{
		{
			name:   "unknown top-level key",
			config: "tone: red\n",
			want:   []string{`.newslint.yaml:1:1: tone: unknown key (want one of language, languages, include, exclude, rules, overrides)`},
		},
		{
			name:   "misspelled top-level key",
			config: "language: en\nlanguges: [en]\n",
			want:   []string{`.newslint.yaml:2:1: languges: unknown key; did you mean "languages"?`},
		},
		{
			name:   "key given twice",
			config: "language: en\nlanguage: es\n",
			want:   []string{`.newslint.yaml:2:1: language: key given twice (first at line 1)`},
		},
		{
			name:   "not a mapping",
			config: "- language\n- en\n",
			want:   []string{`.newslint.yaml:1:1: the configuration must be a mapping of keys to values, not a list`},
		},
		{
			name:   "syntax error",
			config: "rules: [\n",
			want:   []string{`.newslint.yaml:1: invalid YAML: did not find expected node content`},
		},
		{
			name:   "syntax error on the first line",
			config: "language: en: es\n",
			want:   []string{`.newslint.yaml:1: invalid YAML: mapping values are not allowed in this context`},
		},
		{
			name:   "syntax error in a second document",
			config: "language: en\n---\nrules: [\n",
			want:   []string{`.newslint.yaml:3: invalid YAML: did not find expected node content`},
		},
		{
			name:   "tab indentation",
			config: "rules:\n\ttrailing-whitespace: off\n",
			want:   []string{`.newslint.yaml:2: invalid YAML: found character that cannot start any token`},
		},
		{
			name:   "two documents",
			config: "language: en\n---\nlanguage: es\n",
			want:   []string{`.newslint.yaml:2:1: more than one YAML document`},
		},
		{
			name:   "unknown rule",
			config: "rules:\n  grammar: off\n",
			want:   []string{`.newslint.yaml:2:3: rules.grammar: unknown rule (newslint rules lists them)`},
		},
		{
			name:   "misspelled rule",
			config: "rules:\n  trailing-whitepsace: off\n",
			want:   []string{`.newslint.yaml:2:3: rules.trailing-whitepsace: unknown rule; did you mean "trailing-whitespace"?`},
		},
		{
			name:   "bad shorthand severity",
			config: "rules:\n  repeated-spaces: loud\n",
			want:   []string{`.newslint.yaml:2:20: rules.repeated-spaces: unknown severity "loud" (want off, info, warning or error)`},
		},
		{
			name:   "bad severity in a mapping",
			config: "rules:\n  repeated-spaces:\n    severity: fatal\n",
			want:   []string{`.newslint.yaml:3:15: rules.repeated-spaces.severity: unknown severity "fatal" (want off, info, warning or error)`},
		},
		{
			name:   "severity of the wrong kind",
			config: "rules:\n  repeated-spaces:\n    severity: [info]\n",
			want:   []string{`.newslint.yaml:3:15: rules.repeated-spaces.severity: want a severity (off, info, warning or error), got a list`},
		},
		{
			name:   "rule set to a list",
			config: "rules:\n  repeated-spaces: [info]\n",
			want:   []string{`.newslint.yaml:2:20: rules.repeated-spaces: want a severity (off, info, warning or error) or a mapping of settings, got a list`},
		},
		{
			name:   "rule set to nothing",
			config: "rules:\n  repeated-spaces:\n",
			want:   []string{`.newslint.yaml:2:19: rules.repeated-spaces: want a severity (off, info, warning or error) or a mapping of settings, got nothing`},
		},
		{
			name:   "rules not a mapping",
			config: "rules: [trailing-whitespace]\n",
			want:   []string{`.newslint.yaml:1:8: rules: want a mapping of rule names to settings, got a list`},
		},
		{
			name:   "language not a tag",
			config: "language: english\n",
			want:   []string{`.newslint.yaml:1:11: language: invalid language tag "english": want a BCP 47 tag such as en or pt-BR`},
		},
		{
			name:   "unknown language",
			config: "languages: [en, zz]\n",
			want:   []string{`.newslint.yaml:1:17: languages[1]: invalid language tag "zz": want a BCP 47 tag such as en or pt-BR`},
		},
		{
			name:   "undetermined language",
			config: "language: und\n",
			want:   []string{`.newslint.yaml:1:11: language: language tag "und" names no language`},
		},
		{
			name:   "languages not a list",
			config: "languages: en\n",
			want:   []string{`.newslint.yaml:1:12: languages: want a list of language tags, got "en"`},
		},
		{
			name:   "language a list",
			config: "language: [en]\n",
			want:   []string{`.newslint.yaml:1:11: language: want a language tag such as en or pt-BR, got a list`},
		},
		{
			name:   "misspelled option",
			config: "rules:\n  mixed-language:\n    candidate: [en]\n",
			want:   []string{`.newslint.yaml:3:5: rules.mixed-language.candidate: unknown option; did you mean "candidates"?`},
		},
		{
			name:   "unknown option",
			config: "rules:\n  mixed-language:\n    severity: info\n    sensitivity: 3\n",
			want:   []string{`.newslint.yaml:4:5: rules.mixed-language.sensitivity: unknown option (the rule's options are ` + optionList + `)`},
		},
		{
			name:   "unexported field is no option",
			config: "rules:\n  mixed-language:\n    internal: 3\n",
			want:   []string{`.newslint.yaml:3:5: rules.mixed-language.internal: unknown option (the rule's options are ` + optionList + `)`},
		},
		{
			name:   "option of a rule without options",
			config: "rules:\n  repeated-spaces:\n    width: 2\n",
			want:   []string{`.newslint.yaml:3:5: rules.repeated-spaces.width: unknown option: rule repeated-spaces has no options (only severity)`},
		},
		{
			name:   "option of the wrong type",
			config: "rules:\n  mixed-language:\n    threshold: high\n",
			want:   []string{`.newslint.yaml:3:16: rules.mixed-language.threshold: want a number, got "high"`},
		},
		{
			name:   "fraction for an integer",
			config: "rules:\n  mixed-language:\n    min-words: 2.5\n",
			want:   []string{`.newslint.yaml:3:16: rules.mixed-language.min-words: want an integer, got 2.5`},
		},
		{
			name:   "word for a boolean",
			config: "rules:\n  mixed-language:\n    strict: maybe\n",
			want:   []string{`.newslint.yaml:3:13: rules.mixed-language.strict: want true or false, got "maybe"`},
		},
		{
			name:   "scalar for a list",
			config: "rules:\n  mixed-language:\n    candidates: en\n",
			want:   []string{`.newslint.yaml:3:17: rules.mixed-language.candidates: want a list of strings, got "en"`},
		},
		{
			name:   "wrong list element",
			config: "rules:\n  mixed-language:\n    candidates: [en, [de]]\n",
			want:   []string{`.newslint.yaml:3:22: rules.mixed-language.candidates[1]: want a string, got a list`},
		},
		{
			name:   "wrong map value",
			config: "rules:\n  mixed-language:\n    weights:\n      en: 2\n      es: lots\n",
			want:   []string{`.newslint.yaml:5:11: rules.mixed-language.weights.es: want an integer, got "lots"`},
		},
		{
			name:   "unknown nested key",
			config: "rules:\n  mixed-language:\n    window:\n      sise: 3\n",
			want:   []string{`.newslint.yaml:4:7: rules.mixed-language.window.sise: unknown key; did you mean "size"?`},
		},
		{
			name:   "list for a nested mapping",
			config: "rules:\n  mixed-language:\n    window: [3]\n",
			want:   []string{`.newslint.yaml:3:13: rules.mixed-language.window: want a mapping, got a list`},
		},
		{
			name:   "option that decodes itself",
			config: "rules:\n  mixed-language:\n    report-as: loud\n",
			want:   []string{`.newslint.yaml:3:16: rules.mixed-language.report-as: unknown severity "loud" (want info, warning or error)`},
		},
		{
			name:   "options that validate together",
			config: "rules:\n  word-range:\n    min: 20\n",
			want:   []string{`.newslint.yaml:3:5: rules.word-range: min 20 is above max 10`},
		},
		{
			name: "override options that validate together with the top level",
			config: "rules:\n  word-range:\n    min: 5\n" +
				"overrides:\n  - files: [\"short/**\"]\n    rules:\n      word-range:\n        max: 3\n",
			want: []string{`.newslint.yaml:8:9: overrides[0].rules.word-range: combined with the top-level options of word-range: min 5 is above max 3`},
		},
		{
			name: "override options checked with top-level options given after them",
			config: "overrides:\n  - files: [\"short/**\"]\n    rules:\n      word-range:\n        max: 3\n" +
				"rules:\n  word-range:\n    min: 5\n",
			want: []string{`.newslint.yaml:5:9: overrides[0].rules.word-range: combined with the top-level options of word-range: min 5 is above max 3`},
		},
		{
			name:   "bad glob",
			config: "exclude: [\"drafts/[\"]\n",
			want:   []string{`.newslint.yaml:1:11: exclude[0]: invalid glob "drafts/[": unbalanced brackets or a trailing backslash`},
		},
		{
			name:   "empty glob",
			config: "exclude: [\"\"]\n",
			want:   []string{`.newslint.yaml:1:11: exclude[0]: invalid glob "": the pattern names no file`},
		},
		{
			name:   "glob that is not a string",
			config: "include: [12]\n",
			want:   []string{`.newslint.yaml:1:11: include[0]: want a glob (a string), got 12`},
		},
		{
			name:   "include not a list",
			config: "include: \"*.txt\"\n",
			want:   []string{`.newslint.yaml:1:10: include: want a list of globs, got "*.txt"`},
		},
		{
			name:   "empty include",
			config: "include: []\n",
			want:   []string{`.newslint.yaml:1:10: include: an empty include matches no file; remove the key to check every article`},
		},
		{
			name:   "overrides not a list",
			config: "overrides:\n  files: [a]\n",
			want:   []string{`.newslint.yaml:2:3: overrides: want a list of overrides, got a mapping`},
		},
		{
			name:   "override not a mapping",
			config: "overrides:\n  - wire/**\n",
			want:   []string{`.newslint.yaml:2:5: overrides[0]: want a mapping with files and settings, got "wire/**"`},
		},
		{
			name:   "override without files",
			config: "overrides:\n  - language: de\n",
			want:   []string{`.newslint.yaml:2:5: overrides[0]: missing files: an override needs the globs of the files it applies to`},
		},
		{
			name:   "override with no globs",
			config: "overrides:\n  - files: []\n    language: de\n",
			want:   []string{`.newslint.yaml:2:12: overrides[0].files: want at least one glob`},
		},
		{
			name:   "override with a bad glob",
			config: "overrides:\n  - files: [\"a/**\", \"b[\"]\n",
			want:   []string{`.newslint.yaml:2:21: overrides[0].files[1]: invalid glob "b[": unbalanced brackets or a trailing backslash`},
		},
		{
			name:   "unknown override key",
			config: "overrides:\n  - files: [a]\n    exclude: [b]\n",
			want:   []string{`.newslint.yaml:3:5: overrides[0].exclude: unknown key (want one of files, language, languages, rules)`},
		},
		{
			name:   "override with a bad language",
			config: "overrides:\n  - files: [a]\n    languages: [de, \"en US\"]\n",
			want:   []string{`.newslint.yaml:3:21: overrides[0].languages[1]: invalid language tag "en US": want a BCP 47 tag such as en or pt-BR`},
		},
		{
			name:   "override with an unknown rule and option",
			config: "overrides:\n  - files: [a]\n  - files: [b]\n    rules:\n      boilerplat: off\n      mixed-language: {candidates: [en], tone: red}\n",
			want: []string{
				`.newslint.yaml:5:7: overrides[1].rules.boilerplat: unknown rule; did you mean "boilerplate"?`,
				`.newslint.yaml:6:42: overrides[1].rules.mixed-language.tone: unknown option (the rule's options are ` + optionList + `)`,
			},
		},
		{
			name: "every problem in file order",
			config: "rules:\n  repeated-spaces: loud\n  mixed-language:\n    threshold: x\n" +
				"language: xx-yy-zz-qq\nexclude: [\"[\"]\n",
			want: []string{
				`.newslint.yaml:2:20: rules.repeated-spaces: unknown severity "loud" (want off, info, warning or error)`,
				`.newslint.yaml:4:16: rules.mixed-language.threshold: want a number, got "x"`,
				`.newslint.yaml:5:11: language: invalid language tag "xx-yy-zz-qq": want a BCP 47 tag such as en or pt-BR`,
				`.newslint.yaml:6:11: exclude[0]: invalid glob "[": unbalanced brackets or a trailing backslash`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := loadString(t, tt.config)
			if err == nil {
				t.Fatalf("Load succeeded, want errors:\n%s", strings.Join(tt.want, "\n"))
			}
			if f != nil {
				t.Errorf("Load returned a file with its error")
			}
			if got, want := err.Error(), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("Load error:\n%s\nwant:\n%s", got, want)
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %T is not an *Error", err)
			}
			if ce.Path != FileName || ce.Line == 0 {
				t.Errorf("first error has path %q line %d, want %q and a line", ce.Path, ce.Line, FileName)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), FileName), testLinter(t))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load of a missing file: %v, want an error wrapping os.ErrNotExist", err)
	}
	var ce *Error
	if errors.As(err, &ce) {
		t.Errorf("a missing file is reported as a configuration error: %v", err)
	}
}

func TestLoadValid(t *testing.T) {
	tests := []struct {
		name, config string
		want         *lint.Settings // for an article at the configuration's folder
	}{
		{"empty", "", &lint.Settings{}},
		{"comments only", "# nothing yet\n", &lint.Settings{}},
		{"null document", "~\n", &lint.Settings{}},
		{"null values", "language:\nrules:\noverrides:\ninclude:\nexclude:\n", &lint.Settings{}},
		{
			name:   "languages canonical, main first, no repeats",
			config: "languages: [es, EN_us, es]\nlanguage: en-us\n",
			want:   &lint.Settings{Languages: []string{"en-US", "es"}},
		},
		{
			name:   "shorthand severities",
			config: "rules:\n  trailing-whitespace: off\n  repeated-spaces: ERROR\n  boilerplate: warn\n",
			want: &lint.Settings{Rules: map[string]lint.RuleSettings{
				"trailing-whitespace": {Off: true},
				"repeated-spaces":     {Severity: lint.Error},
				"boilerplate":         {Severity: lint.Warning},
			}},
		},
		{
			name:   "severity and options",
			config: "rules:\n  mixed-language:\n    severity: error\n    candidates: [en, es, de]\n    window: {size: 4}\n",
			want: &lint.Settings{Rules: map[string]lint.RuleSettings{
				"mixed-language": {Severity: lint.Error, Options: &mixedOptions{
					Candidates: []string{"en", "es", "de"}, Threshold: 0.5, MinWords: 5,
					Window: struct {
						Size int `yaml:"size"`
					}{Size: 4},
				}},
			}},
		},
		{
			name:   "options without severity keep the default",
			config: "rules:\n  mixed-language:\n    threshold: 0.9\n    report-as: info\n    weights: {de: 2}\n",
			want: &lint.Settings{Rules: map[string]lint.RuleSettings{
				"mixed-language": {Options: &mixedOptions{
					Candidates: []string{"en"}, Threshold: 0.9, MinWords: 5, ReportAs: lint.Info,
					Weights: map[string]int{"de": 2},
				}},
			}},
		},
		{
			name:   "anchors and aliases",
			config: "languages: &l [en, es]\nrules:\n  mixed-language:\n    candidates: *l\n",
			want: &lint.Settings{Languages: []string{"en", "es"}, Rules: map[string]lint.RuleSettings{
				"mixed-language": {Options: &mixedOptions{Candidates: []string{"en", "es"}, Threshold: 0.5, MinWords: 5}},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := loadString(t, tt.config)
			if err != nil {
				t.Fatal(err)
			}
			got := f.Settings("article.txt")
			if tt.want.Rules == nil {
				tt.want.Rules = map[string]lint.RuleSettings{}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Settings = %s, want %s", show(got), show(tt.want))
			}
		})
	}
}

// show formats settings for test failures.
func show(s *lint.Settings) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{Languages: %q", s.Languages)
	for name, rs := range s.Rules {
		fmt.Fprintf(&b, ", %s: {Off: %v, Severity: %v, Options: %+v}", name, rs.Off, rs.Severity, rs.Options)
	}
	b.WriteString("}")
	return b.String()
}

func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "sub/"+AltFileName, "language: fr\n")
	t.Chdir(dir)
	f, err := Load(filepath.Join("sub", AltFileName), testLinter(t))
	if err != nil {
		t.Fatal(err)
	}
	if f.Path != p || f.Dir != filepath.Dir(p) {
		t.Errorf("Path, Dir = %q, %q; want %q, %q", f.Path, f.Dir, p, filepath.Dir(p))
	}
}

func TestSettingsPrecedence(t *testing.T) {
	const config = `
language: en
rules:
  trailing-whitespace: off
  repeated-spaces: info
  mixed-language:
    candidates: [en, es]
    min-words: 8
overrides:
  - files: ["wire/**"]
    language: de
    rules:
      trailing-whitespace: error
      mixed-language:
        candidates: [de]
  - files: ["wire/sport/*.txt"]
    languages: [de, fr]
    rules:
      trailing-whitespace: off
      repeated-spaces:
        severity: off
      mixed-language:
        threshold: 0.7
  - files: ["*.md"]
    rules:
      boilerplate: error
`
	f, err := loadString(t, config)
	if err != nil {
		t.Fatal(err)
	}
	type rule struct {
		off     bool
		sev     lint.Severity
		options *mixedOptions
	}
	opts := func(c []string, thr float64, minWords int) *mixedOptions {
		return &mixedOptions{Candidates: c, Threshold: thr, MinWords: minWords}
	}
	tests := []struct {
		path  string
		langs []string
		rules map[string]rule
	}{
		{
			path:  "a.txt",
			langs: []string{"en"},
			rules: map[string]rule{
				"trailing-whitespace": {off: true},
				"repeated-spaces":     {sev: lint.Info},
				"mixed-language":      {options: opts([]string{"en", "es"}, 0.5, 8)},
			},
		},
		{
			path:  "wire/a.txt",
			langs: []string{"de"},
			rules: map[string]rule{
				"trailing-whitespace": {sev: lint.Error},
				"repeated-spaces":     {sev: lint.Info},
				"mixed-language":      {options: opts([]string{"de"}, 0.5, 8)},
			},
		},
		{
			path:  "wire/sport/a.txt",
			langs: []string{"de", "fr"},
			rules: map[string]rule{
				"trailing-whitespace": {off: true},
				"repeated-spaces":     {off: true},
				"mixed-language":      {options: opts([]string{"de"}, 0.7, 8)},
			},
		},
		{
			path:  "wire/sport/deep/a.md",
			langs: []string{"de"},
			rules: map[string]rule{
				"trailing-whitespace": {sev: lint.Error},
				"repeated-spaces":     {sev: lint.Info},
				"mixed-language":      {options: opts([]string{"de"}, 0.5, 8)},
				"boilerplate":         {sev: lint.Error},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			for _, p := range []string{tt.path, filepath.Join(f.Dir, filepath.FromSlash(tt.path))} {
				s := f.Settings(p)
				if !reflect.DeepEqual(s.Languages, tt.langs) {
					t.Errorf("Settings(%q).Languages = %q, want %q", p, s.Languages, tt.langs)
				}
				if len(s.Rules) != len(tt.rules) {
					t.Errorf("Settings(%q) configures %d rules, want %d: %s", p, len(s.Rules), len(tt.rules), show(s))
				}
				for name, want := range tt.rules {
					got := s.Rules[name]
					if got.Off != want.off || got.Severity != want.sev {
						t.Errorf("Settings(%q) %s: Off %v Severity %v, want %v %v", p, name, got.Off, got.Severity, want.off, want.sev)
					}
					if want.options == nil {
						if got.Options != nil {
							t.Errorf("Settings(%q) %s: Options %+v, want nil", p, name, got.Options)
						}
					} else if !reflect.DeepEqual(got.Options, want.options) {
						t.Errorf("Settings(%q) %s: Options %+v, want %+v", p, name, got.Options, want.options)
					}
				}
			}
		})
	}
}

func TestSettingsAreFresh(t *testing.T) {
	f, err := loadString(t, "languages: [en, es]\nrules:\n  mixed-language:\n    candidates: [en, es]\n    weights: {en: 1}\n")
	if err != nil {
		t.Fatal(err)
	}
	a := f.Settings("a.txt")
	a.Languages[0] = "xx"
	a.Rules["boilerplate"] = lint.RuleSettings{Off: true}
	o := a.Rules["mixed-language"].Options.(*mixedOptions)
	o.Candidates[0] = "xx"
	o.Weights["en"] = 99

	b := f.Settings("a.txt")
	if b.Languages[0] != "en" {
		t.Errorf("languages shared between calls: %q", b.Languages)
	}
	if _, ok := b.Rules["boilerplate"]; ok {
		t.Error("rules map shared between calls")
	}
	ob := b.Rules["mixed-language"].Options.(*mixedOptions)
	if ob == o || ob.Candidates[0] != "en" || ob.Weights["en"] != 1 {
		t.Errorf("options shared between calls: %+v", ob)
	}
}

func TestNilFile(t *testing.T) {
	var f *File
	s := f.Settings("a.txt")
	if s == nil || s.Rules == nil || len(s.Rules) != 0 || s.Languages != nil {
		t.Errorf("nil File Settings = %+v, want empty settings with a rules map", s)
	}
	for path, want := range map[string]bool{"a.txt": false, "x/b.md": false, "c.markdown": false, "d.html": true, "e": true} {
		if got := f.Excluded(path); got != want {
			t.Errorf("nil File Excluded(%q) = %v, want %v", path, got, want)
		}
	}
	if f.ExcludedDir("drafts") {
		t.Error("nil File excludes a folder")
	}
}

func TestExampleFile(t *testing.T) {
	f, err := Load(filepath.Join("testdata", "example.newslint.yaml"), testLinter(t))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Settings(filepath.Join("testdata", "news", "a.txt"))
	if want := []string{"en", "es"}; !reflect.DeepEqual(s.Languages, want) {
		t.Errorf("Languages = %q, want %q", s.Languages, want)
	}
	if !s.Rules["trailing-whitespace"].Off || s.Rules["repeated-spaces"].Severity != lint.Info ||
		s.Rules["mixed-language"].Severity != lint.Error {
		t.Errorf("rules = %s", show(s))
	}
	if o := s.Rules["mixed-language"].Options.(*mixedOptions); !reflect.DeepEqual(o.Candidates, []string{"en", "es", "de"}) {
		t.Errorf("mixed-language candidates = %q", o.Candidates)
	}
	if _, ok := s.Rules["boilerplate"]; ok {
		t.Error("boilerplate configured outside wire/")
	}
	w := f.Settings(filepath.Join("testdata", "wire", "afp", "a.txt"))
	if !reflect.DeepEqual(w.Languages, []string{"de"}) || !w.Rules["boilerplate"].Off {
		t.Errorf("wire settings = %s", show(w))
	}
	for path, want := range map[string]bool{
		"testdata/news/a.txt":    false,
		"testdata/news/a.md":     false,
		"testdata/news/a.html":   true,
		"testdata/drafts/a.txt":  true,
		"testdata/x/drafts/a.md": false,
	} {
		if got := f.Excluded(filepath.FromSlash(path)); got != want {
			t.Errorf("Excluded(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestSettingsRejectedCombination covers options that validate fields
// together and that two overrides, each valid, set to a rejected pair.
func TestSettingsRejectedCombination(t *testing.T) {
	f, err := loadString(t, `
rules:
  word-range:
    min: 2
overrides:
  - files: ["a/**"]
    rules:
      word-range: {min: 8}
  - files: ["a/b/**"]
    rules:
      word-range: {max: 5}
`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want rangeOptions
	}{
		{"x.txt", rangeOptions{Min: 2, Max: 10}},
		{"a/x.txt", rangeOptions{Min: 8, Max: 10}},
		// min 8 and max 5 together are rejected; the top level's min 2
		// with the last override's max 5 are not.
		{"a/b/x.txt", rangeOptions{Min: 2, Max: 5}},
	}
	for _, tt := range tests {
		got, _ := f.Settings(tt.path).Rules["word-range"].Options.(*rangeOptions)
		if got == nil || *got != tt.want {
			t.Errorf("Settings(%q) word-range options = %+v, want %+v", tt.path, got, tt.want)
		}
	}
}
