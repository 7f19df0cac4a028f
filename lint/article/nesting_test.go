package article

import (
	"fmt"
	"strings"
	"testing"
)

// hostileInputs build Markdown documents with n levels of nesting or n
// repetitions of a construct that is costly for a naive parser.
var hostileInputs = []struct {
	name  string
	build func(n int) string
}{
	{"block quotes", func(n int) string { return strings.Repeat(">", n) + " deep\n" }},
	{"spaced block quotes", func(n int) string { return strings.Repeat("> ", n) + "deep\n" }},
	{"block quotes, lazy lines", func(n int) string {
		return strings.Repeat(">", n) + " deep\n" + strings.Repeat("lazy\n", n)
	}},
	{"block quotes on every line", func(n int) string { return strings.Repeat(strings.Repeat(">", 200)+" x\n", n/10) }},
	{"bullet lists", func(n int) string { return strings.Repeat("- ", n) + "deep\n" }},
	{"ordered lists", func(n int) string { return strings.Repeat("1. ", n) + "deep\n" }},
	{"lists, lazy lines", func(n int) string { return strings.Repeat("- ", n) + "deep\n" + strings.Repeat("lazy\n", n) }},
	{"quotes in lists", func(n int) string { return strings.Repeat("> - ", n) + "deep\n" + strings.Repeat("lazy\n", n) }},
	{"indented lists", func(n int) string {
		// Indentation grows with depth: levels beyond the cap on
		// nesting even for the small input.
		var sb strings.Builder
		for i := range 60 + n/50 {
			sb.WriteString(strings.Repeat(" ", 2*i) + "- item\n")
		}
		return sb.String()
	}},
	{"link openings", func(n int) string { return strings.Repeat("[a](", n) + "x\n" }},
	{"images", func(n int) string { return strings.Repeat("![", n) + "x\n" }},
	{"brackets", func(n int) string { return strings.Repeat("[", n) + "x" + strings.Repeat("]", n) + "\n" }},
	{"emphasis", func(n int) string { return strings.Repeat("*", n) + "x" + strings.Repeat("*", n) + "\n" }},
	{"alternating emphasis", func(n int) string { return strings.Repeat("*a _", n) + "x\n" }},
	{"wide table", func(n int) string {
		return "|" + strings.Repeat("a|", n) + "\n|" + strings.Repeat("-|", n) + "\n" + strings.Repeat("|x\n", n)
	}},
	{"escaped pipes in code", func(n int) string {
		return "| a |\n| - |\n" + strings.Repeat("| `x \\| y` |\n", n)
	}},
	{"front matter", func(n int) string { return "---\ntitle: " + strings.Repeat("[", n) + "\n---\n" }},
}

// TestHostileMarkdown parses deeply nested and repetitive documents of
// 625 and 10,000 levels or repetitions: parsing must not blow the stack,
// and the model must keep its invariants. How the time grows with the
// input is measured by BenchmarkHostileMarkdown, not here.
func TestHostileMarkdown(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			for _, n := range []int{hostileSmall, hostileLarge} {
				a, err := Parse("hostile.md", []byte(h.build(n)), Markdown)
				if err != nil {
					continue
				}
				if errs := checkInvariants(a); len(errs) > 0 {
					t.Fatalf("n=%d: %d broken invariants, first: %s", n, len(errs), errs[0])
				}
			}
		})
	}
}

// The sizes of the hostile inputs: a parser linear in its input takes
// 16 times as long per input for the large size as for the small one; a
// quadratic parser 256 times.
const hostileSmall, hostileLarge = 625, 10000

// BenchmarkHostileMarkdown measures the parser on the hostile inputs at two
// sizes; compare the ns/op of the two sizes of each input (and MB/s, which
// stays flat when the cost is linear).
func BenchmarkHostileMarkdown(b *testing.B) {
	for _, h := range hostileInputs {
		for _, n := range []int{hostileSmall, hostileLarge} {
			src := []byte(h.build(n))
			b.Run(fmt.Sprintf("%s/n=%d", h.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Parse("hostile.md", src, Markdown); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
