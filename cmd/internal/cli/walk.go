package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/rs/zerolog"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/config"
)

// stdinName is how standard input is shown without --stdin-filename.
const stdinName = "<stdin>"

// source is one article to check: a file or standard input.
type source struct {
	// name is how the article is shown in output.
	name string
	// path is the file to read (and, for fix, write); "" for standard
	// input.
	path string
	// stdin marks standard input.
	stdin bool
	// err is a problem found while collecting the sources, reported in
	// the source's place; the other fields are unused then.
	err error
	// staged marks a file whose content comes from git's index (check
	// --staged) rather than from path: data holds it.
	staged bool
	data   []byte
}

// collector turns the command line's paths into sources, in order:
// arguments as given, the files of a directory in path order.
type collector struct {
	resolver *config.Resolver
	log      zerolog.Logger
	stdin    string // the name of standard input

	sources []source
	files   map[string]bool // real paths of the files collected
	dirs    map[string]bool // real paths of the folders walked
}

func newCollector(r *config.Resolver, log zerolog.Logger, stdin string) *collector {
	return &collector{resolver: r, log: log, stdin: stdin, files: map[string]bool{}, dirs: map[string]bool{}}
}

// add collects one command-line argument. A file named explicitly is
// checked whatever its extension and whatever include and exclude say.
func (c *collector) add(arg string) {
	if arg == "-" {
		c.sources = append(c.sources, source{name: c.stdin, stdin: true})
		return
	}
	st, err := os.Stat(arg)
	if err != nil {
		c.fail(arg, "cannot read: "+pathError(err))
		return
	}
	if !st.IsDir() {
		c.file(arg)
		return
	}
	real := realPath(arg)
	c.dirs[real] = true
	c.walk(arg, []ancestor{{arg, real}})
}

// ancestor is a folder being walked.
type ancestor struct{ name, real string }

// walk collects the files below dir, following symbolic links, skipping
// hidden folders and the files and folders the configuration excludes,
// and reporting symbolic links that lead back to a folder being walked.
func (c *collector) walk(dir string, ancestors []ancestor) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.fail(dir, "cannot read folder: "+pathError(err))
		return
	}
	for _, ent := range entries {
		p := filepath.Join(dir, ent.Name())
		typ := ent.Type()
		if typ&fs.ModeSymlink != 0 {
			st, err := os.Stat(p)
			if err != nil {
				if c.included(p) {
					c.fail(p, "broken symbolic link: "+pathError(err))
				} else {
					c.log.Debug().Str("path", p).Err(err).Msg("skipping unreadable symbolic link")
				}
				continue
			}
			typ = st.Mode().Type()
		}
		switch {
		case typ.IsDir():
			c.folder(p, ent.Name(), ancestors)
		case typ.IsRegular():
			if c.included(p) {
				c.file(p)
			} else {
				c.log.Trace().Str("path", p).Msg("skipping file not included by the configuration")
			}
		default:
			c.log.Debug().Str("path", p).Msg("skipping special file")
		}
	}
}

// folder walks the folder p found in a walk, unless it is to be skipped.
func (c *collector) folder(p, name string, ancestors []ancestor) {
	if strings.HasPrefix(name, ".") {
		c.log.Debug().Str("path", p).Msg("skipping hidden folder")
		return
	}
	if cfg, err := c.resolver.For(p); err == nil && cfg.ExcludedDir(p) {
		c.log.Debug().Str("path", p).Msg("skipping folder excluded by the configuration")
		return
	}
	real := realPath(p)
	for _, a := range ancestors {
		if a.real == real {
			c.fail(p, fmt.Sprintf("folder loop: leads back to %s, which is already being checked; not followed", a.name))
			return
		}
	}
	if c.dirs[real] {
		c.log.Debug().Str("path", p).Msg("skipping folder already checked through another path")
		return
	}
	c.dirs[real] = true
	c.walk(p, append(ancestors[:len(ancestors):len(ancestors)], ancestor{p, real}))
}

// included reports whether a file found in a folder is to be checked. When
// the configuration cannot be loaded, files with an article extension are
// collected, so that the configuration error is reported for them.
func (c *collector) included(p string) bool {
	cfg, err := c.resolver.For(p)
	if err != nil {
		return hasArticleExt(p)
	}
	return !cfg.Excluded(p)
}

// hasArticleExt reports whether a file name has an extension of the
// formats newslint reads.
func hasArticleExt(name string) bool {
	return strings.EqualFold(filepath.Ext(name), ".txt") || article.FormatOf(name) == article.Markdown
}

// file collects a file, once: a file reached through several paths
// (symbolic links, or named twice) is checked under the first.
func (c *collector) file(p string) {
	real := realPath(p)
	if c.files[real] {
		c.log.Debug().Str("path", p).Msg("skipping file already collected")
		return
	}
	c.files[real] = true
	c.sources = append(c.sources, source{name: p, path: p})
}

func (c *collector) fail(p, msg string) {
	c.sources = append(c.sources, source{name: p, err: &problem{path: p, msg: msg}})
}

// realPath returns p made absolute with its symbolic links resolved, or
// p made absolute when that fails.
func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// pathError describes a file system error without repeating the path.
func pathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.ELOOP):
		return "too many levels of symbolic links (a symbolic link loop)"
	}
	return err.Error()
}
