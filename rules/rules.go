// Package rules is the registry of newslint's rules. Each rule lives in a
// folder of its own below this one, with its code, its documentation
// (doc.md) and its golden tests; adding a rule means adding its folder and
// one line to All.
package rules

import (
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/bidicontrol"
	"github.com/newslint/newslint/rules/blanklinewhitespace"
	"github.com/newslint/newslint/rules/boilerplate"
	"github.com/newslint/newslint/rules/consecutiveblanklines"
	"github.com/newslint/newslint/rules/duplicateparagraph"
	"github.com/newslint/newslint/rules/duplicatesubtitle"
	"github.com/newslint/newslint/rules/finalnewline"
	"github.com/newslint/newslint/rules/headlinenumbers"
	"github.com/newslint/newslint/rules/htmlentity"
	"github.com/newslint/newslint/rules/invisiblecharacter"
	"github.com/newslint/newslint/rules/irregularwhitespace"
	"github.com/newslint/newslint/rules/leadingwhitespace"
	"github.com/newslint/newslint/rules/lineendings"
	"github.com/newslint/newslint/rules/mixedlanguage"
	"github.com/newslint/newslint/rules/mixedscriptword"
	"github.com/newslint/newslint/rules/mojibake"
	"github.com/newslint/newslint/rules/repeatedspaces"
	"github.com/newslint/newslint/rules/trailingwhitespace"
	"github.com/newslint/newslint/rules/unicodenormalization"
)

// All returns every rule, in no particular order; lint.New sorts them.
func All() []*lint.Rule {
	return []*lint.Rule{
		lint.UnusedSuppression(),
		trailingwhitespace.New(),
		blanklinewhitespace.New(),
		consecutiveblanklines.New(),
		finalnewline.New(),
		irregularwhitespace.New(),
		leadingwhitespace.New(),
		lineendings.New(),
		repeatedspaces.New(),
		bidicontrol.New(),
		htmlentity.New(),
		invisiblecharacter.New(),
		mixedscriptword.New(),
		mojibake.New(),
		unicodenormalization.New(),
		duplicatesubtitle.New(),
		duplicateparagraph.New(),
		headlinenumbers.New(),
		mixedlanguage.New(),
		boilerplate.New(),
	}
}
