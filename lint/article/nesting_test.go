package article

import (
	"strings"
	"testing"
	"time"
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
// 625 and 10,000 levels or repetitions. Parsing must neither blow the stack
// nor take more than linear time: per byte, the large input may take at most
// maxGrowth times as long as the small one (a quadratic parser would take
// 16 times as long), and it must parse within maxDuration even on a busy
// machine. Under the race detector, only the parsing and the model's
// invariants are checked.
func TestHostileMarkdown(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const (
		small, large = 625, 10000
		maxGrowth    = 6
		maxDuration  = 5 * time.Second
		rounds       = 5
	)
	timeParse := func(src []byte) time.Duration {
		start := time.Now()
		_, _ = Parse("hostile.md", src, Markdown)
		return time.Since(start)
	}
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			s, l := []byte(h.build(small)), []byte(h.build(large))
			for _, src := range [][]byte{s, l} {
				a, err := Parse("hostile.md", src, Markdown)
				if err != nil {
					continue
				}
				if errs := checkInvariants(a); len(errs) > 0 {
					t.Fatalf("%d broken invariants, first: %s", len(errs), errs[0])
				}
			}
			if raceDetector {
				return // no stack overflow; timings mean nothing here
			}
			// The fastest of several interleaved runs is the least
			// disturbed by other work on the machine.
			ts, tl := time.Duration(1<<62), time.Duration(1<<62)
			for range rounds {
				ts, tl = min(ts, timeParse(s)), min(tl, timeParse(l))
			}
			growth := float64(tl) / float64(max(ts, 100*time.Microsecond)) / (float64(len(l)) / float64(len(s)))
			t.Logf("%d bytes: %v; %d bytes: %v; growth per byte %.1f", len(s), ts, len(l), tl, growth)
			if tl > time.Millisecond && growth > maxGrowth {
				t.Errorf("per byte, the large input took %.1f times as long as the small one", growth)
			}
			if tl > maxDuration {
				t.Errorf("%d bytes took %v", len(l), tl)
			}
		})
	}
}
