package lint

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/newslint/newslint/lint/article"
)

func TestNewRejectsBadRules(t *testing.T) {
	run := func(context.Context, *Pass) error { return nil }
	tests := []struct {
		name  string
		rules []*Rule
		want  string
	}{
		{"no name", []*Rule{{Severity: Info, Run: run}}, "without a name"},
		{"duplicate", []*Rule{{Name: "x", Severity: Info, Run: run}, {Name: "x", Severity: Info, Run: run}}, "two rules"},
		{"no run", []*Rule{{Name: "x", Severity: Info}}, "no Run"},
		{"no severity", []*Rule{{Name: "x", Run: run}}, "severity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.rules...); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New: %v, want error containing %q", err, tt.want)
			}
		})
	}
}

func TestLintChecksWhatRulesReport(t *testing.T) {
	bad := map[string]Finding{
		"range outside":   {Pos: 0, End: 100},
		"splits a rune":   {Pos: 1, End: 2},
		"edit outside":    {Pos: 0, End: 1, Fixes: []Fix{{Edits: []Edit{{0, 99, ""}}}}},
		"no edits":        {Pos: 0, End: 1, Fixes: []Fix{{Message: "nothing"}}},
		"edits unsorted":  {Pos: 0, End: 1, Fixes: []Fix{{Edits: []Edit{{2, 3, ""}, {0, 1, ""}}}}},
		"invalid UTF-8":   {Pos: 0, End: 1, Fixes: []Fix{{Edits: []Edit{{0, 1, "\xff"}}}}},
		"edits overlap":   {Pos: 0, End: 1, Fixes: []Fix{{Edits: []Edit{{0, 2, ""}, {1, 3, ""}}}}},
		"negative ranges": {Pos: -2, End: 1},
	}
	for name, f := range bad {
		t.Run(name, func(t *testing.T) {
			r := &Rule{Name: "bad", Severity: Warning, Run: func(_ context.Context, p *Pass) error {
				p.Report(f)
				return nil
			}}
			l, err := New(r)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := l.Lint(context.Background(), mustParse(t, "é abc\n"), nil); err == nil {
				t.Errorf("Lint accepted a bad finding")
			}
		})
	}
}

func TestLintRecoversFromPanics(t *testing.T) {
	r := &Rule{Name: "boom", Severity: Warning, Run: func(context.Context, *Pass) error { panic("kaput") }}
	l, _ := New(r)
	_, err := l.Lint(context.Background(), mustParse(t, "x\n"), nil)
	if err == nil || !strings.Contains(err.Error(), "rule boom panicked on t.txt: kaput") {
		t.Fatalf("err = %v", err)
	}
}

