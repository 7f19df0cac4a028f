package repeatedspaces_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/repeatedspaces"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", repeatedspaces.New())
}
