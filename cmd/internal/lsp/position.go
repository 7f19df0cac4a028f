package lsp

import (
	"slices"
	"sort"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/newslint/newslint/lint"
)

// encoding is the unit in which positions count characters on a line.
type encoding int

const (
	// utf16Units counts UTF-16 code units: the protocol's default, which every
	// client supports. Characters outside the Basic Multilingual Plane,
	// such as most emoji, count two.
	utf16Units encoding = iota
	// utf8 counts bytes.
	utf8Units
)

// kind returns the encoding's name in the protocol.
func (e encoding) kind() protocol.PositionEncodingKind {
	if e == utf8Units {
		return protocol.PositionEncodingKindUTF8
	}
	return protocol.PositionEncodingKindUTF16
}

// negotiate picks the encoding for a client that offers the given ones:
// UTF-8 when offered, since it needs no conversion, else UTF-16.
func negotiate(offered []protocol.PositionEncodingKind) encoding {
	if slices.Contains(offered, protocol.PositionEncodingKindUTF8) {
		return utf8Units
	}
	return utf16Units
}

// lineIndex maps between byte offsets into a text and protocol positions.
// Lines end at "\n", "\r\n" or a lone "\r", as in the protocol and in the
// article model.
type lineIndex struct {
	text string
	// starts holds the offset where each line begins; ends the offset
	// where its content ends, before the line terminator.
	starts, ends []int
}

func newLineIndex(text string) *lineIndex {
	ix := &lineIndex{text: text, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			ix.ends = append(ix.ends, i)
			ix.starts = append(ix.starts, i+1)
		case '\r':
			ix.ends = append(ix.ends, i)
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			ix.starts = append(ix.starts, i+1)
		}
	}
	ix.ends = append(ix.ends, len(text))
	return ix
}

// position returns the position of a byte offset. Offsets outside the text
// are clamped to it, and an offset inside a line terminator stands for the
// end of the line's content.
func (ix *lineIndex) position(off int, enc encoding) protocol.Position {
	off = max(0, min(off, len(ix.text)))
	line := sort.Search(len(ix.starts), func(i int) bool { return ix.starts[i] > off }) - 1
	off = min(off, ix.ends[line])
	return protocol.Position{Line: uint32(line), Character: uint32(units(ix.text[ix.starts[line]:off], enc))}
}

// rng returns the range of the bytes [pos, end). Positions cannot fall
// between the "\r" and the "\n" of a line break: a range that starts or
// ends there grows to cover the whole line break.
func (ix *lineIndex) rng(pos, end int, enc encoding) protocol.Range {
	if ix.insideCRLF(pos) {
		pos--
	}
	if ix.insideCRLF(end) {
		end++
	}
	return protocol.Range{Start: ix.position(pos, enc), End: ix.position(end, enc)}
}

// insideCRLF reports whether off falls between the "\r" and the "\n" of a
// line break.
func (ix *lineIndex) insideCRLF(off int) bool {
	return off > 0 && off < len(ix.text) && ix.text[off-1] == '\r' && ix.text[off] == '\n'
}

// textEdits converts edits of the text, sorted and disjoint, into protocol
// edits. An edit that starts or ends between the "\r" and the "\n" of a
// line break, which no position can express, grows to cover the line break
// and replaces it with the same characters. Should that make two edits
// overlap, one edit replaces the whole text instead.
func (ix *lineIndex) textEdits(edits []lint.Edit, enc encoding) ([]protocol.TextEdit, error) {
	grown := make([]lint.Edit, len(edits))
	for i, e := range edits {
		if ix.insideCRLF(e.Pos) {
			e.Pos--
			e.NewText = "\r" + e.NewText
		}
		if ix.insideCRLF(e.End) {
			e.End++
			e.NewText += "\n"
		}
		grown[i] = e
		if i > 0 && e.Pos < grown[i-1].End {
			text, err := lint.ApplyEdits(ix.text, edits)
			if err != nil {
				return nil, err
			}
			return []protocol.TextEdit{{Range: ix.rng(0, len(ix.text), enc), NewText: text}}, nil
		}
	}
	out := make([]protocol.TextEdit, len(grown))
	for i, e := range grown {
		out[i] = protocol.TextEdit{
			Range:   protocol.Range{Start: ix.position(e.Pos, enc), End: ix.position(e.End, enc)},
			NewText: e.NewText,
		}
	}
	return out, nil
}

// offset returns the byte offset of a position. As the protocol asks, a
// character beyond the end of its line stands for the end of the line, and
// a line beyond the last one for the end of the text. A position inside a
// character (within a UTF-8 sequence or between the two halves of a UTF-16
// surrogate pair) stands for the start of that character.
func (ix *lineIndex) offset(p protocol.Position, enc encoding) int {
	if int(p.Line) >= len(ix.starts) {
		return len(ix.text)
	}
	start, end := ix.starts[p.Line], ix.ends[p.Line]
	want := int(p.Character)
	if enc == utf8Units {
		off := min(start+want, end)
		for off > start && off < end && !utf8.RuneStart(ix.text[off]) {
			off--
		}
		return off
	}
	n := 0
	for i, r := range ix.text[start:end] {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > want {
			return start + i
		}
		n += w
	}
	return end
}

// units returns the length of s in the encoding's units.
func units(s string, enc encoding) int {
	if enc == utf8Units {
		return len(s)
	}
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
