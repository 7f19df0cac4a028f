package lint_test

import (
	"context"
	"fmt"
	"log"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules"
)

// A content system written in Go lints an article it holds in memory: parse
// it, run the rules, and show each finding at its line and column.
func ExampleLinter_Lint() {
	linter, err := lint.New(rules.All()...)
	if err != nil {
		log.Fatal(err)
	}
	// A headline with a trailing space, and a separator line holding a
	// no-break space.
	src := "Storm closes ports \n\u00a0\nFerries stayed in harbour on Tuesday.\n"
	a, err := article.Parse("storm.txt", []byte(src), article.FormatOf("storm.txt"))
	if err != nil {
		log.Fatal(err) // not UTF-8 text: err is an *article.Error with a position
	}
	settings := &lint.Settings{Languages: []string{"en"}}
	findings, err := linter.Lint(context.Background(), a, settings)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range findings {
		if f.Pos == lint.WholeFile {
			fmt.Printf("%s: %s [%s]\n", f.Severity, f.Message, f.Rule)
			continue
		}
		line, col := a.Position(f.Pos)
		fmt.Printf("%d:%d: %s: %s [%s]\n", line, col, f.Severity, f.Message, f.Rule)
	}
	// Output:
	// 1:19: warning: trailing white space: a space [trailing-whitespace]
	// 2:1: warning: line made only of white space: a U+00A0 NO-BREAK SPACE [blank-line-whitespace]
}

// Fix applies the safe fixes until the article is stable and reports what
// it applied and what remains.
func ExampleLinter_Fix() {
	linter, err := lint.New(rules.All()...)
	if err != nil {
		log.Fatal(err)
	}
	src := "Storm closes ports \n\u00a0\nFerries stayed in harbour on Tuesday.\n"
	a, err := article.Parse("storm.txt", []byte(src), article.Text)
	if err != nil {
		log.Fatal(err)
	}
	settings := &lint.Settings{Languages: []string{"en"}}
	res, err := linter.Fix(context.Background(), a, settings, lint.FixOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%q\n", res.Article.Src)
	fmt.Println("applied:", res.Applied)
	fmt.Println("remaining:", len(res.Remaining))
	// Output:
	// "Storm closes ports\n\nFerries stayed in harbour on Tuesday.\n"
	// applied: map[blank-line-whitespace:1 trailing-whitespace:1]
	// remaining: 0
}
