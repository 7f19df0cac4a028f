package mixedscriptword_test

import (
	"testing"

	"github.com/newslint/newslint/rules/internal/fuzzfix"
	"github.com/newslint/newslint/rules/mixedscriptword"
)

// FuzzFix checks that fixing arbitrary text gives valid UTF-8 at most twice
// as long as the input (a Latin letter of one byte becomes a Cyrillic or
// Greek one of two), changes only reported ranges, and is idempotent.
func FuzzFix(f *testing.F) {
	fuzzfix.Run(f, mixedscriptword.New(), 2, "Рutin Pуtin", "ХХI ХI IХ", "оoоo", "ΣΥΡΙΖA", "Кº Nº")
}
