package duplicatesubtitle_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/duplicatesubtitle"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", duplicatesubtitle.New())
}
