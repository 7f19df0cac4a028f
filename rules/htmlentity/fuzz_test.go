package htmlentity_test

import (
	"testing"

	"github.com/newslint/newslint/rules/htmlentity"
	"github.com/newslint/newslint/rules/internal/fuzzfix"
)

// FuzzFix checks that fixing arbitrary text gives valid UTF-8 that is no
// longer than the input, changes only reported ranges, and is idempotent.
func FuzzFix(f *testing.F) {
	fuzzfix.Run(f, htmlentity.New(), 1, "&amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;", "&#38;#38;#38;", "&amp;#x26;amp;", "&#x10FFFF;&#1114112;", "&notit;&ampx;&nbsp")
}
