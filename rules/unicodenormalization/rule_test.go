package unicodenormalization_test

import (
	"testing"

	"github.com/newslint/newslint/rules/internal/articletest"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/unicodenormalization"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", unicodenormalization.New())
}

// TestVerbatim checks that code blocks and other verbatim lines are never
// inspected, in plain text and in Markdown, while the same text in a
// paragraph is reported.
func TestVerbatim(t *testing.T) {
	articletest.CheckVerbatim(t, unicodenormalization.New, "Cafe\u0301")
}
