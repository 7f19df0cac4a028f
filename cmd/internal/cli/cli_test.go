package cli_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/newslint/newslint/cmd/internal/cli"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/trailingwhitespace"
)

var update = flag.Bool("update", false, "update the expected output in the test scripts")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		// newslint is the real command with every rule.
		"newslint": func() {
			os.Exit((&cli.Command{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}).Main(os.Args[1:]))
		},
		// newslint-test runs a fixed set of rules, so that scripts about
		// the command line do not change as rules are added.
		"newslint-test": func() {
			c := &cli.Command{
				Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
				Version: "v1.2.3-test",
				Rules:   testRules,
			}
			os.Exit(c.Main(os.Args[1:]))
		},
	})
}

// testRules returns trailing-whitespace, unused-suppression and three
// rules made for these tests:
//
//   - no-fixme (error) reports each "FIXME", with an unsafe fix that
//     deletes it and data naming the word;
//   - whole-note (info) reports the whole file when it holds "NOTE";
//   - explode (error) panics on a file holding "EXPLODE".
func testRules() []*lint.Rule {
	return []*lint.Rule{
		trailingwhitespace.New(),
		lint.UnusedSuppression(),
		{
			Name:     "no-fixme",
			Doc:      "A FIXME is left in the text.\n\nEditors leave FIXME in drafts.\n",
			Severity: lint.Error,
			Fixable:  lint.UnsafeFix,
			Run: func(_ context.Context, p *lint.Pass) error {
				src := p.Article.Src
				for i := 0; ; {
					j := strings.Index(src[i:], "FIXME")
					if j < 0 {
						return nil
					}
					pos := i + j
					end := pos + len("FIXME")
					del := end
					if del < len(src) && src[del] == ' ' {
						del++
					}
					p.Report(lint.Finding{
						Pos: pos, End: end, Message: "FIXME left in the text",
						Fixes: []lint.Fix{{Message: "delete it", Applicability: lint.Unsafe, Edits: []lint.Edit{{Pos: pos, End: del}}}},
						Data:  map[string]string{"word": "FIXME"},
					})
					i = end
				}
			},
		},
		{
			Name:     "whole-note",
			Doc:      "The article holds a NOTE.\n",
			Severity: lint.Info,
			Run: func(_ context.Context, p *lint.Pass) error {
				if strings.Contains(p.Article.Src, "NOTE") {
					p.Report(lint.Finding{Pos: lint.WholeFile, End: lint.WholeFile, Message: "the article holds a NOTE"})
				}
				return nil
			},
		},
		{
			Name:     "explode",
			Doc:      "Panics on EXPLODE.\n",
			Severity: lint.Error,
			Run: func(_ context.Context, p *lint.Pass) error {
				if strings.Contains(p.Article.Src, "EXPLODE") {
					panic("boom")
				}
				return nil
			},
		},
	}
}

// oldTime is the modification time settime gives files.
var oldTime = time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// status CODE PROGRAM [ARGS...] runs PROGRAM like exec and
			// checks its exit code.
			"status": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: status CODE PROGRAM [ARGS...]")
				}
				want, err := strconv.Atoi(args[0])
				ts.Check(err)
				got := 0
				if err := ts.Exec(args[1], args[2:]...); err != nil {
					var ee *exec.ExitError
					if !errors.As(err, &ee) {
						ts.Fatalf("%s: %v", args[1], err)
					}
					got = ee.ExitCode()
				}
				if got != want {
					ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
				}
			},
			// writebytes FILE TEXT writes TEXT, a Go string literal
			// without its quotes, to FILE: for bytes a script cannot
			// hold, such as invalid UTF-8.
			"writebytes": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: writebytes FILE TEXT")
				}
				data, err := strconv.Unquote(`"` + args[1] + `"`)
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(data), 0o644))
			},
			// settime FILE sets FILE's modification time to oldTime.
			"settime": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: settime FILE")
				}
				ts.Check(os.Chtimes(ts.MkAbs(args[0]), oldTime, oldTime))
			},
			// oldtime FILE checks that FILE's modification time is
			// still the one settime gave it.
			"oldtime": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: [!] oldtime FILE")
				}
				st, err := os.Stat(ts.MkAbs(args[0]))
				ts.Check(err)
				if old := st.ModTime().Equal(oldTime); old == neg {
					ts.Fatalf("%s modified at %v (neg: %v)", args[0], st.ModTime(), neg)
				}
			},
			// mode FILE PERM checks FILE's permission bits (octal).
			"mode": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: mode FILE PERM")
				}
				want, err := strconv.ParseUint(args[1], 8, 32)
				ts.Check(err)
				st, err := os.Stat(ts.MkAbs(args[0]))
				ts.Check(err)
				if got := uint64(st.Mode().Perm()); got != want {
					ts.Fatalf("%s has mode %#o, want %#o", args[0], got, want)
				}
			},
			// notemp DIR checks that DIR holds no temporary file of fix.
			"notemp": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: notemp DIR")
				}
				ents, err := os.ReadDir(ts.MkAbs(args[0]))
				ts.Check(err)
				for _, e := range ents {
					if strings.Contains(e.Name(), ".newslint-") {
						ts.Fatalf("temporary file left behind: %s", e.Name())
					}
				}
			},
		},
	})
}
