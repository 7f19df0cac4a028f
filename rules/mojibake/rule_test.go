package mojibake_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/mojibake"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", mojibake.New())
}
