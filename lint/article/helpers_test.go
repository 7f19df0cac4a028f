package article

import (
	"fmt"
	"strings"
)

// dump renders what the parser computed, for table tests: one line per
// block,
//
//	kind[depth] FIRST-LAST: "text" "text"
//
// with the 1-based numbers of the first and last lines that belong to the
// block, then the verbatim and hard-break lines, the language and the
// suppressions.
func dump(a *Article) string {
	var sb strings.Builder
	for i, b := range a.Blocks {
		first, last := -1, -1
		for li, l := range a.Lines {
			if l.Block == i {
				if first < 0 {
					first = li
				}
				last = li
			}
		}
		fmt.Fprintf(&sb, "%s[%d] %d-%d:", b.Kind, b.Depth, first+1, last+1)
		for _, s := range b.Text {
			fmt.Fprintf(&sb, " %q", a.Text(s))
		}
		sb.WriteByte('\n')
	}
	var verbatim, hard []string
	for i, l := range a.Lines {
		if l.Verbatim {
			verbatim = append(verbatim, fmt.Sprint(i+1))
		}
		if l.HardBreak {
			hard = append(hard, fmt.Sprint(i+1))
		}
	}
	if len(verbatim) > 0 {
		fmt.Fprintf(&sb, "verbatim %s\n", strings.Join(verbatim, ","))
	}
	if len(hard) > 0 {
		fmt.Fprintf(&sb, "hard %s\n", strings.Join(hard, ","))
	}
	if a.Lang != "" {
		fmt.Fprintf(&sb, "lang %s\n", a.Lang)
	}
	for _, s := range a.Suppressions {
		fmt.Fprintf(&sb, "suppress %q %v %s\n", a.Text(s.Directive), s.Rules, describeSpan(a, s.Scope))
	}
	return sb.String()
}

// describeSpan renders a span as LINE:COL-LINE:COL.
func describeSpan(a *Article, s Span) string {
	l1, c1 := a.Position(s.Start)
	l2, c2 := a.Position(s.End)
	return fmt.Sprintf("%d:%d-%d:%d", l1, c1, l2, c2)
}
