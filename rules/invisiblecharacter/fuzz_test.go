package invisiblecharacter_test

import (
	"testing"

	"github.com/newslint/newslint/rules/internal/fuzzfix"
	"github.com/newslint/newslint/rules/invisiblecharacter"
)

// FuzzFix checks that fixing arbitrary text gives valid UTF-8 that is no
// longer than the input, changes only reported ranges, and is idempotent.
func FuzzFix(f *testing.F) {
	fuzzfix.Run(f, invisiblecharacter.New(), 1, "\ufeff\ufeffa", "a\u200b\u200b\u200cb", "\u00ad\u00ad", "Ã\u00ad\u00ad", "x\u001f\u001fy", "\ufe0f\ufe0f", "\U0001F3F4\U000E0067\U000E007F\U000E007F")
}
