// Package linttest runs rules over test articles and compares their
// findings and fixed output with golden files, in the manner of
// golang.org/x/tools/go/analysis/analysistest.
//
// For every article NAME.txt or NAME.md in a test data folder it expects:
//
//   - NAME.EXT.findings: the findings, one per line as
//     "line:col-endline:endcol: severity: message [rule]", each fix
//     indented below its finding;
//   - NAME.EXT.golden: the article after safe fixes, present exactly when
//     they change it;
//   - NAME.EXT.unsafe.golden: the article after safe and unsafe fixes,
//     present exactly when that differs from the safe result.
//
// Run the tests with -update to rewrite the golden files, then review the
// diff: the golden files are the assertions.
package linttest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Run checks every article in dir against its golden files, linting with
// the given rules only.
func Run(t *testing.T, dir string, rules ...*lint.Rule) {
	t.Helper()
	RunSettings(t, dir, nil, rules...)
}

// RunSettings is Run with settings applied to every article.
func RunSettings(t *testing.T, dir string, s *lint.Settings, rules ...*lint.Rule) {
	t.Helper()
	l, err := lint.New(rules...)
	if err != nil {
		t.Fatal(err)
	}
	var inputs []string
	for _, pat := range []string{"*.txt", "*.md"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, m...)
	}
	slices.Sort(inputs)
	if len(inputs) == 0 {
		t.Fatalf("no test articles (*.txt, *.md) in %s", dir)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			Check(t, l, in, s)
		})
	}
}

// Check lints one article file with l and compares the results with its
// golden files.
func Check(t *testing.T, l *lint.Linter, path string, s *lint.Settings) {
	t.Helper()
	ctx := context.Background()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(path, src, article.FormatOf(path))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	fs, err := l.Lint(ctx, a, s)
	if err != nil {
		t.Fatal(err)
	}
	Golden(t, path+".findings", FormatFindings(a, fs))

	safe := fixed(t, l, a, s, false)
	golden(t, path+".golden", safe, safe != a.Src)
	unsafe := fixed(t, l, a, s, true)
	golden(t, path+".unsafe.golden", unsafe, unsafe != safe)
}

// fixed fixes a and checks that the result is stable: fixing it again
// changes nothing and leaves no finding with an applicable fix.
func fixed(t *testing.T, l *lint.Linter, a *article.Article, s *lint.Settings, unsafe bool) string {
	t.Helper()
	ctx := context.Background()
	opts := lint.FixOptions{Unsafe: unsafe}
	res, err := l.Fix(ctx, a, s, opts)
	if err != nil {
		t.Fatalf("fix (unsafe=%v): %v", unsafe, err)
	}
	for _, f := range res.Remaining {
		for _, fix := range f.Fixes {
			if fix.Applicability == lint.Safe || unsafe {
				t.Errorf("fix (unsafe=%v) left a fixable finding after %d passes: %s", unsafe, res.Passes, formatFinding(res.Article, f))
			}
		}
	}
	again, err := l.Fix(ctx, res.Article, s, opts)
	if err != nil {
		t.Fatalf("fix again: %v", err)
	}
	if again.Article.Src != res.Article.Src {
		t.Errorf("fix (unsafe=%v) is not idempotent:\nonce:  %q\ntwice: %q", unsafe, res.Article.Src, again.Article.Src)
	}
	return res.Article.Src
}

// golden compares got with the file at path when want is true, and checks
// that no such file exists otherwise.
func golden(t *testing.T, path, got string, want bool) {
	t.Helper()
	if want {
		Golden(t, path, got)
		return
	}
	if *update {
		if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return
	}
	if _, err := os.Stat(path); err == nil {
		t.Errorf("%s exists but fixing changes nothing here; run with -update", path)
	}
}

// Golden compares got with the contents of the file at path, or rewrites
// the file when the test runs with -update.
func Golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run with -update to rewrite it, then review):\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

// FormatFindings renders findings in the golden-file format.
func FormatFindings(a *article.Article, fs []lint.Finding) string {
	var sb strings.Builder
	for _, f := range fs {
		sb.WriteString(formatFinding(a, f))
		sb.WriteByte('\n')
		for _, fix := range f.Fixes {
			fmt.Fprintf(&sb, "\tfix (%s): %s\n", fix.Applicability, fix.Message)
			for _, e := range fix.Edits {
				fmt.Fprintf(&sb, "\t\t%s: %q -> %q\n", rangeOf(a, e.Pos, e.End), a.Src[e.Pos:e.End], e.NewText)
			}
		}
	}
	return sb.String()
}

func formatFinding(a *article.Article, f lint.Finding) string {
	where := "file"
	if f.Pos != lint.WholeFile {
		where = rangeOf(a, f.Pos, f.End)
	}
	s := fmt.Sprintf("%s: %s: %s [%s]", where, f.Severity, f.Message, f.Rule)
	if len(f.Data) > 0 {
		keys := make([]string, 0, len(f.Data))
		for k := range f.Data {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			s += fmt.Sprintf(" %s=%s", k, f.Data[k])
		}
	}
	return s
}

func rangeOf(a *article.Article, pos, end int) string {
	l1, c1 := a.Position(pos)
	l2, c2 := a.Position(end)
	return fmt.Sprintf("%d:%d-%d:%d", l1, c1, l2, c2)
}
