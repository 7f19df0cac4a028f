package config

import (
	"path/filepath"
	"testing"
)

func TestGlobMatch(t *testing.T) {
	tests := []struct {
		pattern string
		match   []string
		noMatch []string
	}{
		{"**/*.txt", []string{"a.txt", "x/a.txt", "x/y/z/a.txt", "../other/a.txt"}, []string{"a.md", "x/a.txt.bak", "x/a_txt"}},
		{"*.txt", []string{"a.txt", "x/y/a.txt"}, []string{"a.md", "x/a.txt.bak"}},
		{"/*.txt", []string{"a.txt"}, []string{"x/a.txt"}},
		{"./*.txt", []string{"a.txt"}, []string{"x/a.txt"}},
		{"drafts/**", []string{"drafts/a.txt", "drafts/x/y/a.md"}, []string{"a.txt", "x/drafts/a.txt", "drafts.txt", "../drafts/a.txt"}},
		{"drafts", []string{"drafts/a.txt", "x/drafts/a.txt", "drafts"}, []string{"drafts.txt", "mydrafts/a.txt"}},
		{"drafts/", []string{"drafts/a.txt", "x/drafts/a.txt"}, []string{"drafts", "x/drafts"}},
		{"wire/**/*.txt", []string{"wire/a.txt", "wire/afp/a.txt", "wire/afp/2024/a.txt"}, []string{"wire/a.md", "x/wire/a.txt", "wire.txt"}},
		{"wire/*/a.txt", []string{"wire/afp/a.txt"}, []string{"wire/a.txt", "wire/afp/x/a.txt"}},
		{"**/tmp/**", []string{"tmp/a.txt", "x/tmp/y/a.txt"}, []string{"tmpx/a.txt", "x/a.txt"}},
		{"a/**/**/b.txt", []string{"a/b.txt", "a/x/y/b.txt"}, []string{"b.txt"}},
		{"2024-0[1-6]/*.md", []string{"2024-01/a.md", "2024-06/b.md"}, []string{"2024-07/a.md", "2024-01/x/a.md"}},
		{"a?.txt", []string{"ab.txt", "x/ac.txt"}, []string{"a.txt", "abc.txt"}},
		{"*", []string{"a.txt", "x/y"}, nil},
		{"**", []string{"a.txt", "x/y", "../x"}, nil},
		{"../shared/*.txt", []string{"../shared/a.txt"}, []string{"shared/a.txt", "../x/a.txt"}},
		{"*/a.txt", []string{"x/a.txt"}, []string{"../a.txt", "a.txt"}},
		{`a\*.txt`, []string{"a*.txt"}, []string{"ab.txt"}},
	}
	for _, tt := range tests {
		g, err := compileGlob(tt.pattern)
		if err != nil {
			t.Errorf("compileGlob(%q): %v", tt.pattern, err)
			continue
		}
		for _, p := range tt.match {
			if !g.match(p) {
				t.Errorf("glob %q does not match %q, want a match", tt.pattern, p)
			}
		}
		for _, p := range tt.noMatch {
			if g.match(p) {
				t.Errorf("glob %q matches %q, want no match", tt.pattern, p)
			}
		}
	}
}

func TestGlobMatchDir(t *testing.T) {
	tests := []struct {
		pattern string
		dir     string
		want    bool
	}{
		{"drafts/**", "drafts", true},
		{"drafts/**", "drafts/x", true},
		{"drafts", "x/drafts", true},
		{"drafts/", "drafts", true},
		{"drafts/*.txt", "drafts", false},
		{"**/*.txt", "news", false},
		{"wire/afp/**", "wire", false},
	}
	for _, tt := range tests {
		g, err := compileGlob(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		if got := g.matchDir(tt.dir); got != tt.want {
			t.Errorf("glob %q matchDir(%q) = %v, want %v", tt.pattern, tt.dir, got, tt.want)
		}
	}
}

func TestCompileGlobErrors(t *testing.T) {
	for _, p := range []string{"", "/", "./", ".", "[", "a/[b", `a\`, "a/[]"} {
		if _, err := compileGlob(p); err == nil {
			t.Errorf("compileGlob(%q) succeeded, want an error", p)
		}
	}
}

func TestExcluded(t *testing.T) {
	tests := []struct {
		name, config string
		excluded     []string
		included     []string
		dirs         []string // excluded folders
		keptDirs     []string
	}{
		{
			name:     "defaults",
			config:   "",
			included: []string{"a.txt", "x/b.md", "x/y/c.markdown", "d.mdown", "e.mkd"},
			excluded: []string{"a.html", "x/notes", "x/b.md.orig"},
			keptDirs: []string{"drafts", "x"},
		},
		{
			name:     "include and exclude",
			config:   "include: [\"news/**/*.txt\", \"*.md\"]\nexclude: [\"drafts/**\", \"**/*.tmp.md\", \"archive/\"]\n",
			included: []string{"news/a.txt", "news/2024/a.txt", "a.md", "news/x/b.md"},
			excluded: []string{"a.txt", "other/a.txt", "drafts/a.md", "drafts/news/a.txt", "x/a.tmp.md", "archive/a.md", "x/archive/b.md"},
			dirs:     []string{"drafts", "drafts/x", "archive", "x/archive"},
			keptDirs: []string{"news", "x", "draftsx"},
		},
		{
			name:     "files outside the configuration's folder",
			config:   "exclude: [\"drafts/**\"]\n",
			included: []string{"../elsewhere/a.txt", "../drafts/a.txt"},
			excluded: []string{"../elsewhere/a.html"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := loadString(t, tt.config)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tt.excluded {
				if !f.Excluded(filepath.FromSlash(p)) {
					t.Errorf("Excluded(%q) = false, want true", p)
				}
			}
			for _, p := range tt.included {
				if f.Excluded(filepath.FromSlash(p)) {
					t.Errorf("Excluded(%q) = true, want false", p)
				}
				if abs := filepath.Join(f.Dir, filepath.FromSlash(p)); f.Excluded(abs) {
					t.Errorf("Excluded(%q) = true, want false", abs)
				}
			}
			for _, d := range tt.dirs {
				if !f.ExcludedDir(filepath.FromSlash(d)) {
					t.Errorf("ExcludedDir(%q) = false, want true", d)
				}
			}
			for _, d := range tt.keptDirs {
				if f.ExcludedDir(filepath.FromSlash(d)) {
					t.Errorf("ExcludedDir(%q) = true, want false", d)
				}
			}
		})
	}
}
