package trailingwhitespace_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/trailingwhitespace"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", trailingwhitespace.New())
}
