package config

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/lint"
)

// optionError is a problem with a rule option, found before the parser
// turns it into an *Error.
type optionError struct {
	node *yaml.Node
	key  string
	msg  string
}

// mapping returns a mapping node holding the given key and value nodes.
func mapping(pairs []*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: pairs}
}

// mergeOptions combines option layers, each a list of key and value nodes:
// a key in a later layer replaces the same key of an earlier one.
func mergeOptions(layers ...[]*yaml.Node) []*yaml.Node {
	var out []*yaml.Node
	for _, l := range layers {
		for i := 0; i+1 < len(l); i += 2 {
			k, v := l[i], l[i+1]
			replaced := false
			for j := 0; j+1 < len(out); j += 2 {
				if out[j].Value == k.Value {
					out[j+1], replaced = v, true
					break
				}
			}
			if !replaced {
				out = append(out, k, v)
			}
		}
	}
	return out
}

// decodeOptions decodes the combined option layers into a new value made
// by r.Options.
func decodeOptions(r *lint.Rule, layers ...[]*yaml.Node) (any, error) {
	v := r.Options()
	if err := mapping(mergeOptions(layers...)).Decode(v); err != nil {
		return nil, err
	}
	return v, nil
}

// checkOptions checks the option mapping m of rule r against the type of
// the value r.Options returns: every key must name a field (by its yaml
// tag), and every value must decode into its field. key is the dotted path
// of the rule's settings.
func checkOptions(r *lint.Rule, m *yaml.Node, key string) []optionError {
	v := r.Options()
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []optionError{{
			node: m.Content[0],
			key:  key,
			msg:  fmt.Sprintf("rule %s cannot be configured: its options are %T, not a pointer", r.Name, v),
		}}
	}
	// An options type that decodes itself defines its own keys: only
	// decoding can check them.
	if t := rv.Type().Elem(); !customDecoding(t) {
		c := &checker{}
		c.value(m, t, key, true)
		if len(c.errs) > 0 {
			return c.errs
		}
	}
	// The checks above follow the decoder's rules; decoding is the final
	// word.
	if err := m.Decode(v); err != nil {
		return decodeErrors(m, key, err)
	}
	if val, ok := v.(lint.OptionsValidator); ok {
		if err := val.Validate(); err != nil {
			return []optionError{{node: firstNode(m), key: key, msg: err.Error()}}
		}
	}
	return nil
}

// decodeErrors maps an error from decoding node m to positions: yaml
// reports the line of each problem, and the first node of m on that line
// gives the column.
func decodeErrors(m *yaml.Node, key string, err error) []optionError {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return []optionError{{node: firstNode(m), key: key, msg: cleanDecodeError(err)}}
	}
	var out []optionError
	for _, msg := range te.Errors {
		node := firstNode(m)
		if mm := linePrefix.FindStringSubmatch(msg); mm != nil {
			line, _ := strconv.Atoi(mm[1])
			value := ""
			if v := quotedValue.FindStringSubmatch(mm[2]); v != nil {
				value = v[1]
			}
			if n := nodeAtLine(m, line, value); n != nil {
				node = n
			}
			msg = mm[2]
		}
		out = append(out, optionError{node: node, key: key, msg: msg})
	}
	return out
}

// linePrefix matches the line yaml puts in front of decoding errors, and
// quotedValue the value such an error quotes.
var (
	linePrefix  = regexp.MustCompile(`^line (\d+): (.*)$`)
	quotedValue = regexp.MustCompile("cannot unmarshal !![a-z]+ `([^`]*)`")
)

// cleanDecodeError returns the text of a decoding error without yaml's
// prefixes.
func cleanDecodeError(err error) string {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs := make([]string, len(te.Errors))
		for i, m := range te.Errors {
			if mm := linePrefix.FindStringSubmatch(m); mm != nil {
				m = mm[2]
			}
			msgs[i] = m
		}
		return strings.Join(msgs, "; ")
	}
	return strings.TrimPrefix(err.Error(), "yaml: ")
}

