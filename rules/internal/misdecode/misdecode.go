// Package misdecode finds mojibake: UTF-8 text that was decoded with the
// wrong single-byte code page (Windows-1252, Latin-1, Mac Roman or
// Windows-1251), once or several times, and C1 control characters standing
// for Windows-1252 punctuation.
//
// A stretch of text is a candidate when its characters, turned back into
// the bytes of a code page, form valid multi-byte UTF-8. The repair is kept
// only when every repaired character is one that such text plausibly holds,
// when the original is clearly weirder than the repair (a table of
// character classes and sequences that are implausible together, after
// ftfy's badness heuristic), and when no repaired word mixes scripts.
// Weaker repairs are made only in blocks that hold a clear one.
//
// The mojibake rule reports what this package finds. The
// invisible-character rule asks it which soft hyphens and control
// characters are part of mojibake (Claimed), so that each such character
// belongs to exactly one of the two rules.
package misdecode

import "github.com/newslint/newslint/lint/article"

// Detector finds mojibake. It holds the tables of the supported code pages,
// built once by New and only read afterwards, so that one Detector may be
// used by several goroutines at once.
type Detector struct {
	cs *codecSet
}

// New returns a Detector.
func New() *Detector {
	return &Detector{cs: newCodecSet()}
}

// Repair is a stretch of a span that is mojibake, with its repair.
type Repair struct {
	// I and J delimit the stretch as indexes into the span's runes.
	I, J int
	// Text is the repaired text. Where a byte was lost (Lost), it is the
	// likeliest reading, or "" when there is no one guess.
	Text string
	// Codec is the code page the text was wrongly decoded with, and
	// Depth how many times in a row.
	Codec Codec
	Depth int
	// Lost marks a stretch where a byte of the UTF-8 encoding was lost
	// (shown as U+FFFD or dropped), so that the repair is a guess among
	// Options.
	Lost    bool
	Options []rune
	// Latin1 marks a Windows-1252 stretch that holds C1 controls, the
	// mark of a strict Latin-1 decoder; W1252 one that holds characters
	// only Windows-1252 has.
	Latin1, W1252 bool
	// C1 marks C1 controls standing for Windows-1252 punctuation: the
	// text was Windows-1252, not UTF-8, read as Latin-1. Closing is then
	// the index of the rune of a matching closing quotation mark, or -1;
	// only the runes I and Closing are controls to repair.
	C1      bool
	Closing int
}

// MayHold reports whether s may hold mojibake, a quick test that
// allocates nothing, so that clean text costs almost nothing. s must be
// valid UTF-8.
func (d *Detector) MayHold(s string) bool { return d.cs.mayHold(s) }

// Block finds the mojibake in the prose spans of one block, which are
// judged together: a weak repair is made only where the block holds a
// strong one from the same code page. The result has one slice of repairs
// per span, sorted and without overlaps.
func (d *Detector) Block(spans []*Span) [][]Repair {
	cands := d.cs.blockRepairs(spans)
	out := make([][]Repair, len(cands))
	for k, cs := range cands {
		if len(cs) == 0 {
			continue
		}
		out[k] = make([]Repair, len(cs))
		for n, c := range cs {
			out[k][n] = Repair{
				I: c.i, J: c.j, Text: c.repair, Codec: c.codec, Depth: c.depth,
				Lost: c.lost, Options: c.options, Latin1: c.latin1, W1252: c.w1252,
				C1: c.c1, Closing: c.closing,
			}
		}
	}
	return out
}

// Claimed returns the byte ranges of src that hold mojibake in the given
// prose ranges of one block, in order: the stretches that Block repairs or
// reports, and of C1 punctuation only the controls themselves (not the
// quotation between an opening and a closing one). A soft hyphen or control
// character inside one of them is part of mojibake, not an invisible
// character of its own.
func (d *Detector) Claimed(src string, ranges []article.Span) []article.Span {
	hold := false
	for _, r := range ranges {
		if d.cs.mayHold(src[r.Start:r.End]) {
			hold = true
			break
		}
	}
	if !hold {
		return nil
	}
	spans := make([]*Span, len(ranges))
	for k, r := range ranges {
		spans[k] = NewSpan(src[r.Start:r.End])
	}
	var out []article.Span
	for k, reps := range d.Block(spans) {
		base, sp := ranges[k].Start, spans[k]
		for _, rep := range reps {
			if !rep.C1 {
				out = append(out, article.Span{Start: base + sp.Offsets[rep.I], End: base + sp.Offsets[rep.J]})
				continue
			}
			out = append(out, article.Span{Start: base + sp.Offsets[rep.I], End: base + sp.Offsets[rep.I+1]})
			if rep.Closing > rep.I {
				out = append(out, article.Span{Start: base + sp.Offsets[rep.Closing], End: base + sp.Offsets[rep.Closing+1]})
			}
		}
	}
	return out
}

// CodecName returns the name of a code page for messages, such as
// "Windows-1252".
func (d *Detector) CodecName(c Codec) string { return d.cs.codecs[c].name }

// C1Meaning returns the Windows-1252 character that a C1 control stands
// for, or false for the five bytes Windows-1252 leaves undefined.
func (d *Detector) C1Meaning(r rune) (rune, bool) { return d.cs.c1Meaning(r) }

// WordChar reports whether r continues a word: a letter, a combining mark
// or a digit.
func WordChar(r rune) bool { return wordChar(r) }
