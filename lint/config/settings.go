package config

import (
	"path/filepath"
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/lint"
)

// Settings returns the effective settings for the article at path: the
// top-level settings, then those of every override whose files match
// path, later overrides winning over earlier ones. A nil File gives the
// defaults. Each call returns new values, rule options included, that the
// caller may change.
//
// An override's rule options replace the top-level options of the same
// name; options that are not set keep the rule's defaults. When an options
// type rejects the combination of several matching overrides as a whole,
// the options of the earliest overrides are dropped until it accepts them.
func (f *File) Settings(path string) *lint.Settings {
	s := &lint.Settings{Rules: make(map[string]lint.RuleSettings)}
	if f == nil {
		return s
	}
	layers := []*layer{&f.top}
	if rel, ok := f.rel(path); ok {
		for i := range f.overrides {
			if matchAny(f.overrides[i].files, rel) {
				layers = append(layers, &f.overrides[i])
			}
		}
	}
	options := make(map[string][][]*yaml.Node)
	for _, l := range layers {
		if l.langsSet {
			s.Languages = slices.Clone(l.langs)
		}
		for name, rl := range l.rules {
			rs := s.Rules[name]
			if rl.severitySet {
				rs.Off, rs.Severity = rl.off, rl.severity
			}
			s.Rules[name] = rs
			if len(rl.options) > 0 {
				options[name] = append(options[name], rl.options)
			}
		}
	}
	for name, opts := range options {
		r := f.linter.Rule(name)
		// Load checked each layer on its own and each override combined
		// with the top level. An options type that validates fields
		// together may still reject a combination of several overrides:
		// then the earliest overrides are dropped until it accepts one,
		// which the top level with the last override always is.
		first := 0
		if len(f.top.rules[name].optionsOrNil()) > 0 {
			first = 1 // opts[0] is the top level's: keep it
		}
		for i := first; i <= len(opts); i++ {
			try := append(slices.Clone(opts[:first]), opts[i:]...)
			if len(try) == 0 {
				break
			}
			if v, err := decodeOptions(r, try...); err == nil {
				rs := s.Rules[name]
				rs.Options = v
				s.Rules[name] = rs
				break
			}
		}
	}
	return s
}

// Excluded reports whether the file at path is left out by the
// configuration's include and exclude globs: a file is checked when an
// include glob matches it and no exclude glob does. Globs are relative to
// the configuration's folder. A nil File excludes files without one of
// the extensions of DefaultInclude.
//
// Whether files named explicitly on the command line are checked anyway
// is the caller's decision.
func (f *File) Excluded(path string) bool {
	if f == nil {
		return !matchAny(defaultGlobs(), filepath.ToSlash(filepath.Base(path)))
	}
	rel, ok := f.rel(path)
	if !ok {
		return false
	}
	return !matchAny(f.include, rel) || matchAny(f.exclude, rel)
}

// ExcludedDir reports whether the folder at path and everything below it
// are excluded by an exclude glob, so that a directory walk can skip it.
// Include globs do not apply to folders.
func (f *File) ExcludedDir(path string) bool {
	if f == nil {
		return false
	}
	rel, ok := f.rel(path)
	if !ok {
		return false
	}
	for i := range f.exclude {
		if f.exclude[i].matchDir(rel) {
			return true
		}
	}
	return false
}

// rel returns path relative to the configuration's folder, with slashes.
// Paths outside the folder start with "../". ok is false when there is no
// such path, or when path is the folder itself.
func (f *File) rel(path string) (rel string, ok bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(f.Dir, abs)
	if err != nil || r == "." {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// defaultGlobs returns the compiled DefaultInclude globs.
func defaultGlobs() []glob {
	pats := DefaultInclude()
	gs := make([]glob, 0, len(pats))
	for _, p := range pats {
		if g, err := compileGlob(p); err == nil {
			gs = append(gs, g)
		}
	}
	return gs
}

// optionsOrNil returns the rule options a layer sets, or nil.
func (rl *ruleLayer) optionsOrNil() []*yaml.Node {
	if rl == nil {
		return nil
	}
	return rl.options
}
