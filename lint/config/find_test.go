package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// tree creates files (slash-separated names) under a new folder and
// returns the folder. It skips the test when a configuration file above
// the folder would take part.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if p, err := Find(filepath.Dir(dir)); err != nil || p != "" {
		t.Skipf("a configuration above the test folder interferes: %q %v", p, err)
	}
	for name, content := range files {
		writeFile(t, dir, name, content)
	}
	return dir
}

func TestFind(t *testing.T) {
	dir := tree(t, map[string]string{
		FileName:                      "",
		"news/world/a.txt":            "",
		"news/sport/" + AltFileName:   "",
		"news/sport/football/b.txt":   "",
		"wire/" + FileName + "/x.txt": "", // a folder with the configuration's name
		"both/" + FileName:            "",
		"both/" + AltFileName:         "",
	})
	if err := os.MkdirAll(filepath.Join(dir, "empty", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dir, want string
	}{
		{".", FileName},
		{"news/world", FileName},
		{"empty/deep", FileName},
		{"missing/folder", FileName},
		{"news/sport", "news/sport/" + AltFileName},
		{"news/sport/football", "news/sport/" + AltFileName},
		{"wire", FileName},
	}
	for _, tt := range tests {
		got, err := Find(filepath.Join(dir, filepath.FromSlash(tt.dir)))
		if err != nil {
			t.Errorf("Find(%q): %v", tt.dir, err)
			continue
		}
		if want := filepath.Join(dir, filepath.FromSlash(tt.want)); got != want {
			t.Errorf("Find(%q) = %q, want %q", tt.dir, got, want)
		}
	}

	_, err := Find(filepath.Join(dir, "both"))
	if err == nil || !strings.Contains(err.Error(), "holds both .newslint.yaml and .newslint.yml") {
		t.Errorf("Find in a folder with both names: %v, want an error", err)
	}
}

func TestFindRelative(t *testing.T) {
	dir := tree(t, map[string]string{FileName: "", "a/b/c.txt": ""})
	t.Chdir(filepath.Join(dir, "a"))
	got, err := Find("b")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, FileName); got != want {
		t.Errorf("Find(\"b\") = %q, want %q", got, want)
	}
}

func TestFindNone(t *testing.T) {
	dir := tree(t, map[string]string{"a/b.txt": ""})
	got, err := Find(filepath.Join(dir, "a"))
	if err != nil || got != "" {
		t.Errorf("Find = %q, %v; want \"\", nil", got, err)
	}
}

func TestResolver(t *testing.T) {
	dir := tree(t, map[string]string{
		FileName:                   "language: en\n",
		"news/a.txt":               "",
		"es/" + FileName:           "language: es\nrules:\n  repeated-spaces: off\n",
		"es/deportes/b.txt":        "",
		"bad/" + FileName:          "rules:\n  no-such-rule: off\n",
		"bad/c.txt":                "",
		"ci/" + AltFileName:        "language: fr\n",
		"es/deportes/" + FileName:  "",
		"es/deportes/sub/d.txt":    "",
		"es/deportes/sub/deep/e.t": "",
	})
	l := testLinter(t)

	langs := func(f *File, path string) string {
		return strings.Join(f.Settings(path).Languages, ",")
	}
	t.Run("nearest wins", func(t *testing.T) {
		r := NewResolver(l, "")
		tests := []struct{ path, config, langs string }{
			{"news/a.txt", FileName, "en"},
			{"top.txt", FileName, "en"},
			{"es/x.txt", "es/" + FileName, "es"},
			{"es/deportes/b.txt", "es/deportes/" + FileName, ""},
			{"es/deportes/sub/deep/e.t", "es/deportes/" + FileName, ""},
		}
		for _, tt := range tests {
			path := filepath.Join(dir, filepath.FromSlash(tt.path))
			f, err := r.For(path)
			if err != nil {
				t.Fatalf("For(%q): %v", tt.path, err)
			}
			if want := filepath.Join(dir, filepath.FromSlash(tt.config)); f == nil || f.Path != want {
				t.Fatalf("For(%q) = %+v, want the configuration %q", tt.path, f, want)
			}
			if got := langs(f, path); got != tt.langs {
				t.Errorf("For(%q) languages %q, want %q", tt.path, got, tt.langs)
			}
		}
		a, _ := r.For(filepath.Join(dir, "news", "a.txt"))
		b, _ := r.For(filepath.Join(dir, "top.txt"))
		if a != b {
			t.Error("two files under one configuration got different *File values")
		}
	})
	t.Run("override", func(t *testing.T) {
		override := filepath.Join(dir, "ci", AltFileName)
		r := NewResolver(l, override)
		for _, p := range []string{"news/a.txt", "es/deportes/b.txt", "bad/c.txt"} {
			f, err := r.For(filepath.Join(dir, filepath.FromSlash(p)))
			if err != nil {
				t.Fatalf("For(%q): %v", p, err)
			}
			if f.Path != override || langs(f, p) != "fr" {
				t.Errorf("For(%q) = %q, want the override %q", p, f.Path, override)
			}
		}
	})
	t.Run("override missing", func(t *testing.T) {
		r := NewResolver(l, filepath.Join(dir, "nothing.yaml"))
		if _, err := r.For(filepath.Join(dir, "news", "a.txt")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("For with a missing override: %v, want os.ErrNotExist", err)
		}
	})
	t.Run("bad configuration", func(t *testing.T) {
		r := NewResolver(l, "")
		_, err1 := r.For(filepath.Join(dir, "bad", "c.txt"))
		_, err2 := r.For(filepath.Join(dir, "bad", "d.txt"))
		var ce *Error
		if !errors.As(err1, &ce) || ce.Key != "rules.no-such-rule" || ce.Line != 2 || ce.Column != 3 {
			t.Fatalf("For under a bad configuration: %v, want the *Error of rules.no-such-rule at 2:3", err1)
		}
		var ce2 *Error
		if !errors.As(err2, &ce2) || ce2 != ce {
			t.Errorf("the same bad configuration gave different errors: %v, %v", err1, err2)
		}
	})
}

