package finalnewline_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/finalnewline"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", finalnewline.New())
}
