package lsp

import (
	"testing"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/newslint/newslint/lint"
)

func TestNegotiate(t *testing.T) {
	for _, tc := range []struct {
		offered []protocol.PositionEncodingKind
		want    encoding
	}{
		{nil, utf16Units},
		{[]protocol.PositionEncodingKind{"utf-16"}, utf16Units},
		{[]protocol.PositionEncodingKind{"utf-32", "utf-16"}, utf16Units},
		{[]protocol.PositionEncodingKind{"utf-16", "utf-8"}, utf8Units},
		{[]protocol.PositionEncodingKind{"utf-8"}, utf8Units},
	} {
		if got := negotiate(tc.offered); got != tc.want {
			t.Errorf("negotiate(%v) = %v, want %v", tc.offered, got.kind(), tc.want.kind())
		}
	}
}

// posText has a 2-byte character (é), 3-byte CJK characters, and 4-byte
// characters outside the Basic Multilingual Plane (😀, 𝐀) that take two
// UTF-16 units; and all three kinds of line break.
const posText = "é中😀x\r\n𝐀b\rc\n\nend"

func TestPosition(t *testing.T) {
	for _, tc := range []struct {
		off        int
		want16     protocol.Position
		want8      protocol.Position
		roundTrips bool // offset(position(off)) == off
	}{
		{0, pos16(0, 0), pos16(0, 0), true},
		{2, pos16(0, 1), pos16(0, 2), true},    // after é
		{5, pos16(0, 2), pos16(0, 5), true},    // after 中
		{9, pos16(0, 4), pos16(0, 9), true},    // after 😀
		{10, pos16(0, 5), pos16(0, 10), true},  // end of line 0, before \r\n
		{11, pos16(0, 5), pos16(0, 10), false}, // between \r and \n
		{12, pos16(1, 0), pos16(1, 0), true},   // start of line 1
		{16, pos16(1, 2), pos16(1, 4), true},   // after 𝐀
		{17, pos16(1, 3), pos16(1, 5), true},   // before lone \r
		{18, pos16(2, 0), pos16(2, 0), true},   // after lone \r
		{20, pos16(3, 0), pos16(3, 0), true},   // empty line
		{21, pos16(4, 0), pos16(4, 0), true},
		{24, pos16(4, 3), pos16(4, 3), true}, // end of text
		{99, pos16(4, 3), pos16(4, 3), false},
		{-1, pos16(0, 0), pos16(0, 0), false},
		{7, pos16(0, 3), pos16(0, 7), false}, // inside 😀: counts the bytes before it
	} {
		ix := newLineIndex(posText)
		for _, enc := range []struct {
			enc  encoding
			want protocol.Position
		}{{utf16Units, tc.want16}, {utf8Units, tc.want8}} {
			got := ix.position(tc.off, enc.enc)
			if tc.off == 7 && enc.enc == utf16Units {
				// An offset inside a character is not a position;
				// it only must not crash.
				continue
			}
			if got != enc.want {
				t.Errorf("%s: position(%d) = %+v, want %+v", enc.enc.kind(), tc.off, got, enc.want)
			}
			if tc.roundTrips {
				if back := ix.offset(got, enc.enc); back != tc.off {
					t.Errorf("%s: offset(position(%d)) = %d", enc.enc.kind(), tc.off, back)
				}
			}
		}
	}
}

func pos16(line, char uint32) protocol.Position {
	return protocol.Position{Line: line, Character: char}
}

func TestOffsetClamps(t *testing.T) {
	ix := newLineIndex(posText)
	for _, tc := range []struct {
		enc  encoding
		p    protocol.Position
		want int
	}{
		{utf16Units, pos16(0, 3), 5},   // between the halves of 😀: its start
		{utf8Units, pos16(0, 7), 5},    // inside 😀: its start
		{utf8Units, pos16(0, 1), 0},    // inside é
		{utf16Units, pos16(0, 50), 10}, // beyond the line: its end
		{utf8Units, pos16(0, 50), 10},
		{utf16Units, pos16(1, 1), 12}, // inside 𝐀
		{utf16Units, pos16(3, 5), 20}, // beyond an empty line
		{utf16Units, pos16(9, 0), len(posText)},
		{utf8Units, pos16(9, 9), len(posText)},
	} {
		if got := ix.offset(tc.p, tc.enc); got != tc.want {
			t.Errorf("%s: offset(%+v) = %d, want %d", tc.enc.kind(), tc.p, got, tc.want)
		}
	}
}

