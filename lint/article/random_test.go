package article

import (
	"flag"
	"math/rand/v2"
	"strings"
	"testing"
)

var (
	randomDocs = flag.Int("random-docs", 3000, "number of random Markdown documents TestRandomMarkdown parses")
	randomSeed = flag.Uint64("random-seed", 1, "seed of the random Markdown documents")
)

// markdownPieces are the fragments random documents are made of: container
// and block markers, inline syntax, line ends of every kind, front matter,
// directives and multi-byte text.
var markdownPieces = []string{
	"> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "  ", "    ", "\t", " ",
	"```", "~~~", "```go", "# ", "## ", "#", "===", "---", "***", "___",
	"|", "| a | b |", "|---|---|", ":-:", "\\|",
	"<!--", "-->", "<!-- newslint-disable a -->", "<!-- newslint-enable -->",
	"<!-- newslint-disable-next-line -->", "<div>", "</div>", "<b>", "<script>", "</script>",
	"`", "``", "*", "**", "_", "~~", "[", "]", "](", "(", ")", "![", "[x]: /u", "<http://a.b>",
	"www.example.com", "http://x.y/z", "a@b.cd",
	"\\", "\\*", "&amp;", "&#x20;", "\u00a0", "é", "日本", "\u200b", "\uFEFF",
	"\n", "\n", "\n", "\n\n", "\r\n", "\r", "  \n", "\\\n",
	"word", "word", "text ", "Title", "- [ ] ", "- [x] ",
	"---\n", "title: ", "subtitle: ", "lang: ", "'", "\"", "...\n", "|\n", "en",
}

// TestRandomMarkdown parses random documents made of Markdown fragments
// and checks the model's invariants on each: a complement to the byte-level
// fuzzer, which rarely builds nested structures.
func TestRandomMarkdown(t *testing.T) {
	r := rand.New(rand.NewPCG(*randomSeed, 7))
	var sb strings.Builder
	for range *randomDocs {
		sb.Reset()
		for range r.IntN(120) {
			sb.WriteString(markdownPieces[r.IntN(len(markdownPieces))])
		}
		src := sb.String()
		a, err := parseNoPanic(t, src)
		if err != nil {
			if msg := checkError([]byte(src), err); msg != "" {
				t.Fatalf("%q: %s", src, msg)
			}
			continue
		}
		if errs := checkInvariants(a); len(errs) > 0 {
			t.Fatalf("%q: %d broken invariants, first: %s", src, len(errs), strings.Join(errs[:min(3, len(errs))], "; "))
		}
	}
}

// parseNoPanic parses src as Markdown, failing the test with the input on
// a panic.
func parseNoPanic(t *testing.T, src string) (a *Article, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%q: panic: %v", src, r)
		}
	}()
	return Parse("random.md", []byte(src), Markdown)
}
