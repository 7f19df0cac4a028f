package text

import (
	"math/bits"
	"slices"
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
)

func TestInnerSpaceRuns(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"one two", []string{" "}},
		{"one  two\u00a0three", []string{"  ", "\u00a0"}},
		{"  leading and trailing  ", []string{" ", " "}},
		{"a \t\u3000 b", []string{" \t\u3000 "}},
		{"line \nbreak", nil},
		{"line\r\n break", nil},
		{"word", nil},
		{"", nil},
		{" ", nil},
	}
	for _, tt := range tests {
		runs := innerSpaceRuns(tt.src, article.Span{Start: 0, End: len(tt.src)})
		var got []string
		for _, r := range runs {
			got = append(got, tt.src[r.Start:r.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("innerSpaceRuns(%q) = %q, want %q", tt.src, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("innerSpaceRuns(%q) = %q, want %q", tt.src, got, tt.want)
				break
			}
		}
	}
}

func TestInnerSpaceRunsInsideSpan(t *testing.T) {
	src := "out  [in  side]  out"
	runs := innerSpaceRuns(src, article.Span{Start: 6, End: 14})
	if len(runs) != 1 || src[runs[0].Start:runs[0].End] != "  " || runs[0].Start != 8 {
		t.Errorf("runs = %v, want one at 8", runs)
	}
}

func TestDescribeSpaces(t *testing.T) {
	tests := []struct{ in, want string }{
		{" ", "a space"},
		{"  ", "2 spaces"},
		{"\t", "a tab"},
		{"\u00a0", "a U+00A0 NO-BREAK SPACE"},
		{"\u00a0\u00a0", "2 × U+00A0 NO-BREAK SPACE"},
		{" \u00a0", "2 white-space characters (space, U+00A0 NO-BREAK SPACE)"},
	}
	for _, tt := range tests {
		if got := DescribeSpaces(tt.in); got != tt.want {
			t.Errorf("DescribeSpaces(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{0, "0 lines"}, {1, "1 line"}, {2, "2 lines"}}
	for _, tt := range tests {
		if got := Plural(tt.n, "line", "lines"); got != tt.want {
			t.Errorf("Plural(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

// oddRuns returns the runs of innerSpaceRuns other than a single plain
// space: what OddSpaceRuns must yield.
func oddRuns(src string, s article.Span) []article.Span {
	var out []article.Span
	for _, r := range innerSpaceRuns(src, s) {
		if src[r.Start:r.End] != " " {
			out = append(out, r)
		}
	}
	return out
}

// checkOddSpaceRuns compares OddSpaceRuns with oddRuns on one span.
func checkOddSpaceRuns(t *testing.T, src string, s article.Span) {
	t.Helper()
	got := slices.Collect(OddSpaceRuns(src, s))
	if want := oddRuns(src, s); !slices.Equal(got, want) {
		t.Errorf("OddSpaceRuns(%q, %v) = %v, want %v", src, s, got, want)
	}
}

func TestOddSpaceRuns(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"one two", nil},
		{"one  two\u00a0three", []string{"  ", "\u00a0"}},
		{"one\ttwo\u2009three\u3000four\u1680five", []string{"\t", "\u2009", "\u3000", "\u1680"}},
		{"  leading and trailing  ", nil},
		{"a \t\u3000 b", []string{" \t\u3000 "}},
		{"Москва\u00a0и  Київ — «так»", []string{"\u00a0", "  "}},
		{"line  \nbreak", nil},
		{"line\r\n\u00a0break", nil},
		{"\xe2\x80 \xe2\x80\x80x", []string{" \u2000"}},
		{"bad\xc2\u00a0x", []string{"\u00a0"}},
		{"", nil},
	}
	for _, tt := range tests {
		s := article.Span{Start: 0, End: len(tt.src)}
		var got []string
		for r := range OddSpaceRuns(tt.src, s) {
			got = append(got, tt.src[r.Start:r.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("OddSpaceRuns(%q) = %q, want %q", tt.src, got, tt.want)
		}
		checkOddSpaceRuns(t, tt.src, s)
	}
}

// TestOddSpaceRunsSpanEnd checks that a character cut by the end of the span
// is read as the decoder reads it there, not as the white space it would
// be in full.
func TestOddSpaceRunsSpanEnd(t *testing.T) {
	src := "a b\u00a0c"
	for end := 1; end <= len(src); end++ {
		checkOddSpaceRuns(t, src, article.Span{Start: 0, End: end})
	}
}

// TestOddSpaceRunsCorpus compares OddSpaceRuns with the runs of
// innerSpaceRuns on every prose range of the shared corpus.
func TestOddSpaceRunsCorpus(t *testing.T) {
	for _, ca := range linttest.Corpus(t) {
		src := ca.Read(t)
		for _, format := range []article.Format{article.Text, article.Markdown} {
			a, err := article.Parse(ca.Path, src, format)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range a.Blocks {
				for _, s := range b.Text {
					checkOddSpaceRuns(t, a.Src, s)
				}
			}
		}
	}
}

// FuzzOddSpaceRuns compares OddSpaceRuns with the runs of innerSpaceRuns
// on arbitrary bytes, valid UTF-8 or not, and every span inside them.
func FuzzOddSpaceRuns(f *testing.F) {
	for _, s := range []string{"one  two\u00a0three", "a \t\u3000 b\r\n c", "\xe2\x80 \xe2\x80\x80x", "x\u2009\u202f\u205fy"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, src string, start, end int) {
		if start < 0 || end > len(src) || start > end {
			start, end = 0, len(src)
		}
		checkOddSpaceRuns(t, src, article.Span{Start: start, End: end})
	})
}

// TestOddSpaceRunsAllocations checks that OddSpaceRuns allocates nothing.
func TestOddSpaceRunsAllocations(t *testing.T) {
	src := "one  two\u00a0three four"
	s := article.Span{Start: 0, End: len(src)}
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		for range OddSpaceRuns(src, s) {
			n++
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per call, want 0", allocs)
	}
}

// BenchmarkOddSpaceRuns measures OddSpaceRuns on the prose ranges of the
// shared corpus.
func BenchmarkOddSpaceRuns(b *testing.B) {
	var srcs []string
	var spans [][]article.Span
	var bytes int64
	for _, ca := range linttest.Corpus(b) {
		src := ca.Read(b)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			b.Fatal(err)
		}
		var ss []article.Span
		for _, bl := range a.Blocks {
			ss = append(ss, bl.Text...)
		}
		srcs, spans = append(srcs, a.Src), append(spans, ss)
		bytes += int64(len(a.Src))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for k, src := range srcs {
			for _, s := range spans[k] {
				for range OddSpaceRuns(src, s) {
					n++
				}
			}
		}
	}
}

func TestPrintableASCII(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		want int
	}{
		{"", 0, 0},
		{"abc", 0, 3},
		{"abc", 3, 3},
		{"hello, world~", 0, 13},
		{"hello, world\x7f and more", 0, 12},
		{"0123456789abcdef\tx", 0, 16},
		{"0123456789abcdef\tx", 2, 16},
		{"01234567\u00e9", 0, 8},
		{"0123456\u00e9", 0, 7},
		{"\x00abc", 0, 0},
		{"ab\x1fcdefghijkl", 0, 2},
		{"abcdefghij\nkl", 1, 10},
	}
	for _, tt := range tests {
		if got := PrintableASCII(tt.s, tt.i); got != tt.want {
			t.Errorf("PrintableASCII(%q, %d) = %d, want %d", tt.s, tt.i, got, tt.want)
		}
	}
}

// FuzzPrintableASCII compares PrintableASCII with a byte-by-byte search.
func FuzzPrintableASCII(f *testing.F) {
	f.Add("hello, world\x7f and more", 0)
	f.Add("0123456789abcdef\tx\u00e9", 3)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			i = 0
		}
		want := i
		for want < len(s) && s[want] >= 0x20 && s[want] < 0x7F {
			want++
		}
		if got := PrintableASCII(s, i); got != want {
			t.Errorf("PrintableASCII(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

// TestByteMasks checks the eight-byte masks on every byte value in every
// position, next to every other value.
func TestByteMasks(t *testing.T) {
	for v := range 256 {
		for w := range 256 {
			for pos := range 7 {
				x := uint64(w)*ones&^(0xFFFF<<(8*pos)) | uint64(v)<<(8*pos) | uint64(w)<<(8*(pos+1))
				for k := range 8 {
					c := byte(x >> (8 * k))
					bit := uint64(0x80) << (8 * k)
					if got, want := zeroBytes(x)&bit != 0, c == 0; got != want {
						t.Fatalf("zeroBytes(%#x) byte %d: %v, want %v", x, k, got, want)
					}
					for _, n := range []byte{1, 4, 0x0E, 0x20, 0x80} {
						if got, want := belowBytes(x, n)&bit != 0, c < n; got != want {
							t.Fatalf("belowBytes(%#x, %#x) byte %d: %v, want %v", x, n, k, got, want)
						}
					}
				}
			}
		}
	}
}

func TestASCII(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		want int
	}{
		{"", 0, 0},
		{"abc", 0, 3},
		{"abc\x00\x7f\t", 1, 6},
		{"0123456789abcdef\u00e9", 0, 16},
		{"0123456789abcdef\u00e9", 3, 16},
		{"01234567\u00e9", 0, 8},
		{"\u00e9abc", 0, 0},
		{"\u00e9abc", 2, 5},
	}
	for _, tt := range tests {
		if got := ASCII(tt.s, tt.i); got != tt.want {
			t.Errorf("ASCII(%q, %d) = %d, want %d", tt.s, tt.i, got, tt.want)
		}
	}
}

// TestStopBytes checks that stopBytes marks, in every eight bytes made of
// two byte values, the first byte where skipWords must stop, or one before
// it, and tells whether the last byte is a space.
func TestStopBytes(t *testing.T) {
	for v := range 256 {
		for w := range 256 {
			for pos := range 8 {
				var b [8]byte
				for k := range b {
					b[k] = byte(w)
				}
				b[pos] = byte(v)
				x := load64(string(b[:]), 0)
				first := 8
				for k := range b {
					c := b[k]
					if byteClasses[c] != byteWord && c != ' ' || c < '\r'+1 || c == ' ' && k < 7 && b[k+1] == ' ' {
						first = k
						break
					}
				}
				stop, lastSpace := stopBytes(x)
				marked := 8
				if stop != 0 {
					marked = bits.TrailingZeros64(stop) / 8
				}
				if marked > first {
					t.Fatalf("stopBytes(% x) marks byte %d first, want %d or before", b, marked, first)
				}
				if lastSpace != (b[7] == ' ') {
					t.Fatalf("stopBytes(% x) lastSpace = %v", b, lastSpace)
				}
			}
		}
	}
}