func TestResolverNone(t *testing.T) {
	dir := tree(t, map[string]string{"a/b.txt": ""})
	f, err := NewResolver(testLinter(t), "").For(filepath.Join(dir, "a", "b.txt"))
	if f != nil || err != nil {
		t.Errorf("For = %v, %v; want nil, nil", f, err)
	}
	if s := f.Settings(filepath.Join(dir, "a", "b.txt")); s == nil {
		t.Error("Settings of no configuration is nil")
	}
}

// TestResolverConcurrent resolves and reads configurations from many
// goroutines at once; run it with -race.
func TestResolverConcurrent(t *testing.T) {
	files := map[string]string{
		FileName:          "language: en\nrules:\n  mixed-language:\n    candidates: [en, es]\noverrides:\n  - files: [\"b/**\"]\n    rules:\n      mixed-language: {threshold: 0.9}\n",
		"b/" + FileName:   "language: de\n",
		"c/d/" + FileName: "rules:\n  mixed-language:\n    min-words: 2\n",
	}
	var paths []string
	for _, d := range []string{"", "a", "a/x", "b", "b/y", "c", "c/d", "c/d/e", "c/d/e/f"} {
		for _, n := range []string{"1.txt", "2.md", "3.txt"} {
			p := strings.TrimPrefix(d+"/"+n, "/")
			files[p] = ""
			paths = append(paths, p)
		}
	}
	dir := tree(t, files)
	r := NewResolver(testLinter(t), "")

	want := make(map[string]*File)
	for _, p := range paths {
		cfg, err := Find(filepath.Dir(filepath.Join(dir, p)))
		if err != nil {
			t.Fatal(err)
		}
		want[p] = &File{Path: cfg}
	}

	var wg sync.WaitGroup
	errs := make(chan error, 64)
	got := make([]map[string]*File, 16)
	for g := range got {
		got[g] = make(map[string]*File)
		wg.Go(func() {
			for i := range paths {
				p := paths[(i+g)%len(paths)]
				abs := filepath.Join(dir, p)
				f, err := r.For(abs)
				if err != nil {
					errs <- err
					return
				}
				s := f.Settings(abs)
				if o, ok := s.Rules["mixed-language"].Options.(*mixedOptions); ok {
					o.Candidates = append(o.Candidates, "xx") // must not be seen by others
				}
				got[g][p] = f
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for p, w := range want {
		first := got[0][p]
		if first == nil || first.Path != w.Path {
			t.Fatalf("For(%q) = %v, want %q", p, first, w.Path)
		}
		for g := range got {
			if got[g][p] != first {
				t.Errorf("goroutine %d got another *File for %q", g, p)
			}
		}
	}
	f, _ := r.For(filepath.Join(dir, "1.txt"))
	if o := f.Settings(filepath.Join(dir, "1.txt")).Rules["mixed-language"].Options.(*mixedOptions); len(o.Candidates) != 2 {
		t.Errorf("options changed by other callers: %q", o.Candidates)
	}
}
