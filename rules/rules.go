// Package rules is the registry of newslint's rules. Each rule lives in a
// folder of its own below this one, with its code, its documentation
// (doc.md) and its golden tests; adding a rule means adding its folder and
// one line to All.
package rules

import (
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/trailingwhitespace"
)

// All returns every rule, in no particular order; lint.New sorts them.
func All() []*lint.Rule {
	return []*lint.Rule{
		lint.UnusedSuppression(),
		trailingwhitespace.New(),
	}
}
