package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/report"
)

// changes are the lines of the work tree that changed since a git
// revision (check --diff-base).
type changes struct {
	repo *gitRepo
	// diffed holds the added or changed lines of each file git's diff
	// lists, by path relative to the top of the work tree.
	diffed map[string]lineSet
	// atBase holds the files that exist at the revision.
	atBase map[string]bool
}

// lineSet is a sorted list of disjoint ranges of 1-based line numbers.
type lineSet []lineRange

// lineRange is the lines first to last, inclusive.
type lineRange struct{ first, last int }

// intersects reports whether a line from first to last is in the set.
func (s lineSet) intersects(first, last int) bool {
	i := sort.Search(len(s), func(i int) bool { return s[i].last >= first })
	return i < len(s) && s[i].first <= last
}

// loadChanges finds the lines changed since the revision ref in the files
// below the paths of the command line.
func loadChanges(ctx context.Context, ref string, args []string) (*changes, error) {
	const what = "--diff-base"
	if strings.HasPrefix(ref, "-") {
		return nil, usagef("%s: invalid revision %q", what, ref)
	}
	repo, err := openRepo(ctx, what)
	if err != nil {
		return nil, err
	}
	if _, err := runGit(ctx, nil, "rev-parse", "--verify", "--quiet", "--end-of-options", ref+"^{commit}"); err != nil {
		return nil, fmt.Errorf("%s: %q is not a revision of the repository in %s", what, ref, repo.root)
	}
	c := &changes{repo: repo, diffed: map[string]lineSet{}, atBase: map[string]bool{}}
	specs, all := repo.pathspecs(args)
	if len(specs) == 0 && !all {
		// Every path lies outside the work tree.
		return c, nil
	}
	diff, err := runGit(ctx, nil, append([]string{
		"-c", "core.quotePath=false",
		"diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative", "--text",
		"--unified=0", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/",
		ref, "--"}, specs...)...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if c.diffed, err = parseDiff(diff); err != nil {
		return nil, fmt.Errorf("%s: reading the output of git diff: %w", what, err)
	}
	tree, err := runGit(ctx, nil, append([]string{"ls-tree", "-r", "-z", "--name-only", "--full-name", ref, "--"}, specs...)...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	for name := range strings.SplitSeq(strings.TrimSuffix(string(tree), "\x00"), "\x00") {
		if name != "" {
			c.atBase[name] = true
		}
	}
	return c, nil
}

// parseDiff reads the output of git diff --unified=0 and returns the lines
// added or changed in each file, by the file's new path. A file listed
// without added lines (only deletions, or a mode change) has an empty set.
func parseDiff(diff []byte) (map[string]lineSet, error) {
	files := map[string]lineSet{}
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 0, 64<<10), len(diff)+1)
	var current string // the new path of the file being read; "" when deleted
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "diff "):
			current = ""
		case strings.HasPrefix(line, "+++ "):
			// git ends a name holding a space with a tab.
			name := strings.TrimSuffix(strings.TrimPrefix(line, "+++ "), "\t")
			if name == "/dev/null" {
				current = ""
				continue
			}
			if strings.HasPrefix(name, `"`) {
				// A name with special characters is C-quoted.
				u, err := strconv.Unquote(name)
				if err != nil {
					return nil, fmt.Errorf("bad file name %s: %w", name, err)
				}
				name = u
			}
			current = strings.TrimPrefix(name, "b/")
			if _, ok := files[current]; !ok {
				files[current] = lineSet{}
			}
		case strings.HasPrefix(line, "@@ "):
			oldCount, newStart, newCount, err := parseHunkHeader(line)
			if err != nil {
				return nil, err
			}
			if current != "" && newCount > 0 {
				files[current] = append(files[current], lineRange{newStart, newStart + newCount - 1})
			}
			// Skip the hunk's lines, which could look like headers.
			for n := oldCount + newCount; n > 0 && sc.Scan(); {
				if l := sc.Text(); l != "" && (l[0] == '-' || l[0] == '+' || l[0] == ' ') {
					n--
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return files, nil
}

// parseHunkHeader reads "@@ -a[,b] +c[,d] @@" and returns b, c and d
// (a missing count is 1).
func parseHunkHeader(line string) (oldCount, newStart, newCount int, err error) {
	fields := strings.Fields(line)
	if len(fields) < 4 || !strings.HasPrefix(fields[1], "-") || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q", line)
	}
	_, oldCount, err = parseRange(fields[1][1:])
	if err != nil {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q: %w", line, err)
	}
	newStart, newCount, err = parseRange(fields[2][1:])
	if err != nil {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q: %w", line, err)
	}
	return oldCount, newStart, newCount, nil
}

// parseRange reads "start[,count]".
func parseRange(s string) (start, count int, err error) {
	startText, countText, hasCount := strings.Cut(s, ",")
	if start, err = strconv.Atoi(startText); err != nil {
		return 0, 0, err
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(countText); err != nil {
			return 0, 0, err
		}
	}
	return start, count, nil
}

// filter returns the findings of the file at path that lie on changed
// lines. Every line of a file that did not exist at the revision (or lies
// outside the work tree) counts as changed; no line of a file git's diff
// does not list does. A finding about the whole file is kept when any of
// its lines changed.
func (c *changes) filter(path string, a *article.Article, fs []lint.Finding) []lint.Finding {
	rel, ok := c.repo.rel(path)
	if !ok {
		return fs
	}
	lines, diffed := c.diffed[rel]
	if !diffed {
		if c.atBase[rel] {
			return nil
		}
		return fs
	}
	var kept []lint.Finding
	for _, f := range fs {
		p := report.PositionOf(a, &f)
		keep := len(lines) > 0
		if !p.IsWholeFile() {
			last := p.EndLine
			if last > p.Line && p.EndColumn == 1 {
				// The range ends at the start of a line, which it
				// does not cover.
				last--
			}
			keep = lines.intersects(p.Line, last)
		}
		if keep {
			kept = append(kept, f)
		}
	}
	return kept
}
