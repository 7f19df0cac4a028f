package text

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
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
		runs := InnerSpaceRuns(tt.src, article.Span{Start: 0, End: len(tt.src)})
		var got []string
		for _, r := range runs {
			got = append(got, tt.src[r.Start:r.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("InnerSpaceRuns(%q) = %q, want %q", tt.src, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("InnerSpaceRuns(%q) = %q, want %q", tt.src, got, tt.want)
				break
			}
		}
	}
}

func TestInnerSpaceRunsInsideSpan(t *testing.T) {
	src := "out  [in  side]  out"
	runs := InnerSpaceRuns(src, article.Span{Start: 6, End: 14})
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
