package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/report"
)

// tally counts what a run found, for the summary line that ends text
// output.
type tally struct {
	files    int // articles checked
	broken   int // sources that could not be checked
	dirty    int // articles with findings
	findings int
	bySev    map[lint.Severity]int
	// safe counts the findings a safe fix repairs; unsafe those only an
	// unsafe fix repairs.
	safe, unsafe int
	// safePaths and unsafePaths are the files holding such findings, in
	// order.
	safePaths, unsafePaths []string
}

// add counts the outcome of one source.
func (t *tally) add(src *source, o *outcome) {
	if o.file == nil {
		if len(o.errs) > 0 {
			t.broken++
		}
		return
	}
	t.files++
	if len(o.file.Findings) == 0 {
		return
	}
	t.dirty++
	if t.bySev == nil {
		t.bySev = map[lint.Severity]int{}
	}
	hasSafe, hasUnsafe := false, false
	for i := range o.file.Findings {
		x := &o.file.Findings[i]
		t.findings++
		t.bySev[x.Severity]++
		switch fixKind(x) {
		case lint.SafeFix:
			t.safe++
			hasSafe = true
		case lint.UnsafeFix:
			t.unsafe++
			hasUnsafe = true
		}
	}
	path := src.path
	if src.stdin {
		path = "-"
	}
	if hasSafe {
		t.safePaths = append(t.safePaths, path)
	}
	if hasUnsafe {
		t.unsafePaths = append(t.unsafePaths, path)
	}
}

// fixKind tells how a finding can be fixed: SafeFix when one of its fixes
// is safe, UnsafeFix when it only has unsafe ones, NoFix otherwise.
func fixKind(x *lint.Finding) lint.Fixability {
	kind := lint.NoFix
	for _, f := range x.Fixes {
		if f.Applicability == lint.Safe {
			return lint.SafeFix
		}
		kind = lint.UnsafeFix
	}
	return kind
}

// summaryStyle adapts the summary line to the verb.
type summaryStyle struct {
	// left words the line for fix, which reports what remains.
	left bool
	// noun names what was checked: "file" or "staged file".
	noun string
	// fixCommand returns the command that applies the fixes of the files
	// given (unsafe ones too when unsafe is set).
	fixCommand func(unsafe bool, paths []string) string
}

// verb returns what the run did to files: "checked" or "fixed".
func (s summaryStyle) verb() string {
	if s.left {
		return "fixed"
	}
	return "checked"
}

// line returns the summary line, such as
//
//	Found 12 problems (2 errors, 10 warnings) in 3 of 40 files; 9 fixable with "newslint fix", 2 more with "newslint fix --unsafe-fixes".
func (t *tally) line(s summaryStyle) string {
	var b strings.Builder
	switch {
	case t.findings == 0 && t.files == 0 && t.broken > 0:
		fmt.Fprintf(&b, "%s not %s (see the errors above).", plural(t.broken, "file"), s.verb())
		return report.Sanitize(b.String())
	case t.findings == 0 && t.files == 0:
		b.WriteString("No articles checked")
	case t.findings == 0 && s.left:
		fmt.Fprintf(&b, "No problems left in %s", plural(t.files, s.noun))
	case t.findings == 0:
		fmt.Fprintf(&b, "No problems found in %s", plural(t.files, s.noun))
	default:
		if s.left {
			fmt.Fprintf(&b, "%s left", plural(t.findings, "problem"))
		} else {
			fmt.Fprintf(&b, "Found %s", plural(t.findings, "problem"))
		}
		var sev []string
		for _, v := range []lint.Severity{lint.Error, lint.Warning, lint.Info} {
			if n := t.bySev[v]; n > 0 {
				name := plural(n, v.String())
				if v == lint.Info {
					name = fmt.Sprintf("%d info", n)
				}
				sev = append(sev, name)
			}
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(sev, ", "))
		if t.dirty == t.files {
			fmt.Fprintf(&b, " in %s", plural(t.files, s.noun))
		} else {
			fmt.Fprintf(&b, " in %d of %s", t.dirty, plural(t.files, s.noun))
		}
		switch {
		case t.safe > 0 && t.unsafe > 0:
			fmt.Fprintf(&b, "; %d fixable with \"%s\", %d more with \"%s\"", t.safe, s.fixCommand(false, t.safePaths), t.unsafe, s.fixCommand(true, t.unsafePaths))
		case t.safe > 0:
			fmt.Fprintf(&b, "; %d fixable with \"%s\"", t.safe, s.fixCommand(false, t.safePaths))
		case t.unsafe > 0:
			fmt.Fprintf(&b, "; %d fixable with \"%s\"", t.unsafe, s.fixCommand(true, t.unsafePaths))
		}
	}
	if t.broken > 0 {
		fmt.Fprintf(&b, "; %s not %s (see the errors above)", plural(t.broken, "file"), s.verb())
	}
	b.WriteString(".")
	return report.Sanitize(b.String())
}

// shellQuote quotes s for a POSIX shell when it needs quoting.
func shellQuote(s string) string {
	plain := func(r rune) bool {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("_@%+=:,./-", r)
	}
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !plain(r) }) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// maxFixPaths is the number of files a fix command names at most; for
// more, it names the paths of the command line.
const maxFixPaths = 3

// fixCommand returns the command line that fixes what a check of args
// found: "newslint fix", the flags that chose the configuration, and the
// files to fix, or the paths of the command line when there are many such
// files. A check of staged files names the files whatever their number.
func (r *runner) fixCommand(args []string, staged bool) func(unsafe bool, paths []string) string {
	return func(unsafe bool, paths []string) string {
		words := []string{"newslint", "fix"}
		if unsafe {
			words = append(words, "--unsafe-fixes")
		}
		if r.flags.config != "" {
			words = append(words, "--config", shellQuote(r.flags.config))
		}
		if len(paths) > maxFixPaths && !staged {
			paths = args
		}
		if r.flags.stdinFilename != "" && slices.Contains(paths, "-") {
			words = append(words, "--stdin-filename", shellQuote(r.flags.stdinFilename))
		}
		for _, p := range paths {
			if strings.HasPrefix(p, "-") && p != "-" {
				p = "./" + p // not a flag
			}
			words = append(words, shellQuote(p))
		}
		return strings.Join(words, " ")
	}
}