// TestRoundTrip checks every character boundary of texts with characters
// of every width.
func TestRoundTrip(t *testing.T) {
	for _, text := range []string{"", "a", "\n", "😀", "中文\n😀😀\n\n𝐀é", "x\r\ny\rz\n", "emoji 👩‍👩‍👧 ZWJ\n"} {
		ix := newLineIndex(text)
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) || ix.insideCRLF(off) {
				continue
			}
			for _, enc := range []encoding{utf16Units, utf8Units} {
				p := ix.position(off, enc)
				if back := ix.offset(p, enc); back != off {
					t.Errorf("%q %s: offset(position(%d) = %+v) = %d", text, enc.kind(), off, p, back)
				}
			}
		}
	}
}

func TestTextEdits(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		edits []lint.Edit
		want  []protocol.TextEdit
	}{
		{
			name:  "astral",
			text:  "😀 a  b\n",
			edits: []lint.Edit{{Pos: 6, End: 7, NewText: ""}},
			want:  []protocol.TextEdit{{Range: protocol.Range{Start: pos16(0, 4), End: pos16(0, 5)}}},
		},
		{
			// Deleting the \r of a CRLF: the edit covers the line break.
			name:  "delete CR",
			text:  "a\r\nb",
			edits: []lint.Edit{{Pos: 1, End: 2, NewText: ""}},
			want:  []protocol.TextEdit{{Range: protocol.Range{Start: pos16(0, 1), End: pos16(1, 0)}, NewText: "\n"}},
		},
		{
			// Inserting between \r and \n.
			name:  "insert inside CRLF",
			text:  "a\r\nb",
			edits: []lint.Edit{{Pos: 2, End: 2, NewText: "x"}},
			want:  []protocol.TextEdit{{Range: protocol.Range{Start: pos16(0, 1), End: pos16(1, 0)}, NewText: "\rx\n"}},
		},
		{
			// Two edits that overlap once grown: the whole text.
			name:  "overlap",
			text:  "a\r\nb",
			edits: []lint.Edit{{Pos: 1, End: 2, NewText: ""}, {Pos: 2, End: 3, NewText: "\r\n"}},
			want:  []protocol.TextEdit{{Range: protocol.Range{Start: pos16(0, 0), End: pos16(1, 1)}, NewText: "a\r\nb"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := newLineIndex(tc.text).textEdits(tc.edits, utf16Units)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("edit %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	for _, tc := range []struct {
		languageID, name string
		want             string
	}{
		{"markdown", "a.txt", "markdown"},
		{"plaintext", "a.md", "text"},
		{"text", "a.md", "text"},
		{"", "a.md", "markdown"},
		{"", "a.markdown", "markdown"},
		{"yaml", "a.txt", "text"},
		{"", "Untitled-1", "text"},
	} {
		if got := formatOf(tc.languageID, tc.name).String(); got != tc.want {
			t.Errorf("formatOf(%q, %q) = %s, want %s", tc.languageID, tc.name, got, tc.want)
		}
	}
}

// FuzzLineIndex checks that positions never crash the index, that offsets
// always fall on character boundaries outside line breaks, and that
// positions of boundaries round-trip.
func FuzzLineIndex(f *testing.F) {
	f.Add(posText, uint32(0), uint32(3))
	f.Add("a\r\n\r\nb😀", uint32(2), uint32(1))
	f.Add("", uint32(5), uint32(5))
	f.Fuzz(func(t *testing.T, text string, line, char uint32) {
		if !utf8.ValidString(text) {
			return
		}
		ix := newLineIndex(text)
		for _, enc := range []encoding{utf16Units, utf8Units} {
			off := ix.offset(protocol.Position{Line: line, Character: char}, enc)
			if off < 0 || off > len(text) || off < len(text) && !utf8.RuneStart(text[off]) || ix.insideCRLF(off) {
				t.Fatalf("%s: offset(%d:%d) = %d: not a character boundary", enc.kind(), line, char, off)
			}
			if back := ix.offset(ix.position(off, enc), enc); back != off {
				t.Fatalf("%s: offset(position(%d)) = %d", enc.kind(), off, back)
			}
		}
	})
}
