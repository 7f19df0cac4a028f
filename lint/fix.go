package lint

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/newslint/newslint/lint/article"
)

// MaxFixPasses bounds the lint-and-fix loop: fixes can enable further fixes
// (removing the white space of a blank line can make two blank lines in a
// row), so the engine re-lints after each pass until nothing changes.
const MaxFixPasses = 10

// FixOptions control Linter.Fix.
type FixOptions struct {
	// Unsafe also applies unsafe fixes.
	Unsafe bool
}

// FixResult is the outcome of Linter.Fix.
type FixResult struct {
	// Article is the fixed article, parsed again.
	Article *article.Article
	// Applied counts the fixes applied, by rule name.
	Applied map[string]int
	// Remaining are the findings left in the fixed article.
	Remaining []Finding
	// Passes is the number of passes that applied fixes.
	Passes int
}

// Changed reports whether any fix was applied.
func (r *FixResult) Changed() bool { return r.Passes > 0 }

// Fix lints a and applies the fixes it may (safe ones, and unsafe ones when
// opts.Unsafe is set), then lints and fixes the result again until no fix
// applies or MaxFixPasses is reached. Fixes whose edits overlap an earlier
// fix of the same pass wait for the next pass.
func (l *Linter) Fix(ctx context.Context, a *article.Article, s *Settings, opts FixOptions) (*FixResult, error) {
	res := &FixResult{Article: a, Applied: map[string]int{}}
	for {
		fs, err := l.Lint(ctx, res.Article, s)
		if err != nil {
			return nil, err
		}
		res.Remaining = fs
		if res.Passes == MaxFixPasses {
			return res, nil
		}
		chosen := chooseFixes(fs, opts)
		if len(chosen) == 0 {
			return res, nil
		}
		var edits []Edit
		for _, c := range chosen {
			edits = append(edits, c.fix.Edits...)
		}
		text, err := ApplyEdits(res.Article.Src, edits)
		if err != nil {
			return nil, err
		}
		if text == res.Article.Src {
			return res, nil
		}
		next, err := article.Parse(a.Path, []byte(text), a.Format)
		if err != nil {
			return nil, fmt.Errorf("fixes by %s made the text unreadable: %w", rulesOf(chosen), err)
		}
		for _, c := range chosen {
			res.Applied[c.rule]++
		}
		res.Article = next
		res.Passes++
	}
}

type chosenFix struct {
	rule string
	fix  *Fix
}

func rulesOf(cs []chosenFix) string {
	var names []string
	for _, c := range cs {
		if !slices.Contains(names, c.rule) {
			names = append(names, c.rule)
		}
	}
	return strings.Join(names, ", ")
}

// chooseFixes picks, for each finding in order, its first applicable fix
// whose edits do not overlap those already picked.
func chooseFixes(fs []Finding, opts FixOptions) []chosenFix {
	var chosen []chosenFix
	var taken []Edit // sorted by Pos
	for i := range fs {
		fix := applicableFix(&fs[i], opts)
		if fix == nil {
			continue
		}
		if slices.ContainsFunc(fix.Edits, func(e Edit) bool { return overlapsAny(taken, e) }) {
			continue
		}
		for _, e := range fix.Edits {
			j, _ := slices.BinarySearchFunc(taken, e, func(a, b Edit) int { return cmp.Compare(a.Pos, b.Pos) })
			taken = slices.Insert(taken, j, e)
		}
		chosen = append(chosen, chosenFix{rule: fs[i].Rule, fix: fix})
	}
	return chosen
}

// applicableFix returns the first fix of f the options allow, or nil.
func applicableFix(f *Finding, opts FixOptions) *Fix {
	for i := range f.Fixes {
		if f.Fixes[i].Applicability == Safe || opts.Unsafe {
			return &f.Fixes[i]
		}
	}
	return nil
}

// overlapsAny reports whether e overlaps any edit of taken, which is sorted
// by position and holds disjoint edits, so that only the neighbors of e's
// position need a look.
func overlapsAny(taken []Edit, e Edit) bool {
	j, _ := slices.BinarySearchFunc(taken, e.Pos, func(a Edit, pos int) int { return cmp.Compare(a.Pos, pos) })
	if j < len(taken) && overlaps(taken[j], e) {
		return true
	}
	return j > 0 && overlaps(taken[j-1], e)
}

// overlaps reports whether two edits touch the same bytes, or insert at the
// same place (where their order would be ambiguous).
func overlaps(a, b Edit) bool {
	if a.Pos == b.Pos {
		return true
	}
	return a.Pos < b.End && b.Pos < a.End
}

// ApplyEdits returns src with the edits applied. The edits must lie inside
// src and must not overlap; they may come in any order.
func ApplyEdits(src string, edits []Edit) (string, error) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b Edit) int { return cmp.Compare(a.Pos, b.Pos) })
	var sb strings.Builder
	sb.Grow(len(src))
	last := 0
	for i, e := range edits {
		if err := checkRange(src, e.Pos, e.End); err != nil {
			return "", fmt.Errorf("edit %d: %w", i, err)
		}
		if e.Pos < last || i > 0 && overlaps(edits[i-1], e) {
			return "", fmt.Errorf("edit %d: overlaps the previous edit", i)
		}
		sb.WriteString(src[last:e.Pos])
		sb.WriteString(e.NewText)
		last = e.End
	}
	sb.WriteString(src[last:])
	return sb.String(), nil
}
