package boilerplate_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/boilerplate"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", boilerplate.New())
}
