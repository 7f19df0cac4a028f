package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

// hookMarker is the line that marks a pre-commit hook newslint wrote.
const hookMarker = "# newslint pre-commit hook"

// hookScript returns the pre-commit hook that runs the newslint program at
// path, falling back on the newslint found in PATH when it is gone.
func hookScript(program string) string {
	return `#!/bin/sh
` + hookMarker + `: checks the staged content of the staged articles.
# Written by "newslint hook install"; "newslint hook uninstall" removes it.
# "git commit --no-verify" commits without running it.
newslint=` + shellQuote(program) + `
if ! [ -x "$newslint" ]; then
	newslint=newslint
	if ! command -v newslint >/dev/null 2>&1; then
		echo "newslint pre-commit hook: newslint is not installed; install it, or delete $0" >&2
		exit 1
	fi
fi
"$newslint" check --staged
status=$?
if [ "$status" -ne 0 ]; then
	echo >&2
	echo "newslint: the commit is stopped. Correct the staged articles (\"newslint fix FILE...\"" >&2
	echo "applies the fixes it can), stage them with \"git add\" and commit again;" >&2
	echo "\"git commit --no-verify\" commits without this check." >&2
fi
exit "$status"
`
}

func (e *env) hookCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "hook",
		Short: "Install or remove the git pre-commit hook",
		Long: `Manage a git pre-commit hook that runs "newslint check --staged": it checks
what the commit records (the staged content of the staged articles, not the
files as they are) and stops the commit when there are findings at or above
the fail level, telling how to fix them.

The hook is written where git looks for hooks (.git/hooks, or the folder
core.hooksPath names). For the pre-commit framework, use the hooks of the
repository's .pre-commit-hooks.yaml instead.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return usagef("hook needs a subcommand: install or uninstall")
		},
	}
	var force bool
	install := &cobra.Command{
		Use:   "install [flags]",
		Short: "Install the pre-commit hook in the current git repository",
		Long: `Write a pre-commit hook that runs "newslint check --staged" into the current
git repository. Installing again updates the hook. A pre-commit hook that
newslint did not write is left alone unless --force is given.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return e.installHook(cmd.Context(), force)
		},
	}
	install.Flags().BoolVar(&force, "force", false, "replace a pre-commit hook that newslint did not write")
	uninstall := &cobra.Command{
		Use:   "uninstall",
		Short: "Remove the pre-commit hook from the current git repository",
		Long:  `Remove the pre-commit hook that "newslint hook install" wrote. Another hook is left alone.`,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return e.uninstallHook(cmd.Context())
		},
	}
	cmd.AddCommand(install, uninstall)
	return cmd
}

// hookPath returns the path of the repository's pre-commit hook.
func hookPath(ctx context.Context) (string, error) {
	if _, err := openRepo(ctx, "newslint hook"); err != nil {
		return "", err
	}
	// git resolves core.hooksPath (relative to the top of the work tree)
	// and returns a path relative to the current folder.
	out, err := runGit(ctx, nil, "rev-parse", "--git-path", "hooks")
	if err != nil {
		return "", fmt.Errorf("finding the hooks folder: %w", err)
	}
	return filepath.Join(strings.TrimSuffix(string(out), "\n"), "pre-commit"), nil
}

// installHook writes the pre-commit hook.
func (e *env) installHook(ctx context.Context, force bool) error {
	path, err := hookPath(ctx)
	if err != nil {
		return err
	}
	script := []byte(hookScript(e.c.program()))
	old, err := os.ReadFile(path)
	verb := "installed"
	switch {
	case err == nil && bytes.Equal(old, script):
		fmt.Fprintf(e.c.Stderr, "newslint: the pre-commit hook in %s is already installed\n", path)
		return nil
	case err == nil && isOurHook(old):
		verb = "updated"
	case err == nil && !force:
		return fmt.Errorf("%s: a pre-commit hook that newslint did not write is already there; "+
			"run \"newslint hook install --force\" to replace it, or call \"newslint check --staged\" from it", path)
	case err == nil:
		verb = "replaced the existing hook with"
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("reading the pre-commit hook: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("creating the hooks folder: %w", err)
	}
	if err := os.WriteFile(path, script, 0o755); err != nil {
		return fmt.Errorf("writing the pre-commit hook: %w", err)
	}
	// WriteFile keeps the mode of a file that exists.
	if err := os.Chmod(path, 0o755); err != nil {
		return fmt.Errorf("making the pre-commit hook executable: %w", err)
	}
	fmt.Fprintf(e.c.Stderr, "newslint: %s the pre-commit hook in %s\n", verb, path)
	return nil
}

// uninstallHook removes the pre-commit hook newslint wrote.
func (e *env) uninstallHook(ctx context.Context) error {
	path, err := hookPath(ctx)
	if err != nil {
		return err
	}
	old, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(e.c.Stderr, "newslint: no pre-commit hook in %s: nothing to remove\n", path)
		return nil
	case err != nil:
		return fmt.Errorf("reading the pre-commit hook: %w", err)
	case !isOurHook(old):
		return fmt.Errorf("%s: the pre-commit hook was not written by newslint; left alone", path)
	}
	if err := os.Remove(path); err != nil {
		return fmt.Errorf("removing the pre-commit hook: %w", err)
	}
	fmt.Fprintf(e.c.Stderr, "newslint: removed the pre-commit hook in %s\n", path)
	return nil
}

// isOurHook reports whether a hook script was written by newslint.
func isOurHook(script []byte) bool {
	for line := range strings.Lines(string(script)) {
		if strings.HasPrefix(line, hookMarker) {
			return true
		}
	}
	return false
}

// program returns the absolute path of the running newslint for the
// pre-commit hook to run, or "newslint" when it is unknown.
func (c *Command) program() string {
	p := c.Program
	if p == "" && len(os.Args) > 0 {
		p = os.Args[0]
	}
	if p == "" {
		return "newslint"
	}
	if !strings.ContainsRune(p, filepath.Separator) {
		lp, err := exec.LookPath(p)
		if err != nil {
			return "newslint"
		}
		p = lp
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "newslint"
	}
	return abs
}