// firstNode returns the first node of n's tree that has a position.
func firstNode(n *yaml.Node) *yaml.Node {
	if n.Line > 0 {
		return n
	}
	for _, c := range n.Content {
		if f := firstNode(c); f.Line > 0 {
			return f
		}
	}
	return n
}

// nodeAtLine returns the node of n's tree on the given line whose value
// is value, else the first node on that line, else nil.
func nodeAtLine(n *yaml.Node, line int, value string) *yaml.Node {
	var first, exact *yaml.Node
	var walk func(*yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Line == line {
			if first == nil {
				first = n
			}
			if exact == nil && n.Kind == yaml.ScalarNode && value != "" && n.Value == value {
				exact = n
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(n)
	if exact != nil {
		return exact
	}
	return first
}

// checker walks option nodes alongside the Go type they decode into.
type checker struct {
	errs []optionError
}

func (c *checker) errorf(n *yaml.Node, key, format string, args ...any) {
	c.errs = append(c.errs, optionError{node: n, key: key, msg: fmt.Sprintf(format, args...)})
}

var (
	yamlUnmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	durationType        = reflect.TypeFor[time.Duration]()
)

// customDecoding reports whether values of type t decode themselves.
func customDecoding(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	for _, x := range []reflect.Type{t, pt} {
		if x.Implements(yamlUnmarshalerType) || x.Implements(textUnmarshalerType) {
			return true
		}
		if _, ok := x.MethodByName("UnmarshalYAML"); ok {
			return true
		}
	}
	return false
}

// value checks node n against type t. root tells whether n is the rule's
// option mapping itself.
func (c *checker) value(n *yaml.Node, t reflect.Type, key string, root bool) {
	n = resolve(n)
	if isNull(n) {
		return // null leaves the default in place
	}
	if customDecoding(t) {
		c.decode(n, t, key)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		c.value(n, t.Elem(), key, root)
	case reflect.Interface:
		// Anything decodes into an interface.
	case reflect.Struct:
		c.structValue(n, t, key, root)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			c.errorf(n, key, "want a mapping, got %s", describeNode(n))
			return
		}
		c.mapEntries(n, t, key)
	case reflect.Slice, reflect.Array:
		if n.Kind != yaml.SequenceNode {
			c.errorf(n, key, "want %s, got %s", describeType(t), describeNode(n))
			return
		}
		if t.Kind() == reflect.Array && len(n.Content) != t.Len() {
			c.errorf(n, key, "want a list of %d, got %d", t.Len(), len(n.Content))
			return
		}
		for i, item := range n.Content {
			c.value(item, t.Elem(), fmt.Sprintf("%s[%d]", key, i), false)
		}
	default:
		if n.Kind != yaml.ScalarNode || isInteger(t) && n.ShortTag() == "!!float" {
			// yaml would truncate a fraction into an integer.
			c.errorf(n, key, "want %s, got %s", describeType(t), describeNode(n))
			return
		}
		c.decode(n, t, key)
	}
}

// decode decodes n into a new value of type t and reports a failure at n.
func (c *checker) decode(n *yaml.Node, t reflect.Type, key string) {
	err := n.Decode(reflect.New(t).Interface())
	if err == nil {
		return
	}
	if customDecoding(t) {
		c.errorf(n, key, "%s", cleanDecodeError(err))
		return
	}
	c.errorf(n, key, "want %s, got %s", describeType(t), describeNode(n))
}

// fieldSet is the set of yaml keys a struct type accepts.
type fieldSet struct {
	types     map[string]reflect.Type
	names     []string     // in declaration order, for messages
	inlineMap reflect.Type // the type of an ",inline" map, which takes any other key
}

// fields returns the keys struct type t accepts, following yaml's rules:
// the yaml tag's name, else the lower-cased field name; "-" skips a field;
// ",inline" structs add their fields and an ",inline" map takes the rest.
func fields(t reflect.Type) *fieldSet {
	fs := &fieldSet{types: make(map[string]reflect.Type)}
	fs.collect(t)
	return fs
}

func (fs *fieldSet) collect(t reflect.Type) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		if tag == "" && !strings.Contains(string(f.Tag), ":") {
			tag = string(f.Tag)
		}
		if tag == "-" {
			continue
		}
		name, flags, _ := strings.Cut(tag, ",")
		if slices.Contains(strings.Split(flags, ","), "inline") {
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch ft.Kind() {
			case reflect.Map:
				fs.inlineMap = ft
			case reflect.Struct:
				fs.collect(ft)
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if _, dup := fs.types[name]; !dup {
			fs.names = append(fs.names, name)
		}
		fs.types[name] = f.Type
	}
}

// structValue checks a mapping against struct type t.
func (c *checker) structValue(n *yaml.Node, t reflect.Type, key string, root bool) {
	if n.Kind != yaml.MappingNode {
		c.errorf(n, key, "want a mapping, got %s", describeNode(n))
		return
	}
	fs := fields(t)
	seen := make(map[string]*yaml.Node)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			c.errorf(k, key, "a key must be a string, not %s", describeNode(k))
			continue
		}
		full := key + "." + k.Value
		if first, dup := seen[k.Value]; dup {
			c.errorf(k, full, "key given twice (first at line %d)", first.Line)
			continue
		}
		seen[k.Value] = k
		ft, ok := fs.types[k.Value]
		switch {
		case ok:
			c.value(v, ft, full, false)
		case fs.inlineMap != nil:
			c.mapEntries(mapping([]*yaml.Node{k, v}), fs.inlineMap, key)
		default:
			what, list := "key", "want one of "+strings.Join(fs.names, ", ")
			if root {
				what = "option"
				list = "the rule's options are " + strings.Join(fs.names, ", ")
				if len(fs.names) == 0 {
					list = "the rule has no options"
				}
			}
			c.errorf(k, full, "%s", unknown(what, k.Value, fs.names, list))
		}
	}
}

