package unicodenormalization_test

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/rules/internal/fuzzfix"
	"github.com/newslint/newslint/rules/unicodenormalization"
)

// FuzzFix checks that fixing arbitrary text gives valid UTF-8 at most three
// times as long as the input (NFC decomposes composition exclusions such as
// U+FB2C), changes only reported ranges, and is idempotent.
func FuzzFix(f *testing.F) {
	fuzzfix.Run(f, unicodenormalization.New(), 3, "e\u0301\u0301\u0301", "\u0958\u0959", "\ufb2c", "a"+strings.Repeat("\u0301", 40), "\u1100\u1161\u11a8", "\u0344\u0340")
}
