package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// stagedSources returns the articles staged for the next commit, limited
// to the paths of the command line, with the content the index holds for
// them (check --staged). Files deleted from the index, symbolic links and
// submodules are left out, and so are the files a folder walk would skip
// (see collector.included).
func (r *runner) stagedSources(ctx context.Context, args []string) ([]source, error) {
	const what = "--staged"
	for _, a := range args {
		if a == "-" {
			return nil, usagef("%s checks the files staged in git: it reads no standard input", what)
		}
	}
	repo, err := openRepo(ctx, what)
	if err != nil {
		return nil, err
	}
	gitArgs := []string{"diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-relative", "--diff-filter=ACMR", "--"}
	if len(args) > 0 {
		specs, all := repo.pathspecs(args)
		if len(specs) == 0 && !all {
			return nil, nil
		}
		gitArgs = append(gitArgs, specs...)
	}
	out, err := runGit(ctx, nil, gitArgs...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	entries, err := parseRawDiff(out)
	if err != nil {
		return nil, fmt.Errorf("%s: reading the output of git diff: %w", what, err)
	}
	c := newCollector(r.resolver, r.e.log, r.stdinName)
	var srcs []source
	var blobs []string
	for _, ent := range entries {
		if ent.mode != "100644" && ent.mode != "100755" {
			r.e.log.Debug().Str("path", ent.path).Str("mode", ent.mode).Msg("skipping staged entry that is not a regular file")
			continue
		}
		name := repo.local(ent.path)
		if !c.included(name) {
			r.e.log.Trace().Str("path", name).Msg("skipping staged file not included by the configuration")
			continue
		}
		srcs = append(srcs, source{name: name, path: name, staged: true})
		blobs = append(blobs, ent.blob)
	}
	if len(blobs) == 0 {
		return srcs, nil
	}
	contents, err := readBlobs(ctx, blobs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	for i := range srcs {
		srcs[i].data = contents[i]
	}
	return srcs, nil
}

// rawEntry is one file of git diff --raw: its new mode, blob and path.
type rawEntry struct {
	mode, blob, path string
}

// parseRawDiff reads the output of git diff --raw -z --no-renames: for
// each file, ":oldmode newmode oldblob newblob status" and the path, each
// ended by a NUL.
func parseRawDiff(out []byte) ([]rawEntry, error) {
	fields := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
	if len(fields) == 1 && fields[0] == "" {
		return nil, nil
	}
	if len(fields)%2 != 0 {
		return nil, fmt.Errorf("odd number of fields in %q", out)
	}
	var entries []rawEntry
	for i := 0; i < len(fields); i += 2 {
		meta := strings.Fields(strings.TrimPrefix(fields[i], ":"))
		if len(meta) != 5 {
			return nil, fmt.Errorf("bad entry %q", fields[i])
		}
		entries = append(entries, rawEntry{mode: meta[1], blob: meta[3], path: fields[i+1]})
	}
	return entries, nil
}

// readBlobs returns the contents of git blobs, in order, with one git
// cat-file --batch.
func readBlobs(ctx context.Context, ids []string) ([][]byte, error) {
	out, err := runGit(ctx, []byte(strings.Join(ids, "\n")+"\n"), "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(bytes.NewReader(out))
	contents := make([][]byte, len(ids))
	for i, id := range ids {
		header, err := br.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("git cat-file: reading blob %s: %w", id, err)
		}
		// "<id> blob <size>", or "<id> missing".
		f := strings.Fields(header)
		if len(f) != 3 || f[0] != id || f[1] != "blob" {
			return nil, fmt.Errorf("git cat-file: blob %s: unexpected %q", id, strings.TrimSpace(header))
		}
		size, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("git cat-file: blob %s: bad size %q", id, f[2])
		}
		data := make([]byte, size+1) // the content and a line feed
		if _, err := io.ReadFull(br, data); err != nil {
			return nil, fmt.Errorf("git cat-file: reading blob %s: %w", id, err)
		}
		contents[i] = data[:size]
	}
	return contents, nil
}
