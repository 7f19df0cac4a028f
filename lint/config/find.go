package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/newslint/newslint/lint"
)

// Find returns the path of the configuration file nearest to dir: the one
// in dir itself, else in the closest folder above it, up to the root of
// the file system. It returns "" when there is none. The path returned is
// absolute. A folder holding both FileName and AltFileName is an error.
func Find(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	for {
		p, err := findIn(d)
		if err != nil || p != "" {
			return p, err
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", nil
		}
		d = parent
	}
}

// findIn returns the configuration file in the folder dir, or "".
func findIn(dir string) (string, error) {
	var found []string
	for _, name := range []string{FileName, AltFileName} {
		p := filepath.Join(dir, name)
		st, err := os.Stat(p)
		switch {
		case err == nil && !st.IsDir():
			found = append(found, p)
		case err == nil, errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
			// Not a configuration file.
		default:
			return "", fmt.Errorf("config: %w", err)
		}
	}
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("config: %s holds both %s and %s; keep one", dir, FileName, AltFileName)
}

// Resolver finds, loads and caches the configuration of each folder. It is
// safe for concurrent use; each folder is searched, and each configuration
// file loaded, at most once.
type Resolver struct {
	linter   *lint.Linter
	override string

	mu    sync.Mutex
	dirs  map[string]*dirEntry  // folder → the configuration file that applies there
	files map[string]*fileEntry // configuration path → loaded file
}

type dirEntry struct {
	once sync.Once
	path string
	err  error
}

type fileEntry struct {
	once sync.Once
	file *File
	err  error
}

// NewResolver returns a resolver that validates configurations against
// the rules of l. When override is not "", every file uses the
// configuration at that path (the --config flag) and no search is made.
func NewResolver(l *lint.Linter, override string) *Resolver {
	return &Resolver{
		linter:   l,
		override: override,
		dirs:     make(map[string]*dirEntry),
		files:    make(map[string]*fileEntry),
	}
}

// For returns the configuration that applies to the file at path, which
// need not exist: the override, else the configuration file nearest to the
// file's folder. It returns nil, nil when there is none. Every file under
// the same configuration gets the same *File, and a configuration that
// fails to load gives every such file the same error value.
func (r *Resolver) For(path string) (*File, error) {
	if r.override != "" {
		return r.load(r.override)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	p, err := r.find(filepath.Dir(abs))
	if err != nil || p == "" {
		return nil, err
	}
	return r.load(p)
}

// find is Find with a cache of every folder it visits.
func (r *Resolver) find(dir string) (string, error) {
	r.mu.Lock()
	e := r.dirs[dir]
	if e == nil {
		e = &dirEntry{}
		r.dirs[dir] = e
	}
	r.mu.Unlock()
	e.once.Do(func() {
		e.path, e.err = findIn(dir)
		if e.err != nil || e.path != "" {
			return
		}
		if parent := filepath.Dir(dir); parent != dir {
			e.path, e.err = r.find(parent)
		}
	})
	return e.path, e.err
}

// load is Load with a cache.
func (r *Resolver) load(path string) (*File, error) {
	r.mu.Lock()
	e := r.files[path]
	if e == nil {
		e = &fileEntry{}
		r.files[path] = e
	}
	r.mu.Unlock()
	e.once.Do(func() {
		e.file, e.err = Load(path, r.linter)
	})
	return e.file, e.err
}
