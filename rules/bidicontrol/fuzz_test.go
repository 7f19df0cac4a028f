package bidicontrol_test

import (
	"testing"

	"github.com/newslint/newslint/rules/bidicontrol"
	"github.com/newslint/newslint/rules/internal/fuzzfix"
)

// FuzzFix checks that fixing arbitrary text gives valid UTF-8 that is no
// longer than the input, changes only reported ranges, and is idempotent.
func FuzzFix(f *testing.F) {
	fuzzfix.Run(f, bidicontrol.New(), 1, "\u202e\u202c\u202c", "\u2067\u2069\u2069\u2066", "\u0627\u200f\u200f\u0628", "a\u200eb", "\u202b\u0627\u2066\u202a\u2069")
}
