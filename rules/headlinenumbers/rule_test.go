package headlinenumbers_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/headlinenumbers"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", headlinenumbers.New())
}
