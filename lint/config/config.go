package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"

	"github.com/newslint/newslint/lint"
)

// FileName is the configuration file's name.
const FileName = ".newslint.yaml"

// AltFileName is the other accepted name of the configuration file. A
// folder may hold one of FileName and AltFileName, not both.
const AltFileName = ".newslint.yml"

// DefaultInclude returns the include globs used when a configuration does
// not set include: every file with an extension newslint reads.
func DefaultInclude() []string {
	return []string{"**/*.txt", "**/*.md", "**/*.markdown", "**/*.mdown", "**/*.mkd"}
}

// Error is a configuration problem at a position of a configuration file.
type Error struct {
	// Path is the configuration file as it was named to Load.
	Path string
	// Line and Column locate the problem, both 1-based; Column counts
	// Unicode code points. Either is 0 when unknown.
	Line, Column int
	// Key is the dotted path of the offending key, such as
	// "rules.mixed-language.candidates" or "overrides[0].files", or ""
	// for a problem with the file as a whole.
	Key string
	// Msg says what is wrong.
	Msg string
}

// Error returns "path:line:col: key: msg", leaving out the parts that are
// unknown.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(":" + strconv.Itoa(e.Column))
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// File is one loaded, validated configuration file. Its methods are safe
// for concurrent use.
type File struct {
	// Path is the file's absolute path.
	Path string
	// Dir is the folder holding the file; include, exclude and override
	// globs are relative to it.
	Dir string

	linter    *lint.Linter
	include   []glob
	exclude   []glob
	top       layer
	overrides []layer
}

// layer is the top level of a configuration file or one of its overrides:
// settings that apply to the files its globs match.
type layer struct {
	files    []glob // nil for the top level, which applies everywhere
	langsSet bool
	langs    []string
	rules    map[string]*ruleLayer
}

// ruleLayer is what one layer says about one rule.
type ruleLayer struct {
	severitySet bool
	off         bool
	severity    lint.Severity
	// options holds the rule's option keys and value nodes in the order
	// they appear. The nodes are only read after Load returns.
	options []*yaml.Node // key, value, key, value, ...
}

// Load reads and validates the configuration file at path against the
// linter's rules: rule names, severities and rule options. Every problem
// found is reported as an *Error; when there are several, the returned
// error joins them (errors.Join) in the order they appear in the file, and
// errors.As finds the first. An empty file is a valid configuration.
func Load(path string, l *lint.Linter) (*File, error) {
	if l == nil {
		return nil, errors.New("config: Load needs a linter")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return parse(path, abs, data, l)
}

// parse validates a configuration read from data. name is the path used in
// errors, abs the file's absolute path.
func parse(name, abs string, data []byte, l *lint.Linter) (*File, error) {
	f := &File{Path: abs, Dir: filepath.Dir(abs), linter: l}
	p := &parser{name: name, linter: l}
	root, err := p.document(data)
	if err != nil {
		return nil, err
	}
	if root != nil {
		p.file(f, root)
	}
	if f.include == nil {
		f.include = defaultGlobs()
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return f, nil
}

// yamlLine matches the position yaml puts in front of syntax errors.
var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxError turns a YAML syntax error into an *Error. yaml leaves the
// line out when the problem is on the first line.
func (p *parser) syntaxError(err error) *Error {
	e := &Error{Path: p.name, Msg: err.Error()}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		e.Line = 1
		if m[1] != "" {
			e.Line, _ = strconv.Atoi(m[1])
		}
		e.Msg = "invalid YAML: " + m[2]
	}
	return e
}

// parser collects the problems of one configuration file.
type parser struct {
	name   string
	linter *lint.Linter
	errs   []*Error
}

// document parses data and returns the root node, or nil for an empty
// document. A syntax error is returned at once: nothing else can be
// checked.
func (p *parser) document(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, p.syntaxError(err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, p.syntaxError(err)
	default:
		return nil, &Error{Path: p.name, Line: next.Line, Column: next.Column, Msg: "more than one YAML document"}
	}
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			return nil, nil
		}
		root := resolve(doc.Content[0])
		if isNull(root) {
			return nil, nil
		}
		return root, nil
	}
	return nil, nil
}

