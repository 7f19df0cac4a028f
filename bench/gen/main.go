// Command gen writes deterministic synthetic English news articles for
// benchmarks: one article of a given size, of a given number of one-sentence
// paragraphs or with one long line, or a JSON Lines stream of article
// records (id, title, body, lang) for check --input jsonl.
//
// Usage:
//
//	go run ./bench/gen -kind article -size 50000000 > big.txt
//	go run ./bench/gen -kind paragraphs -count 100000 > many.txt
//	go run ./bench/gen -kind line -size 10000000 > line.txt
//	go run ./bench/gen -kind jsonl -count 100000 -size 4000 > archive.jsonl
//
// -blemish N adds a white-space defect about every N lines, for fix.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newslint/newslint/lint/linttest/synthetic"
)

func main() {
	kind := flag.String("kind", "article", "what to write: article, paragraphs, line or jsonl")
	size := flag.Int("size", 4000, "bytes of the article, of the line, or of each record's body")
	count := flag.Int("count", 1000, "paragraphs (paragraphs) or records (jsonl)")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same text")
	blemish := flag.Int("blemish", 0, "add a white-space defect about every N lines (0: none)")
	flag.Parse()
	if err := run(*kind, *size, *count, *seed, *blemish); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
}

func run(kind string, size, count int, seed uint64, blemish int) error {
	g := synthetic.New(seed)
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	dirty := func(s string) string {
		if blemish > 0 {
			return g.Blemish(s, blemish)
		}
		return s
	}
	var err error
	switch kind {
	case "article":
		_, err = w.WriteString(dirty(g.Article(size)))
	case "paragraphs":
		_, err = w.WriteString(dirty(g.Paragraphs(count)))
	case "line":
		_, err = w.WriteString(dirty(g.LongLine(size)))
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range count {
			text := dirty(g.Article(size))
			title, body, _ := strings.Cut(text, "\n\n")
			rec := map[string]string{"id": fmt.Sprintf("article-%d", i+1), "title": title, "body": body, "lang": "en"}
			if err = enc.Encode(rec); err != nil {
				break
			}
		}
	default:
		return fmt.Errorf("unknown -kind %q (want article, paragraphs, line or jsonl)", kind)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}