func TestSettings(t *testing.T) {
	l, _ := New(wordRule("a", "cat", "dog", Safe), wordRule("b", "dog", "cat", Safe))
	a := mustParse(t, "cat dog\n")
	s := &Settings{Rules: map[string]RuleSettings{
		"a": {Severity: Error},
		"b": {Off: true},
	}}
	fs, err := l.Lint(context.Background(), a, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Rule != "a" || fs[0].Severity != Error {
		t.Fatalf("findings = %+v, want one error from a", fs)
	}
}

func TestSuppressions(t *testing.T) {
	l, _ := New(UnusedSuppression(), wordRule("cat", "cat", "dog", Safe), wordRule("off", "zzz", "", Safe))
	a := mustParse(t, "cat one\ncat two\ncat three\n")
	// Hand-made suppressions, as the Markdown parser produces them.
	a.Suppressions = []article.Suppression{
		{Directive: article.Span{Start: 0, End: 1}, Rules: []string{"cat"}, Scope: article.Span{Start: 8, End: 15}},
		{Directive: article.Span{Start: 1, End: 2}, Scope: article.Span{Start: 16, End: 25}},
		{Directive: article.Span{Start: 2, End: 3}, Rules: []string{"cat"}, Scope: article.Span{Start: 3, End: 6}},
		{Directive: article.Span{Start: 3, End: 4}, Rules: []string{"off"}, Scope: article.Span{Start: 3, End: 6}},
	}
	s := &Settings{Rules: map[string]RuleSettings{"off": {Off: true}}}
	fs, err := l.Lint(context.Background(), a, s)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule+"@"+a.Src[f.Pos:f.End]+": "+f.Message)
	}
	want := []string{
		"cat@cat: found cat",
		"unused-suppression@t: suppression does not silence any cat finding",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSeverityText(t *testing.T) {
	for _, s := range []Severity{Info, Warning, Error} {
		var got Severity
		if err := got.UnmarshalText([]byte(s.String())); err != nil || got != s {
			t.Errorf("round trip of %v: %v, %v", s, got, err)
		}
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity accepted fatal")
	}
}

// memoKey is a Memo key type owned by these tests.
type memoKey struct{ name string }

func TestMemo(t *testing.T) {
	// Each rule asks for the keys it is given and reports the value it
	// gets; calls counts the computations of each key.
	calls := map[memoKey]int{}
	compute := func(k memoKey) func() (any, error) {
		return func() (any, error) {
			calls[k]++
			if k.name == "fails" {
				return nil, errors.New("no value")
			}
			return k.name + strconv.Itoa(calls[k]), nil
		}
	}
	asker := func(name string, keys ...memoKey) *Rule {
		return &Rule{Name: name, Severity: Warning, Run: func(_ context.Context, p *Pass) error {
			for _, k := range keys {
				v, err := p.Memo(k, compute(k))
				if err != nil {
					p.Reportf(0, 1, "%s: %v", k.name, err)
					continue
				}
				p.Reportf(0, 1, "%s", v)
			}
			return nil
		}}
	}
	a, b, fails := memoKey{"a"}, memoKey{"b"}, memoKey{"fails"}
	l, err := New(asker("r1", a, fails), asker("r2", a, b, fails), asker("r3", b))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want []string
	}{
		// Within one call every key is computed once, errors included.
		{"first call", []string{"r1:a1", "r1:fails: no value", "r2:a1", "r2:b1", "r2:fails: no value", "r3:b1"}},
		// A new call starts with an empty store.
		{"second call", []string{"r1:a2", "r1:fails: no value", "r2:a2", "r2:b2", "r2:fails: no value", "r3:b2"}},
	}
	for _, tt := range tests {
		fs, err := l.Lint(context.Background(), mustParse(t, "x\n"), nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.Rule+":"+f.Message)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	if want := map[memoKey]int{a: 2, b: 2, fails: 2}; !maps.Equal(calls, want) {
		t.Errorf("computations = %v, want %v", calls, want)
	}
}

func TestMemoConcurrentAndPanics(t *testing.T) {
	var m memo
	var n atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := m.get(memoKey{"x"}, func() (any, error) { n.Add(1); return 42, nil })
			if v != 42 || err != nil {
				t.Errorf("get = %v, %v", v, err)
			}
		}()
	}
	wg.Wait()
	if n.Load() != 1 {
		t.Errorf("computed %d times, want once", n.Load())
	}
	// A computation that panics leaves an error, not a missing value.
	func() {
		defer func() { _ = recover() }()
		_, _ = m.get(memoKey{"p"}, func() (any, error) { panic("kaput") })
	}()
	if _, err := m.get(memoKey{"p"}, func() (any, error) { return 1, nil }); err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Errorf("after a panic: err = %v", err)
	}
	// A Pass the engine did not make computes every time.
	p := &Pass{}
	for want := 1; want <= 2; want++ {
		if v, _ := p.Memo(memoKey{"x"}, func() (any, error) { return int(n.Add(1)), nil }); v != want+1 {
			t.Errorf("Memo without a store = %v, want %d", v, want+1)
		}
	}
}
