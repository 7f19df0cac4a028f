package article

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// updating reports whether the test binary runs with -update, the flag the
// golden-file harness (lint/linttest, linked into this binary by the corpus
// test) defines.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestModels parses every article in testdata and compares the model with
// its golden file NAME.EXT.model (see dump for the notation). Run with
// -update to rewrite the golden files, then review the diff.
func TestModels(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range files {
		format := FormatOf(name)
		if !strings.HasSuffix(name, ".md") && !strings.HasSuffix(name, ".txt") {
			continue
		}
		n++
		t.Run(filepath.Base(name), func(t *testing.T) {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(name, src, format)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range checkInvariants(a) {
				t.Error(e)
			}
			got := dump(a)
			golden := name + ".model"
			if updating() {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("model differs from %s:\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no test articles in testdata")
	}
}
