package cli

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/report"
)

func TestSummaryLine(t *testing.T) {
	safe := []lint.Fix{{Applicability: lint.Safe}}
	unsafe := []lint.Fix{{Applicability: lint.Unsafe}}
	both := []lint.Fix{{Applicability: lint.Unsafe}, {Applicability: lint.Safe}}
	file := func(path string, fs ...lint.Finding) (*source, *outcome) {
		return &source{name: path, path: path}, &outcome{file: &report.File{Path: path, Findings: fs}}
	}
	broken := func() (*source, *outcome) {
		return &source{name: "bad.txt", path: "bad.txt"}, &outcome{errs: []error{&problem{path: "bad.txt", msg: "bad"}}}
	}
	cmd := func(unsafe bool, paths []string) string {
		s := "newslint fix"
		if unsafe {
			s += " --unsafe-fixes"
		}
		return s + " " + strings.Join(paths, " ")
	}
	type pair struct {
		src *source
		o   *outcome
	}
	p := func(s *source, o *outcome) pair { return pair{s, o} }
	tests := []struct {
		name  string
		left  bool
		noun  string
		files []pair
		want  string
	}{
		{"nothing", false, "file", nil, "No articles checked."},
		{"clean", false, "file", []pair{p(file("a.txt")), p(file("b.txt"))}, "No problems found in 2 files."},
		{"clean, one", false, "staged file", []pair{p(file("a.txt"))}, "No problems found in 1 staged file."},
		{"broken only", false, "file", []pair{p(broken())}, "1 file not checked (see the errors above)."},
		{"broken only, fix", true, "file", []pair{p(broken()), p(broken())}, "2 files not fixed (see the errors above)."},
		{"clean and broken", false, "file", []pair{p(file("a.txt")), p(broken())}, "No problems found in 1 file; 1 file not checked (see the errors above)."},
		{"all kinds", false, "file", []pair{
			p(file("a.txt", lint.Finding{Severity: lint.Warning, Fixes: safe}, lint.Finding{Severity: lint.Error, Fixes: unsafe})),
			p(file("clean.txt")),
			p(file("b.txt", lint.Finding{Severity: lint.Info}, lint.Finding{Severity: lint.Warning, Fixes: both})),
			p(broken()),
		}, `Found 4 problems (1 error, 2 warnings, 1 info) in 2 of 3 files; 2 fixable with "newslint fix a.txt b.txt", 1 more with "newslint fix --unsafe-fixes a.txt"; 1 file not checked (see the errors above).`},
		{"unsafe only", false, "file", []pair{p(file("a.txt", lint.Finding{Severity: lint.Error, Fixes: unsafe}))},
			`Found 1 problem (1 error) in 1 file; 1 fixable with "newslint fix --unsafe-fixes a.txt".`},
		{"no fixes", false, "file", []pair{p(file("a.txt", lint.Finding{Severity: lint.Info}, lint.Finding{Severity: lint.Info}))},
			`Found 2 problems (2 info) in 1 file.`},
		{"left", true, "file", []pair{p(file("a.txt", lint.Finding{Severity: lint.Error, Fixes: unsafe})), p(file("b.txt"))},
			`1 problem left (1 error) in 1 of 2 files; 1 fixable with "newslint fix --unsafe-fixes a.txt".`},
		{"none left", true, "file", []pair{p(file("a.txt"))}, "No problems left in 1 file."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ta tally
			for _, f := range tt.files {
				ta.add(f.src, f.o)
			}
			got := ta.line(summaryStyle{left: tt.left, noun: tt.noun, fixCommand: cmd})
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestFixCommand(t *testing.T) {
	r := &runner{flags: &lintFlags{}}
	if got := r.fixCommand([]string{"articles"}, false)(false, []string{"a b.txt", "-x.txt"}); got != `newslint fix 'a b.txt' ./-x.txt` {
		t.Errorf("got %s", got)
	}
	many := []string{"1.txt", "2.txt", "3.txt", "4.txt"}
	if got := r.fixCommand([]string{"articles"}, false)(true, many); got != "newslint fix --unsafe-fixes articles" {
		t.Errorf("many files: got %s", got)
	}
	if got := r.fixCommand(nil, false)(false, many); got != "newslint fix" {
		t.Errorf("many files, no paths: got %s", got)
	}
	if got := r.fixCommand(nil, true)(false, many); got != "newslint fix 1.txt 2.txt 3.txt 4.txt" {
		t.Errorf("staged: got %s", got)
	}
	r.flags = &lintFlags{config: "my config.yaml", stdinFilename: "news/a.md"}
	if got := r.fixCommand([]string{"-"}, false)(false, []string{"-"}); got != `newslint fix --config 'my config.yaml' --stdin-filename news/a.md -` {
		t.Errorf("stdin: got %s", got)
	}
}

func TestShellQuote(t *testing.T) {
	tests := map[string]string{
		"a.txt":          "a.txt",
		"dir/a-b_c@d.md": "dir/a-b_c@d.md",
		"":               "''",
		"a b":            "'a b'",
		"it's":           `'it'\''s'`,
		"$HOME":          "'$HOME'",
		"café.txt":       "'café.txt'",
	}
	for in, want := range tests {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		done, total, width int
		want               string
	}{
		{0, 100, 80, "Checking [>" + strings.Repeat(" ", 39) + "] 0/100 files"},
		{50, 100, 80, "Checking [" + strings.Repeat("=", 20) + ">" + strings.Repeat(" ", 19) + "] 50/100 files"},
		{100, 100, 80, "Checking [" + strings.Repeat("=", 40) + "] 100/100 files"},
		{1, 4, 40, "Checking [====>" + strings.Repeat(" ", 13) + "] 1/4 files"},
		{1, 4, 20, "Checking 1/4 files"},
	}
	for _, tt := range tests {
		p := &progress{verb: "Checking", done: tt.done, total: tt.total, width: tt.width}
		got := p.line()
		if got != tt.want {
			t.Errorf("line(%d/%d, width %d) = %q, want %q", tt.done, tt.total, tt.width, got, tt.want)
		}
		if len(got) >= tt.width {
			t.Errorf("line(%d/%d) is %d columns wide, the terminal %d", tt.done, tt.total, len(got), tt.width)
		}
	}
}

func TestHookScript(t *testing.T) {
	s := hookScript("/opt/news lint/newslint")
	if !isOurHook([]byte(s)) {
		t.Error("the hook is not recognized as newslint's")
	}
	for _, want := range []string{"#!/bin/sh\n", "newslint='/opt/news lint/newslint'\n", `"$newslint" check --staged`} {
		if !strings.Contains(s, want) {
			t.Errorf("the hook lacks %q:\n%s", want, s)
		}
	}
	if isOurHook([]byte("#!/bin/sh\n# calls newslint pre-commit hook\nexit 0\n")) {
		t.Error("a foreign hook is taken for newslint's")
	}
}
