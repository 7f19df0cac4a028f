package consecutiveblanklines_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/consecutiveblanklines"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", consecutiveblanklines.New())
}
