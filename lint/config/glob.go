package config

import (
	"errors"
	"path"
	"strings"
)

// glob is a compiled include, exclude or override pattern. Patterns are
// matched against slash-separated paths relative to the configuration's
// folder, with .gitignore-like conventions (see the package
// documentation).
type glob struct {
	pattern string   // as written, for messages
	segs    []string // path.Match patterns, or "**" for any number of segments
	dirOnly bool     // the pattern ended in "/": it matches folders only
}

// compileGlob checks and compiles a pattern.
func compileGlob(pattern string) (glob, error) {
	g := glob{pattern: pattern}
	p := pattern
	anchored := false
	if strings.HasPrefix(p, "/") {
		anchored = true
		p = strings.TrimLeft(p, "/")
	}
	for strings.HasPrefix(p, "./") {
		anchored = true
		p = strings.TrimLeft(p[2:], "/")
	}
	if strings.HasSuffix(p, "/") {
		g.dirOnly = true
		p = strings.TrimRight(p, "/")
	}
	if p == "" || p == "." {
		return glob{}, errors.New("the pattern names no file")
	}
	for _, s := range strings.Split(p, "/") {
		switch s {
		case "", ".":
			continue
		case "**":
			if len(g.segs) > 0 && g.segs[len(g.segs)-1] == "**" {
				continue
			}
		default:
			if _, err := path.Match(s, ""); err != nil {
				return glob{}, errors.New("unbalanced brackets or a trailing backslash")
			}
		}
		g.segs = append(g.segs, s)
	}
	if len(g.segs) == 0 {
		return glob{}, errors.New("the pattern names no file")
	}
	// A pattern without a slash, such as "*.txt" or "drafts", matches at
	// any depth.
	if !anchored && !strings.Contains(p, "/") && g.segs[0] != "**" {
		g.segs = append([]string{"**"}, g.segs...)
	}
	return g, nil
}

// match reports whether the glob matches the file at rel, a clean
// slash-separated path relative to the configuration's folder, or one of
// the folders above it.
func (g *glob) match(rel string) bool {
	s := strings.Split(rel, "/")
	if !g.dirOnly && matchSegs(g.segs, s) {
		return true
	}
	for k := len(s) - 1; k > 0; k-- {
		if matchSegs(g.segs, s[:k]) {
			return true
		}
	}
	return false
}

// matchDir reports whether the glob matches the folder at rel or one of
// the folders above it.
func (g *glob) matchDir(rel string) bool {
	s := strings.Split(rel, "/")
	for k := len(s); k > 0; k-- {
		if matchSegs(g.segs, s[:k]) {
			return true
		}
	}
	return false
}

// matchSegs matches path segments against pattern segments. "**" matches
// any number of segments, including none and "..", which other segments
// only match literally.
func matchSegs(pat, segs []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(segs); i++ {
				if matchSegs(pat[1:], segs[i:]) {
					return true
				}
			}
			return false
		}
		if len(segs) == 0 {
			return false
		}
		if segs[0] == ".." {
			if pat[0] != ".." {
				return false
			}
		} else if ok, _ := path.Match(pat[0], segs[0]); !ok {
			return false
		}
		pat, segs = pat[1:], segs[1:]
	}
	return len(segs) == 0
}

// matchAny reports whether any of the globs matches the file at rel.
func matchAny(gs []glob, rel string) bool {
	for i := range gs {
		if gs[i].match(rel) {
			return true
		}
	}
	return false
}
