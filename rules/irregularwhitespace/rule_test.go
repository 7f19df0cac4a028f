package irregularwhitespace_test

import (
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/irregularwhitespace"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", irregularwhitespace.New())
}

func TestBoundWords(t *testing.T) {
	s := &lint.Settings{Rules: map[string]lint.RuleSettings{
		"irregular-whitespace": {Options: &irregularwhitespace.Options{BoundWords: []string{"pod", "PRZY"}}},
	}}
	linttest.RunSettings(t, "testdata/bound", s, irregularwhitespace.New())
}
