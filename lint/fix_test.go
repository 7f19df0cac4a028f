package lint

import (
	"context"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint/article"
)

func TestApplyEdits(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		edits   []Edit
		want    string
		wantErr string
	}{
		{"none", "abc", nil, "abc", ""},
		{"replace", "abc", []Edit{{1, 2, "X"}}, "aXc", ""},
		{"insert", "abc", []Edit{{3, 3, "\n"}}, "abc\n", ""},
		{"delete all", "abc", []Edit{{0, 3, ""}}, "", ""},
		{"unsorted", "abcdef", []Edit{{4, 5, "E"}, {0, 1, "A"}}, "AbcdEf", ""},
		{"adjacent", "abcd", []Edit{{0, 2, ""}, {2, 4, "x"}}, "x", ""},
		{"overlap", "abcd", []Edit{{0, 2, ""}, {1, 3, ""}}, "", "overlaps"},
		{"same insertion point", "ab", []Edit{{1, 1, "x"}, {1, 1, "y"}}, "", "overlaps"},
		{"out of range", "ab", []Edit{{1, 5, ""}}, "", "outside"},
		{"negative", "ab", []Edit{{-1, 1, ""}}, "", "outside"},
		{"splits a rune", "é", []Edit{{1, 2, ""}}, "", "splits a character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ApplyEdits(tt.src, tt.edits)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// wordRule reports every occurrence of a word, offering a fix that replaces
// it, so that tests control overlaps and cascades.
func wordRule(name, word, repl string, app Applicability) *Rule {
	return &Rule{
		Name:     name,
		Doc:      "Reports " + word + ".",
		Severity: Warning,
		Fixable:  SafeFix | UnsafeFix,
		Run: func(_ context.Context, p *Pass) error {
			src := p.Article.Src
			for i := 0; ; {
				j := strings.Index(src[i:], word)
				if j < 0 {
					return nil
				}
				pos := i + j
				p.Report(Finding{Pos: pos, End: pos + len(word), Message: "found " + word,
					Fixes: []Fix{{Message: "replace", Applicability: app, Edits: []Edit{{pos, pos + len(word), repl}}}}})
				i = pos + len(word)
			}
		},
	}
}

func mustParse(t *testing.T, src string) *article.Article {
	t.Helper()
	a, err := article.Parse("t.txt", []byte(src), article.Text)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestFixLoop(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name       string
		rules      []*Rule
		src        string
		unsafe     bool
		want       string
		wantPasses int
		remaining  int
	}{
		{
			name:  "independent fixes merge in one pass",
			rules: []*Rule{wordRule("a", "cat", "dog", Safe), wordRule("b", "red", "blue", Safe)},
			src:   "red cat\n", want: "blue dog\n", wantPasses: 1,
		},
		{
			name:  "cascade needs a second pass",
			rules: []*Rule{wordRule("a", "aa", "a", Safe)},
			src:   "aaaa\n", want: "a\n", wantPasses: 2,
		},
		{
			name:  "overlapping fixes wait for the next pass",
			rules: []*Rule{wordRule("a", "abc", "X", Safe), wordRule("b", "bcd", "Y", Safe)},
			src:   "abcd\n", want: "Xd\n", wantPasses: 1,
		},
		{
			name:  "unsafe fixes need asking",
			rules: []*Rule{wordRule("a", "cat", "", Unsafe)},
			src:   "cat\n", want: "cat\n", wantPasses: 0, remaining: 1,
		},
		{
			name:  "unsafe fixes when asked",
			rules: []*Rule{wordRule("a", "cat ", "", Unsafe)},
			src:   "cat dog\n", unsafe: true, want: "dog\n", wantPasses: 1,
		},
		{
			name:  "a fix that never converges stops at the bound",
			rules: []*Rule{wordRule("a", "ab", "ba", Safe), wordRule("b", "ba", "ab", Safe)},
			src:   "ab\n", want: "ab\n", wantPasses: MaxFixPasses, remaining: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := New(tt.rules...)
			if err != nil {
				t.Fatal(err)
			}
			res, err := l.Fix(ctx, mustParse(t, tt.src), nil, FixOptions{Unsafe: tt.unsafe})
			if err != nil {
				t.Fatal(err)
			}
			if res.Article.Src != tt.want || res.Passes != tt.wantPasses || len(res.Remaining) != tt.remaining {
				t.Errorf("got %q after %d passes with %d findings left; want %q, %d passes, %d left",
					res.Article.Src, res.Passes, len(res.Remaining), tt.want, tt.wantPasses, tt.remaining)
			}
			if res.Changed() != (tt.wantPasses > 0) {
				t.Errorf("Changed() = %v", res.Changed())
			}
		})
	}
}

func TestFixCountsApplied(t *testing.T) {
	l, err := New(wordRule("a", "cat", "dog", Safe), wordRule("b", "red", "blue", Safe))
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Fix(context.Background(), mustParse(t, "red cat, red cat\n"), nil, FixOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Applied["a"] != 2 || res.Applied["b"] != 2 {
		t.Errorf("Applied = %v, want a:2 b:2", res.Applied)
	}
}