// err returns the collected problems, or nil.
func (p *parser) err() error {
	slices.SortStableFunc(p.errs, func(a, b *Error) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
	switch len(p.errs) {
	case 0:
		return nil
	case 1:
		return p.errs[0]
	}
	errs := make([]error, len(p.errs))
	for i, e := range p.errs {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// errorf records a problem at node n.
func (p *parser) errorf(n *yaml.Node, key, format string, args ...any) {
	e := &Error{Path: p.name, Key: key, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	p.errs = append(p.errs, e)
}

// topKeys returns the keys allowed at the top level of a configuration
// file.
func topKeys() []string {
	return []string{"language", "languages", "include", "exclude", "rules", "overrides"}
}

// overrideKeys returns the keys allowed in an entry of overrides.
func overrideKeys() []string { return []string{"files", "language", "languages", "rules"} }

// file checks the top-level mapping and fills in f.
func (p *parser) file(f *File, root *yaml.Node) {
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "", "the configuration must be a mapping of keys to values, not %s", describeNode(root))
		return
	}
	var lang, langs, overrides *yaml.Node
	for _, kv := range p.pairs(root, "") {
		key, val := kv.key.Value, kv.value
		switch key {
		case "language":
			lang = val
		case "languages":
			langs = val
		case "include":
			if gs, ok := p.globs(val, "include", false); ok {
				if gs != nil && len(gs) == 0 {
					p.errorf(val, "include", "an empty include matches no file; remove the key to check every article")
				} else {
					f.include = gs
				}
			}
		case "exclude":
			if gs, ok := p.globs(val, "exclude", false); ok {
				f.exclude = gs
			}
		case "rules":
			f.top.rules = p.rules(val, "rules", nil)
		case "overrides":
			overrides = val
		default:
			p.errorf(kv.key, key, "%s", unknown("key", key, topKeys(), "want one of "+strings.Join(topKeys(), ", ")))
		}
	}
	f.top.langs, f.top.langsSet = p.languages(lang, langs, "")
	// Overrides are checked last, against the top-level rules wherever
	// they are in the file.
	if overrides != nil {
		f.overrides = p.overrides(overrides, &f.top)
	}
}

// overrides checks the overrides list. top is the top-level layer, which
// each override is checked against for combined rule options.
func (p *parser) overrides(n *yaml.Node, top *layer) []layer {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "overrides", "want a list of overrides, got %s", describeNode(n))
		return nil
	}
	var out []layer
	for i, item := range n.Content {
		item = resolve(item)
		key := fmt.Sprintf("overrides[%d]", i)
		if item.Kind != yaml.MappingNode {
			p.errorf(item, key, "want a mapping with files and settings, got %s", describeNode(item))
			continue
		}
		var o layer
		var lang, langs *yaml.Node
		hasFiles := false
		for _, kv := range p.pairs(item, key) {
			k, val := kv.key.Value, kv.value
			switch k {
			case "files":
				hasFiles = true
				if gs, ok := p.globs(val, key+".files", true); ok {
					o.files = gs
				}
			case "language":
				lang = val
			case "languages":
				langs = val
			case "rules":
				o.rules = p.rules(val, key+".rules", top.rules)
			default:
				p.errorf(kv.key, key+"."+k, "%s", unknown("key", k, overrideKeys(), "want one of "+strings.Join(overrideKeys(), ", ")))
			}
		}
		if !hasFiles {
			p.errorf(item, key, "missing files: an override needs the globs of the files it applies to")
		}
		o.langs, o.langsSet = p.languages(lang, langs, key+".")
		out = append(out, o)
	}
	return out
}

// pair is a key node and its value node.
type pair struct{ key, value *yaml.Node }

