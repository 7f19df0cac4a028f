package invisiblecharacter_test

import (
	"testing"

	"github.com/newslint/newslint/rules/internal/fuzzfix"
	"github.com/newslint/newslint/rules/invisiblecharacter"
)

// FuzzFix checks that fixing arbitrary text gives valid UTF-8, changes only
// reported ranges, and is idempotent. Fixes remove characters, except that
// a paragraph separator (three bytes) may become a blank line, which takes
// four bytes with CRLF line endings: the text grows by at most a third.
func FuzzFix(f *testing.F) {
	fuzzfix.Run(f, invisiblecharacter.New(), 2, "\ufeff\ufeffa", "a\u200b\u200b\u200cb", "\u00ad\u00ad", "Ã\u00ad\u00ad", "x\u001f\u001fy", "\ufe0f\ufe0f", "\U0001F3F4\U000E0067\U000E007F\U000E007F",
		"a\u2029b\r\nc\u2029d\r\n", "a\u2028\u2029\u2028b\n\u2028x\u2028", "H\u2028x\n\nS u b\u2028t\n\nBody.\u2029Body.\n", "DÅ\u00adRLIG ×\u0090 a×\u0090b")
}
