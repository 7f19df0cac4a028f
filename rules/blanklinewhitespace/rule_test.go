package blanklinewhitespace_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/blanklinewhitespace"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", blanklinewhitespace.New())
}
