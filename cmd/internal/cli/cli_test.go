package cli_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"go.yaml.in/yaml/v3"

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

// repoRoot is the root of the repository, for scripts that read its files
// (as $REPO_ROOT).
const repoRoot = "../../.."

func TestScripts(t *testing.T) {
	root, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO_ROOT", root)
			// git runs the same whatever the machine's configuration,
			// and commits without asking who is committing.
			for k, v := range map[string]string{
				"GIT_CONFIG_NOSYSTEM": "1",
				"GIT_CONFIG_GLOBAL":   os.DevNull,
				"GIT_CONFIG_COUNT":    "1",
				"GIT_CONFIG_KEY_0":    "init.defaultBranch",
				"GIT_CONFIG_VALUE_0":  "main",
				"GIT_AUTHOR_NAME":     "Test Author",
				"GIT_AUTHOR_EMAIL":    "author@example.com",
				"GIT_COMMITTER_NAME":  "Test Committer",
				"GIT_COMMITTER_EMAIL": "committer@example.com",
			} {
				env.Setenv(k, v)
			}
			return nil
		},
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
			// precommitconfig MANIFEST HOOK PROGRAM OUT writes to OUT a
			// pre-commit configuration with the hook HOOK of the
			// manifest MANIFEST as a local hook (language: system),
			// whose entry runs PROGRAM instead of newslint: the hook as
			// published, without building it from the network.
			"precommitconfig": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 4 {
					ts.Fatalf("usage: precommitconfig MANIFEST HOOK PROGRAM OUT")
				}
				data, err := os.ReadFile(ts.MkAbs(args[0]))
				ts.Check(err)
				var hooks []map[string]any
				ts.Check(yaml.Unmarshal(data, &hooks))
				i := slices.IndexFunc(hooks, func(h map[string]any) bool { return h["id"] == args[1] })
				if i < 0 {
					ts.Fatalf("no hook %q in %s", args[1], args[0])
				}
				hook := hooks[i]
				entry, _ := hook["entry"].(string)
				first, rest, _ := strings.Cut(entry, " ")
				if first != "newslint" {
					ts.Fatalf("hook %s: entry %q does not run newslint", args[1], entry)
				}
				hook["entry"] = args[2] + " " + rest
				hook["language"] = "system"
				out, err := yaml.Marshal(map[string]any{"repos": []any{map[string]any{"repo": "local", "hooks": []any{hook}}}})
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[3]), out, 0o644))
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