// mapEntries checks the entries of mapping n against map type t.
func (c *checker) mapEntries(n *yaml.Node, t reflect.Type, key string) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		full := key + "." + k.Value
		if k.Kind != yaml.ScalarNode {
			full = key
		}
		if err := k.Decode(reflect.New(t.Key()).Interface()); err != nil {
			c.errorf(k, full, "invalid key: want %s, got %s", describeType(t.Key()), describeNode(k))
			continue
		}
		c.value(v, t.Elem(), full, false)
	}
}

// isInteger reports whether t holds whole numbers (durations excluded).
func isInteger(t reflect.Type) bool {
	if t == durationType {
		return false
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

// describeType names what a value of type t looks like in YAML.
func describeType(t reflect.Type) string {
	if t == durationType {
		return "a duration such as 30s"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "an integer"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "a non-negative integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "a list of " + plural(describeType(t.Elem()))
	case reflect.Map, reflect.Struct:
		return "a mapping"
	case reflect.Pointer:
		return describeType(t.Elem())
	}
	return "a value of type " + t.String()
}

// plural turns "a string" into "strings" for describeType.
func plural(s string) string {
	switch {
	case s == "true or false":
		return "booleans"
	case strings.HasPrefix(s, "a list of "):
		return "lists of " + strings.TrimPrefix(s, "a list of ")
	case strings.HasPrefix(s, "a duration"):
		return "durations"
	case strings.HasPrefix(s, "a value of type "):
		return "values of type " + strings.TrimPrefix(s, "a value of type ")
	case strings.HasPrefix(s, "an "):
		return strings.TrimPrefix(s, "an ") + "s"
	case strings.HasPrefix(s, "a "):
		return strings.TrimPrefix(s, "a ") + "s"
	}
	return s
}
