package rules_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules"
)

// reference is the reference article: an English news article exactly as
// it was copied out of a blog template.
var reference = filepath.Join("..", "testdata", "article.txt")

// whitespaceRules are the rules about white space and line structure.
var whitespaceRules = []string{
	"blank-line-whitespace",
	"consecutive-blank-lines",
	"final-newline",
	"irregular-whitespace",
	"leading-whitespace",
	"line-endings",
	"repeated-spaces",
	"trailing-whitespace",
}

// TestReferenceArticle lints the reference article with every rule and
// compares the findings and the fixed article with the golden files beside
// it.
func TestReferenceArticle(t *testing.T) {
	l, err := lint.New(rules.All()...)
	if err != nil {
		t.Fatal(err)
	}
	linttest.Check(t, l, reference, nil)
}

// TestReferenceWhitespace checks the white-space findings on the reference
// article against its description: paragraphs made of a lone no-break
// space on lines 5, 11, 15, ..., 83, two extra blank lines (86 and 87)
// before the footer, and no line break at the end. Fixing them keeps every
// word and leaves no white-space finding.
func TestReferenceWhitespace(t *testing.T) {
	ctx := context.Background()
	l, err := lint.New(rules.All()...)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(reference)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(reference, src, article.Text)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := l.Lint(ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"5 blank-line-whitespace"}
	for line := 11; line <= 83; line += 4 {
		want = append(want, fmt.Sprintf("%d blank-line-whitespace", line))
	}
	want = append(want, "86 consecutive-blank-lines", "92 final-newline")
	var got []string
	for _, f := range whitespaceFindings(fs) {
		line, _ := a.Position(f.Pos)
		got = append(got, fmt.Sprintf("%d %s", line, f.Rule))
	}
	if !slices.Equal(got, want) {
		t.Errorf("white-space findings on the reference article:\n%s\nwant:\n%s",
			strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	res, err := l.Fix(ctx, a, nil, lint.FixOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rest := whitespaceFindings(res.Remaining); len(rest) > 0 {
		t.Errorf("white-space findings left after fixing: %v", rest)
	}
	if got, want := words(res.Article.Src), words(a.Src); !slices.Equal(got, want) {
		t.Errorf("safe fixes changed the words: %d words, want %d", len(got), len(want))
	}
	again, err := l.Fix(ctx, res.Article, nil, lint.FixOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Changed() {
		t.Errorf("fixing the fixed article again changes it")
	}
}

func whitespaceFindings(fs []lint.Finding) []lint.Finding {
	var ws []lint.Finding
	for _, f := range fs {
		if slices.Contains(whitespaceRules, f.Rule) {
			ws = append(ws, f)
		}
	}
	return ws
}

// words returns the words of s: what lies between white space and line
// breaks.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || article.IsSpace(r)
	})
}
