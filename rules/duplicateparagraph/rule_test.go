package duplicateparagraph_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/duplicateparagraph"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", duplicateparagraph.New())
}
