package cli_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newslint/newslint/cmd/internal/cli"
)

// failingWriter fails every write, as a full disk or a closed pipe does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestNoGoroutineLeak runs the command line in process in the ways that
// start workers (files, folders, fix, standard input, article records) and
// in the ways that stop them early (output that cannot be written, input
// errors), and checks that every goroutine it started has ended.
func TestNoGoroutineLeak(t *testing.T) {
	dir := t.TempDir()
	var records strings.Builder
	for i := range 50 {
		name := filepath.Join(dir, "news", strings.Repeat("a", i%5+1)+string(rune('a'+i%26))+".txt")
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte("Title \n\nText  with defects. \n"), 0o644); err != nil {
			t.Fatal(err)
		}
		records.WriteString(`{"id": "r` + strings.Repeat("x", i) + `", "title": "Title ", "body": "Text."}` + "\n")
		if i%10 == 0 {
			records.WriteString("not a record\n")
		}
	}
	news := filepath.Join(dir, "news")
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		stdout func() *bytes.Buffer // nil: an output that fails
	}{
		{"check folder", []string{"check", "-j", "4", news}, "", buf},
		{"check folder, output fails", []string{"check", "-j", "4", news}, "", nil},
		{"check json, output fails", []string{"check", "--format", "json", news}, "", nil},
		{"fix diff", []string{"fix", "--diff", news}, "", buf},
		{"fix diff, output fails", []string{"fix", "--diff", news}, "", nil},
		{"check stdin", []string{"check", "-"}, "Title \n", buf},
		{"fix stdin", []string{"fix", "-"}, "Title \n", buf},
		{"missing files", []string{"check", filepath.Join(dir, "missing"), news}, "", buf},
		{"records", []string{"check", "--input", "jsonl", "-j", "3"}, records.String(), buf},
		{"records, output fails", []string{"check", "--input", "jsonl", "-j", "3"}, records.String(), nil},
		{"records json, output fails", []string{"check", "--input", "jsonl", "--format", "jsonl"}, records.String(), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := runtime.NumGoroutine()
			c := &cli.Command{Stdin: strings.NewReader(tc.stdin), Stderr: &bytes.Buffer{}}
			if tc.stdout != nil {
				c.Stdout = tc.stdout()
			} else {
				c.Stdout = failingWriter{}
			}
			code := c.Main(tc.args)
			if tc.stdout == nil && code != cli.ExitError {
				t.Errorf("exit code %d with an output that fails, want %d", code, cli.ExitError)
			}
			deadline := time.Now().Add(5 * time.Second)
			for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if after := runtime.NumGoroutine(); after > before {
				stacks := make([]byte, 1<<20)
				stacks = stacks[:runtime.Stack(stacks, true)]
				t.Errorf("%d goroutines before, %d after:\n%s", before, after, stacks)
			}
		})
	}
}

func buf() *bytes.Buffer { return &bytes.Buffer{} }
