package lineendings_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/lineendings"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", lineendings.New())
}
