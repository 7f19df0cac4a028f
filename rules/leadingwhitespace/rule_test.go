package leadingwhitespace_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/leadingwhitespace"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", leadingwhitespace.New())
}