// pairs returns the key-value pairs of mapping n, reporting keys that are
// not plain strings and keys given twice (the first one is kept).
func (p *parser) pairs(n *yaml.Node, prefix string) []pair {
	var out []pair
	seen := make(map[string]*yaml.Node)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, strings.TrimSuffix(prefix, "."), "a key must be a string, not %s", describeNode(k))
			continue
		}
		full := join(prefix, k.Value)
		if k.Value == "<<" && k.Tag == "!!merge" {
			p.errorf(k, full, "merge keys are not supported")
			continue
		}
		if first, dup := seen[k.Value]; dup {
			p.errorf(k, full, "key given twice (first at line %d)", first.Line)
			continue
		}
		seen[k.Value] = k
		out = append(out, pair{k, v})
	}
	return out
}

// join appends key to a dotted key path.
func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// languages checks language and languages (either may be nil) and returns
// the languages they give, the main language first, and whether they were
// given at all.
func (p *parser) languages(lang, langs *yaml.Node, prefix string) ([]string, bool) {
	var out []string
	set := false
	add := func(tag string) {
		if !slices.Contains(out, tag) {
			out = append(out, tag)
		}
	}
	if lang != nil && !isNull(lang) {
		set = true
		if tag, ok := p.languageTag(lang, prefix+"language"); ok {
			add(tag)
		}
	}
	if langs != nil && !isNull(langs) {
		set = true
		if langs.Kind != yaml.SequenceNode {
			p.errorf(langs, prefix+"languages", "want a list of language tags, got %s", describeNode(langs))
		} else {
			for i, item := range langs.Content {
				if tag, ok := p.languageTag(resolve(item), fmt.Sprintf("%slanguages[%d]", prefix, i)); ok {
					add(tag)
				}
			}
		}
	}
	return out, set
}

// languageTag checks a BCP 47 language tag and returns its canonical form.
func (p *parser) languageTag(n *yaml.Node, key string) (string, bool) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		p.errorf(n, key, "want a language tag such as en or pt-BR, got %s", describeNode(n))
		return "", false
	}
	tag, err := language.Parse(n.Value)
	if err != nil {
		p.errorf(n, key, "invalid language tag %q: want a BCP 47 tag such as en or pt-BR", n.Value)
		return "", false
	}
	if tag == language.Und {
		p.errorf(n, key, "language tag %q names no language", n.Value)
		return "", false
	}
	return tag.String(), true
}

// globs checks a list of glob patterns. It returns ok == false when there
// was a problem, and a nil slice for a null value.
func (p *parser) globs(n *yaml.Node, key string, required bool) (gs []glob, ok bool) {
	if isNull(n) && !required {
		return nil, true
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, key, "want a list of globs, got %s", describeNode(n))
		return nil, false
	}
	if required && len(n.Content) == 0 {
		p.errorf(n, key, "want at least one glob")
		return nil, false
	}
	ok = true
	gs = []glob{}
	for i, item := range n.Content {
		item = resolve(item)
		ikey := fmt.Sprintf("%s[%d]", key, i)
		if item.Kind != yaml.ScalarNode || isNull(item) || item.Tag != "!!str" {
			p.errorf(item, ikey, "want a glob (a string), got %s", describeNode(item))
			ok = false
			continue
		}
		g, err := compileGlob(item.Value)
		if err != nil {
			p.errorf(item, ikey, "invalid glob %q: %v", item.Value, err)
			ok = false
			continue
		}
		gs = append(gs, g)
	}
	return gs, ok
}

// severityNames lists the accepted severity values for messages.
const severityNames = "off, info, warning or error"

