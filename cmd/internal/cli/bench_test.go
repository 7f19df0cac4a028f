package cli_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newslint/newslint/cmd/internal/cli"
	"github.com/newslint/newslint/lint/linttest/synthetic"
)

// BenchmarkCheckArticles measures check over folders of 1 to 1,000
// articles of about 4 KB, and check --input jsonl over as many records: the
// cost per article should not grow with their number. The count is the
// last element of each name, for bench/slope.
func BenchmarkCheckArticles(b *testing.B) {
	g := synthetic.New(5)
	for _, n := range []int{1, 10, 100, 1000} {
		dir := b.TempDir()
		var records strings.Builder
		size := 0
		for i := range n {
			text := g.Article(4000)
			size += len(text)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
			title, body, _ := strings.Cut(text, "\n\n")
			fmt.Fprintf(&records, "{\"id\": %d, \"title\": %s, \"body\": %s}\n", i, strconv.Quote(title), strconv.Quote(body))
		}
		for _, mode := range []struct {
			name  string
			args  []string
			stdin string
		}{
			{"files", []string{"check", "--quiet", dir}, ""},
			{"jsonl", []string{"check", "--input", "jsonl"}, records.String()},
		} {
			b.Run(mode.name+"/n="+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(size))
				b.ReportAllocs()
				for b.Loop() {
					c := &cli.Command{Stdin: strings.NewReader(mode.stdin), Stdout: io.Discard, Stderr: io.Discard}
					if code := c.Main(mode.args); code != cli.ExitOK {
						b.Fatalf("exit code %d", code)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
			})
		}
	}
}
