package config

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/lint"
)

// Base is embedded inline in richOptions.
type Base struct {
	Name string `yaml:"name"`
}

// richOptions exercise the kinds of option fields yaml decodes.
type richOptions struct {
	Base   `yaml:",inline"`
	Limit  *int            `yaml:"limit"`
	Pair   [2]string       `yaml:"pair"`
	Wait   time.Duration   `yaml:"wait"`
	Count  uint            `yaml:"count"`
	Any    any             `yaml:"any"`
	Skip   int             `yaml:"-"`
	Plain  string          // decoded from the key "plain"
	Ratios map[int]float64 `yaml:"ratios"`
	Tags   [][]string      `yaml:"tags"`
}

// openOptions take any key through an inline map.
type openOptions struct {
	Mode  string            `yaml:"mode"`
	Extra map[string]string `yaml:",inline"`
}

func optionsLinter(t *testing.T) *lint.Linter {
	t.Helper()
	l, err := lint.New(
		fakeRule("rich", lint.Info, func() any { return &richOptions{Count: 1} }),
		fakeRule("open", lint.Info, func() any { return &openOptions{Mode: "fast"} }),
		fakeRule("broken", lint.Info, func() any { return richOptions{} }),
	)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestOptionTypes(t *testing.T) {
	seven := 7
	tests := []struct {
		name, rules string // the body of "rules:", indented by two spaces
		want        string // the error, or "" for success
		check       any    // the options expected on success
	}{
		{
			name:  "every kind",
			rules: "rich:\n    name: n\n    limit: 7\n    pair: [a, b]\n    wait: 30s\n    count: 3\n    any: {x: [1]}\n    plain: p\n    ratios: {1: 0.5}\n    tags: [[a], [b, c]]\n",
			check: &richOptions{Base: Base{Name: "n"}, Limit: &seven, Pair: [2]string{"a", "b"}, Wait: 30 * time.Second, Count: 3,
				Any: map[string]any{"x": []any{1}}, Plain: "p", Ratios: map[int]float64{1: 0.5},
				Tags: [][]string{{"a"}, {"b", "c"}}},
		},
		{name: "null keeps the default", rules: "rich:\n    count: ~\n", check: &richOptions{Count: 1}},
		{name: "pointer", rules: "rich:\n    limit: x\n", want: `3:12: rules.rich.limit: want an integer, got "x"`},
		{name: "array length", rules: "rich:\n    pair: [a]\n", want: `3:11: rules.rich.pair: want a list of 2, got 1`},
		{name: "duration", rules: "rich:\n    wait: soon\n", want: `3:11: rules.rich.wait: want a duration such as 30s, got "soon"`},
		{name: "negative", rules: "rich:\n    count: -1\n", want: `3:12: rules.rich.count: want a non-negative integer, got -1`},
		{name: "skipped field", rules: "rich:\n    skip: 1\n", want: `3:5: rules.rich.skip: unknown option (the rule's options are name, limit, pair, wait, count, any, plain, ratios, tags)`},
		{name: "map key", rules: "rich:\n    ratios: {x: 0.5}\n", want: `3:14: rules.rich.ratios.x: invalid key: want an integer, got "x"`},
		{name: "nested list", rules: "rich:\n    tags: [[a], b]\n", want: `3:17: rules.rich.tags[1]: want a list of strings, got "b"`},
		{name: "nested list element", rules: "rich:\n    tags: [[a, {b: c}]]\n", want: `3:16: rules.rich.tags[0][1]: want a string, got a mapping`},
		{name: "scalar for a mapping", rules: "rich:\n    ratios: 3\n", want: `3:13: rules.rich.ratios: want a mapping, got 3`},
		{name: "duplicate option", rules: "rich:\n    count: 1\n    count: 2\n", want: `4:5: rules.rich.count: key given twice (first at line 3)`},
		{name: "inline map", rules: "open:\n    mode: slow\n    anything: goes\n", check: &openOptions{Mode: "slow", Extra: map[string]string{"anything": "goes"}}},
		{name: "inline map value", rules: "open:\n    anything: [1]\n", want: `3:15: rules.open.anything: want a string, got a list`},
		{name: "options not a pointer", rules: "broken:\n    count: 1\n", want: `3:5: rules.broken: rule broken cannot be configured: its options are config.richOptions, not a pointer`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, FileName, "rules:\n  "+tt.rules)
			t.Chdir(dir)
			f, err := Load(FileName, optionsLinter(t))
			if tt.want != "" {
				if err == nil || err.Error() != FileName+":"+tt.want {
					t.Fatalf("Load error: %v\nwant: %s:%s", err, FileName, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			name, _, _ := strings.Cut(tt.rules, ":")
			got := f.Settings("a.txt").Rules[name].Options
			if !reflect.DeepEqual(got, tt.check) {
				t.Errorf("options = %+v, want %+v", got, tt.check)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	var doc yaml.Node
	src := "a: 1\nb: [2, x, 4]\nc: [y]\n"
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	m := doc.Content[0]
	var v struct {
		B []int `yaml:"b"`
		C []int `yaml:"c"`
	}
	err := m.Decode(&v)
	if err == nil {
		t.Fatal("decode succeeded")
	}
	got := decodeErrors(m, "k", err)
	want := []struct {
		line, col int
		msg       string
	}{
		{2, 8, "cannot unmarshal !!str `x` into int"},
		{3, 5, "cannot unmarshal !!str `y` into int"},
	}
	if len(got) != len(want) {
		t.Fatalf("decodeErrors = %+v, want %d errors", got, len(want))
	}
	for i, w := range want {
		if g := got[i]; g.node.Line != w.line || g.node.Column != w.col || g.msg != w.msg || g.key != "k" {
			t.Errorf("error %d = %d:%d %s: %s, want %d:%d k: %s", i, g.node.Line, g.node.Column, g.key, g.msg, w.line, w.col, w.msg)
		}
	}
	if msg := cleanDecodeError(err); msg != "cannot unmarshal !!str `x` into int; cannot unmarshal !!str `y` into int" {
		t.Errorf("cleanDecodeError = %q", msg)
	}
}

func TestMergeOptions(t *testing.T) {
	key := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }
	a, b, c, x := key("a"), key("b"), key("c"), key("x")
	// The value of a is the string "b": it must not be taken for key b.
	got := mergeOptions([]*yaml.Node{a, b, b, c}, []*yaml.Node{b, x})
	want := []*yaml.Node{a, b, b, x}
	if len(got) != len(want) {
		t.Fatalf("mergeOptions gave %d nodes, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("node %d = %q, want %q", i, got[i].Value, want[i].Value)
		}
	}
}

func TestDescribeType(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{[]bool{}, "a list of booleans"},
		{[][]int{}, "a list of lists of integers"},
		{[]time.Duration{}, "a list of durations"},
		{[]chan int{}, "a list of values of type chan int"},
		{[]map[string]int{}, "a list of mappings"},
		{[]*float64{}, "a list of numbers"},
		{[]uint8{}, "a list of non-negative integers"},
	}
	for _, tt := range tests {
		if got := describeType(reflect.TypeOf(tt.v)); got != tt.want {
			t.Errorf("describeType(%T) = %q, want %q", tt.v, got, tt.want)
		}
	}
}