// rules checks a rules mapping. base holds the top-level rule settings an
// override's options are combined with, or nil when checking the top
// level itself.
func (p *parser) rules(n *yaml.Node, key string, base map[string]*ruleLayer) map[string]*ruleLayer {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		p.errorf(n, key, "want a mapping of rule names to settings, got %s", describeNode(n))
		return nil
	}
	out := make(map[string]*ruleLayer)
	for _, kv := range p.pairs(n, key) {
		name, val := kv.key.Value, kv.value
		rkey := key + "." + name
		r := p.linter.Rule(name)
		if r == nil {
			p.errorf(kv.key, rkey, "%s", unknown("rule", name, ruleNames(p.linter), "newslint rules lists them"))
			continue
		}
		rl := &ruleLayer{}
		switch val.Kind {
		case yaml.ScalarNode:
			if isNull(val) {
				p.errorf(val, rkey, "want a severity (%s) or a mapping of settings, got nothing", severityNames)
				continue
			}
			if !p.severity(val, rkey, rl) {
				continue
			}
		case yaml.MappingNode:
			if !p.ruleMapping(r, val, rkey, rl, base[name]) {
				continue
			}
		default:
			p.errorf(val, rkey, "want a severity (%s) or a mapping of settings, got %s", severityNames, describeNode(val))
			continue
		}
		out[name] = rl
	}
	return out
}

// severity parses a severity value into rl.
func (p *parser) severity(n *yaml.Node, key string, rl *ruleLayer) bool {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		p.errorf(n, key, "want a severity (%s), got %s", severityNames, describeNode(n))
		return false
	}
	if strings.EqualFold(n.Value, "off") {
		rl.severitySet, rl.off = true, true
		return true
	}
	sev, err := lint.ParseSeverity(n.Value)
	if err != nil {
		p.errorf(n, key, "unknown severity %q (want %s)", n.Value, severityNames)
		return false
	}
	rl.severitySet, rl.severity = true, sev
	return true
}

// ruleMapping checks the settings mapping of rule r: severity and the
// rule's options. base is the top-level settings of the same rule when
// checking an override, else nil.
func (p *parser) ruleMapping(r *lint.Rule, n *yaml.Node, key string, rl *ruleLayer, base *ruleLayer) bool {
	ok := true
	for _, kv := range p.pairs(n, key) {
		if kv.key.Value == "severity" {
			ok = p.severity(kv.value, key+".severity", rl) && ok
			continue
		}
		rl.options = append(rl.options, kv.key, kv.value)
	}
	if len(rl.options) == 0 {
		return ok
	}
	if r.Options == nil {
		for i := 0; i < len(rl.options); i += 2 {
			k := rl.options[i]
			p.errorf(k, key+"."+k.Value, "unknown option: rule %s has no options (only severity)", r.Name)
		}
		return false
	}
	errs := checkOptions(r, mapping(rl.options), key)
	if len(errs) == 0 && base != nil && len(base.options) > 0 {
		// The override's options are combined with the top-level ones
		// for the files it matches: check the combination too, for
		// options types that validate fields together.
		if _, err := decodeOptions(r, base.options, rl.options); err != nil {
			errs = append(errs, optionError{node: n, key: key, msg: "combined with the top-level options of " + r.Name + ": " + cleanDecodeError(err)})
		}
	}
	for _, e := range errs {
		p.errorf(e.node, e.key, "%s", e.msg)
	}
	return ok && len(errs) == 0
}

// ruleNames returns the names of the linter's rules.
func ruleNames(l *lint.Linter) []string {
	rs := l.Rules()
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = r.Name
	}
	return names
}

// resolve follows alias nodes to the node they stand for.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is an explicit or implicit null.
func isNull(n *yaml.Node) bool {
	n = resolve(n)
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describeNode names what a node holds, for messages.
func describeNode(n *yaml.Node) string {
	n = resolve(n)
	switch {
	case n == nil || isNull(n):
		return "nothing"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str":
		return strconv.Quote(n.Value)
	case n.Kind == yaml.ScalarNode:
		return n.Value
	}
	return "an unexpected value"
}

// unknown returns the message for an unknown key, rule or option name:
// the closest valid name when one is close, else hint in parentheses.
func unknown(what, name string, valid []string, hint string) string {
	best, bestDist := "", len(name)/3+2
	for _, c := range valid {
		if d := editDistance(strings.ToLower(name), c); d < bestDist {
			best, bestDist = c, d
		}
	}
	if best != "" {
		return fmt.Sprintf("unknown %s; did you mean %q?", what, best)
	}
	return fmt.Sprintf("unknown %s (%s)", what, hint)
}

// editDistance returns the Levenshtein distance between a and b in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
