package article

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// checkInvariants returns the ways in which a parsed article breaks the
// model's guarantees, or nil.
func checkInvariants(a *Article) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	src := a.Src
	n := len(src)

	// Lines tile the source exactly.
	if len(a.Lines) == 0 {
		return []string{"no lines"}
	}
	at := 0
	for i, l := range a.Lines {
		if l.Start != at || l.End < l.Start || l.Next() > n {
			fail("line %d [%d,%d)+%d does not continue at %d", i+1, l.Start, l.End, l.EOL, at)
			return errs
		}
		if strings.ContainsAny(src[l.Start:l.End], "\r\n") {
			fail("line %d holds a line terminator", i+1)
		}
		switch eol := src[l.End:l.Next()]; {
		case eol == "\n", eol == "\r\n", eol == "\r" && (l.Next() == n || src[l.Next()] != '\n'):
		case eol == "" && i == len(a.Lines)-1:
		default:
			fail("line %d has terminator %q", i+1, eol)
		}
		at = l.Next()
	}
	if at != n {
		fail("lines end at %d, source at %d", at, n)
	}
	if last := a.Lines[len(a.Lines)-1]; n > 0 && last.Start == last.End && last.EOL == 0 {
		fail("empty line after the final terminator")
	}

	// Blocks lie within the source, in order, on whole lines.
	lineStarts, lineEnds := map[int]bool{}, map[int]bool{}
	for _, l := range a.Lines {
		lineStarts[l.Start], lineEnds[l.End] = true, true
	}
	inFrontMatter := func(i int) bool {
		b := a.Blocks[i]
		for j := range i {
			fm := a.Blocks[j]
			if fm.Kind == FrontMatter && fm.Start <= b.Start && b.End <= fm.End && (b.Kind == Headline || b.Kind == Subtitle) {
				return true
			}
		}
		return false
	}
	prevEnd := 0
	for i, b := range a.Blocks {
		if b.Start < 0 || b.End > n || b.Start > b.End {
			fail("block %d (%s) span [%d,%d) outside the source", i, b.Kind, b.Start, b.End)
			continue
		}
		if !lineStarts[b.Start] || !lineEnds[b.End] {
			fail("block %d (%s) span [%d,%d) does not cover whole lines", i, b.Kind, b.Start, b.End)
		}
		nested := inFrontMatter(i)
		if !nested {
			if b.Start < prevEnd {
				fail("block %d (%s) starts at %d, before the previous block's end %d", i, b.Kind, b.Start, prevEnd)
			}
			prevEnd = b.End
		}
		if !b.Kind.IsProse() && len(b.Text) > 0 {
			fail("block %d (%s) is not prose but has text", i, b.Kind)
		}
		// Text ranges are sorted, disjoint, non-empty, inside the
		// block, on rune boundaries, within one non-verbatim line of
		// the block.
		prev := -1
		for _, s := range b.Text {
			switch {
			case s.Start >= s.End:
				fail("block %d (%s) has an empty or inverted text range [%d,%d)", i, b.Kind, s.Start, s.End)
			case s.Start < b.Start || s.End > b.End:
				fail("block %d (%s) text range [%d,%d) outside its span [%d,%d)", i, b.Kind, s.Start, s.End, b.Start, b.End)
			case s.Start < prev:
				fail("block %d (%s) text range [%d,%d) overlaps or precedes the previous one", i, b.Kind, s.Start, s.End)
			case !utf8.RuneStart(src[s.Start]) || s.End < n && !utf8.RuneStart(src[s.End]):
				fail("block %d (%s) text range [%d,%d) splits a character", i, b.Kind, s.Start, s.End)
			default:
				li := a.LineAt(s.Start)
				l := a.Lines[li]
				if s.End > l.End {
					fail("block %d (%s) text range [%d,%d) crosses the end of line %d", i, b.Kind, s.Start, s.End, li+1)
				}
				if l.Verbatim {
					fail("block %d (%s) text range [%d,%d) on verbatim line %d", i, b.Kind, s.Start, s.End, li+1)
				}
				if l.Block != i {
					fail("block %d (%s) text range [%d,%d) on line %d of block %d", i, b.Kind, s.Start, s.End, li+1, l.Block)
				}
			}
			prev = s.End
		}
	}

	// Lines point to blocks that cover them; a block's lines are its own.
	for li, l := range a.Lines {
		if l.Block < -1 || l.Block >= len(a.Blocks) {
			fail("line %d has block index %d", li+1, l.Block)
			continue
		}
		if l.Block < 0 {
			if l.Verbatim || l.HardBreak {
				fail("line %d outside every block is verbatim or a hard break", li+1)
			}
			continue
		}
		b := a.Blocks[l.Block]
		if l.Start < b.Start || l.End > b.End {
			fail("line %d [%d,%d) outside its block %d (%s) [%d,%d)", li+1, l.Start, l.End, l.Block, b.Kind, b.Start, b.End)
		}
		if l.HardBreak {
			if l.Verbatim || !strings.HasSuffix(src[l.Start:l.End], "  ") || l.End == b.End {
				fail("line %d is a hard break but verbatim, without two trailing spaces, or the last of its block", li+1)
			}
		}
	}
	// The lines inside a block's span belong to it (a line outside every
	// block lies in no block's span).
	for i, b := range a.Blocks {
		if b.Len() == 0 {
			continue
		}
		for li := a.LineAt(b.Start); li < len(a.Lines) && a.Lines[li].Start <= b.End; li++ {
			l := a.Lines[li]
			if l.End < b.Start || l.Start == b.End && l.End > b.End {
				continue
			}
			switch {
			case l.Block == i:
			case b.Kind == FrontMatter && l.Block > i && (a.Blocks[l.Block].Kind == Headline || a.Blocks[l.Block].Kind == Subtitle):
			default:
				fail("line %d lies in block %d (%s) but belongs to block %d", li+1, i, b.Kind, l.Block)
			}
		}
	}
	for _, s := range a.Suppressions {
		if s.Directive.Start < 0 || s.Directive.End > n || s.Directive.Start >= s.Directive.End ||
			s.Scope.Start < 0 || s.Scope.End > n || s.Scope.Start > s.Scope.End {
			fail("suppression %+v outside the source", s)
		}
	}
	// Line starts and ends have positions on their lines.
	for li, l := range a.Lines {
		if line, col := a.Position(l.Start); line != li+1 || col != 1 {
			fail("line %d starts at %d:%d", li+1, line, col)
		}
		if line, col := a.Position(l.End); line != li+1 || col != utf8.RuneCountInString(src[l.Start:l.End])+1 {
			fail("line %d ends at %d:%d", li+1, line, col)
		}
	}
	return errs
}

// checkError returns what is wrong with a parse error, or "".
func checkError(src []byte, err error) string {
	var pe *Error
	if !errors.As(err, &pe) {
		return fmt.Sprintf("error %v is not an *article.Error", err)
	}
	if pe.Offset < 0 || pe.Offset > len(src) {
		return fmt.Sprintf("error offset %d outside the source", pe.Offset)
	}
	if pe.Line < 0 || pe.Line > 0 && pe.Column < 1 {
		return fmt.Sprintf("error at %d:%d", pe.Line, pe.Column)
	}
	return ""
}
