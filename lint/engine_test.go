package lint

import (
	"context"
	"strings"
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
