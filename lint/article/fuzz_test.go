package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addSeeds adds the test articles and the reference article to a fuzz
// target's seed corpus.
func addSeeds(f *testing.F) {
	f.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		f.Fatal(err)
	}
	files = append(files, filepath.Join("..", "..", "testdata", "article.txt"))
	for _, name := range files {
		if strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".md") {
			src, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	for _, tc := range markdownCases {
		f.Add([]byte(tc.src))
	}
}

// fuzzParse parses data in a format and checks the model's invariants.
func fuzzParse(t *testing.T, data []byte, format Format) {
	a, err := Parse("fuzz", data, format)
	if err != nil {
		if msg := checkError(data, err); msg != "" {
			t.Fatal(msg)
		}
		return
	}
	if a.Src != string(data) {
		t.Fatal("Src differs from the input")
	}
	if errs := checkInvariants(a); len(errs) > 0 {
		t.Fatalf("%d broken invariants, first: %s", len(errs), strings.Join(errs[:min(len(errs), 5)], "; "))
	}
}

func FuzzParseText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, data, Text) })
}

func FuzzParseMarkdown(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, data, Markdown) })
}
