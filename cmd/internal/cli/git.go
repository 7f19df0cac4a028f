package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
)

// gitRepo is the git work tree that holds the current folder.
type gitRepo struct {
	// root is the top folder of the work tree, as git reports it (with
	// symbolic links resolved).
	root string
	// prefix is the current folder relative to root, with slashes: "" at
	// the top, else ending in "/".
	prefix string
}

// gitError is a git command that failed.
type gitError struct {
	args   []string
	stderr string
	err    error
}

func (e *gitError) Error() string {
	msg := e.stderr
	if msg == "" {
		msg = e.err.Error()
	}
	return fmt.Sprintf("git %s: %s", e.args[0], msg)
}

func (e *gitError) Unwrap() error { return e.err }

// runGit runs git with args in the current folder, with stdin as its
// standard input, and returns its standard output.
func runGit(ctx context.Context, stdin []byte, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		msg = strings.TrimPrefix(msg, "fatal: ")
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		return out, &gitError{args: args, stderr: msg, err: err}
	}
	return out, nil
}

// openRepo finds the git work tree of the current folder. what names the
// feature that needs it, for the error messages.
func openRepo(ctx context.Context, what string) (*gitRepo, error) {
	out, err := runGit(ctx, nil, "rev-parse", "--show-toplevel", "--show-prefix")
	if err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return nil, fmt.Errorf("%s needs git, which is not installed: %w", what, err)
		}
		return nil, fmt.Errorf("%s needs a git repository: %w", what, err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 2 {
		return nil, fmt.Errorf("%s: unexpected output of git rev-parse: %q", what, out)
	}
	return &gitRepo{root: lines[0], prefix: lines[1]}, nil
}

// rel returns the path of a file relative to the top of the work tree,
// with slashes, and whether the file lies in the work tree at all.
func (g *gitRepo) rel(p string) (string, bool) {
	var r string
	if filepath.IsAbs(p) {
		// The root has its symbolic links resolved; so must the path.
		real, err := filepath.EvalSymlinks(filepath.Dir(p))
		if err != nil {
			real = filepath.Dir(p)
		}
		rr, err := filepath.Rel(g.root, filepath.Join(real, filepath.Base(p)))
		if err != nil {
			return "", false
		}
		r = filepath.ToSlash(rr)
	} else {
		r = path.Join(g.prefix, filepath.ToSlash(p))
	}
	if r == ".." || strings.HasPrefix(r, "../") {
		return "", false
	}
	return r, true
}

// local returns the path, relative to the current folder, of a file
// given relative to the top of the work tree.
func (g *gitRepo) local(rel string) string {
	if g.prefix == "" {
		return filepath.FromSlash(rel)
	}
	r, err := filepath.Rel(filepath.FromSlash(g.prefix), filepath.FromSlash(rel))
	if err != nil {
		return filepath.Join(g.root, filepath.FromSlash(rel))
	}
	return r
}

// pathspecs turns the paths of the command line into literal pathspecs
// relative to the top of the work tree, leaving out standard input and
// paths outside the work tree. With no paths, the current folder is meant.
// all reports that a path is the whole work tree, which no pathspec names.
func (g *gitRepo) pathspecs(args []string) (specs []string, all bool) {
	if len(args) == 0 {
		args = []string{"."}
	}
	for _, a := range args {
		if a == "-" {
			continue
		}
		r, ok := g.rel(a)
		switch {
		case !ok:
			continue
		case r == ".":
			return nil, true
		}
		specs = append(specs, ":(top,literal)"+r)
	}
	return specs, false
}
