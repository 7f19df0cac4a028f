package misdecode

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// maxDepth is how many times in a row text may have been mis-decoded for
// the rule to undo it.
const maxDepth = 3

// strongScore is the drop in weirdness from which a repair stands on its
// own; weaker repairs are made only in a block that has a strong one from
// the same code page.
const strongScore = 2

// candidate is a stretch of a text span that reads as UTF-8 bytes shown in
// a single-byte code page, with its repair.
type candidate struct {
	// i and j delimit the stretch as indexes into the span's runes.
	i, j int
	// repair is the repaired text; for a lost byte, the likeliest
	// reading, or "" when there is none.
	repair string
	codec  Codec
	// depth is how many times the text was mis-decoded.
	depth int
	score int
	// strong marks a repair that needs no support from the rest of the
	// block.
	strong bool
	// lost marks a stretch where a byte of the UTF-8 encoding was lost
	// (shown as U+FFFD or dropped), so that the repair is a guess.
	lost bool
	// latin1 marks a Windows-1252 stretch that holds C1 controls, the
	// mark of a strict Latin-1 decoder; w1252 one that holds characters
	// only Windows-1252 has.
	latin1, w1252 bool
	// options are the possible readings of a lost byte.
	options []rune
	// c1 marks C1 controls standing for Windows-1252 punctuation (the
	// text was Windows-1252, not UTF-8, read as Latin-1). closing is then
	// the index of the rune of a matching closing quotation mark, or -1.
	c1      bool
	closing int
}

// Span is the text of one prose range, decoded into runes with the byte
// offset of each.
type Span struct {
	// Runes are the characters of the text.
	Runes []rune
	// Offsets holds the byte offset of each rune in the text, and the
	// text's length: len(Runes)+1 entries.
	Offsets []int
}

// NewSpan decodes s, which must be valid UTF-8.
func NewSpan(s string) *Span {
	n := utf8.RuneCountInString(s)
	sp := &Span{Runes: make([]rune, 0, n), Offsets: make([]int, 0, n+1)}
	for i, r := range s {
		sp.Runes = append(sp.Runes, r)
		sp.Offsets = append(sp.Offsets, i)
	}
	sp.Offsets = append(sp.Offsets, len(s))
	return sp
}

func (sp *Span) at(i int) rune {
	if i < 0 || i >= len(sp.Runes) {
		return ' '
	}
	return sp.Runes[i]
}

// seqLen returns the number of continuation bytes a UTF-8 lead byte needs,
// or 0 when b cannot start a multi-byte sequence.
func seqLen(b byte) int {
	switch {
	case b >= 0xC2 && b <= 0xDF:
		return 1
	case b >= 0xE0 && b <= 0xEF:
		return 2
	case b >= 0xF0 && b <= 0xF4:
		return 3
	}
	return 0
}

func continuation(b byte) bool { return b >= 0x80 && b <= 0xBF }

// decodeRunes reads rs as the characters of code page c and decodes the
// bytes as UTF-8. It succeeds only when every rune stands for a byte and
// the bytes are valid UTF-8 made of multi-byte sequences only.
func decodeRunes(c *codec, rs []rune) ([]rune, bool) {
	buf := make([]byte, 0, 4*len(rs))
	for _, r := range rs {
		b, ok := c.byteOf(r)
		if !ok {
			return nil, false
		}
		buf = append(buf, b)
	}
	out := make([]rune, 0, len(rs)/2+1)
	for len(buf) > 0 {
		if seqLen(buf[0]) == 0 {
			return nil, false
		}
		r, n := utf8.DecodeRune(buf)
		if r == utf8.RuneError {
			return nil, false
		}
		out = append(out, r)
		buf = buf[n:]
	}
	return out, true
}

// sequence is one UTF-8 sequence found in a span: runes [i, j) decode to r.
// When a byte was lost, options lists what r may have been.
type sequence struct {
	i, j    int
	r       rune
	options []rune
}

// sequences finds the UTF-8 sequences that the runes of sp form when read
// as code page c, left to right, each as long as its lead byte says.
func sequences(c *codec, sp *Span) []sequence {
	var seqs []sequence
	rs := sp.Runes
	var buf [4]byte
	for i := 0; i < len(rs); i++ {
		b, ok := c.byteOf(rs[i])
		if !ok {
			continue
		}
		need := seqLen(b)
		if need == 0 || i+need > len(rs)+1 {
			continue
		}
		buf[0] = b
		wild := -1 // index in buf of a lost byte
		j := i + 1
		for k := 1; k <= need; k++ {
			if j < len(rs) {
				if cb, ok := c.byteOf(rs[j]); ok && continuation(cb) {
					buf[k] = cb
					j++
					continue
				}
				if rs[j] == '\uFFFD' && wild < 0 && len(c.undefined) > 0 {
					wild = k
					j++
					continue
				}
			}
			// A byte is missing. Only the last byte of the
			// distinctive "â€" (E2 80) prefix of general
			// punctuation is recognized as dropped.
			if k == need && wild < 0 && need == 2 && buf[0] == 0xE2 && buf[1] == 0x80 && len(c.undefined) > 0 && c.latin1 {
				wild = k
				continue
			}
			wild = -2
			break
		}
		if wild == -2 {
			continue
		}
		if wild < 0 {
			r, n := utf8.DecodeRune(buf[:need+1])
			if r == utf8.RuneError || n != need+1 {
				continue
			}
			seqs = append(seqs, sequence{i: i, j: j, r: r})
			i = j - 1
			continue
		}
		var opts []rune
		for _, ub := range c.undefined {
			if !continuation(ub) {
				continue
			}
			buf[wild] = ub
			r, n := utf8.DecodeRune(buf[:need+1])
			if r != utf8.RuneError && n == need+1 && c.plausible(r) {
				opts = append(opts, r)
			}
		}
		if len(opts) == 0 {
			continue
		}
		seqs = append(seqs, sequence{i: i, j: j, r: opts[0], options: opts})
		i = j - 1
	}
	return seqs
}

// preferredLost is the reading chosen for a lost byte when several are
// possible: the right double quotation mark, whose last UTF-8 byte 0x9D is
// undefined in Windows-1252, is by far the most frequent victim.
const preferredLost = '\u201D'

// candidates returns the repairs that code page c offers for sp: runs of
// consecutive sequences whose repair is plausible and less weird than the
// text. Weak ones are included; the caller weighs them.
func (cs *codecSet) candidates(id Codec, sp *Span) []candidate {
	c := cs.codecs[id]
	seqs := sequences(c, sp)
	var out []candidate
	for a := 0; a < len(seqs); {
		b := a + 1
		for b < len(seqs) && seqs[b].i == seqs[b-1].j && seqs[b-1].options == nil && seqs[b].options == nil {
			b++
		}
		if cand, ok := cs.evaluate(id, sp, seqs[a:b]); ok {
			out = append(out, cand)
		}
		a = b
	}
	return out
}

// evaluate turns a run of sequences into a candidate, undoing repeated
// mis-decoding, and judges it.
func (cs *codecSet) evaluate(id Codec, sp *Span, seqs []sequence) (candidate, bool) {
	c := cs.codecs[id]
	i, j := seqs[0].i, seqs[len(seqs)-1].j
	cand := candidate{i: i, j: j, codec: id, depth: 1}
	decoded := make([]rune, len(seqs))
	for k, s := range seqs {
		decoded[k] = s.r
		if s.options != nil {
			cand.lost = true
		}
	}
	for _, r := range sp.Runes[i:j] {
		switch {
		case r >= 0x80 && r <= 0x9F:
			cand.latin1 = true
		case r > 0xFF:
			cand.w1252 = true
		}
	}
	// Undo further rounds of the same mistake while the result still
	// decodes in full; keep the deepest plausible reading.
	best, bestDepth := []rune(nil), 0
	if allPlausible(c, decoded, sp.at(i-1)) {
		best, bestDepth = decoded, 1
	}
	if !cand.lost {
		cur := decoded
		for depth := 2; depth <= maxDepth; depth++ {
			next, ok := decodeRunes(c, cur)
			if !ok {
				break
			}
			if allPlausible(c, next, sp.at(i-1)) {
				best, bestDepth = next, depth
			}
			cur = next
		}
	}
	if best == nil {
		return cand, false
	}
	cand.depth = bestDepth
	before, after := sp.at(i-1), sp.at(j)
	bad := make([]rune, 0, j-i+2)
	bad = append(bad, before)
	bad = append(bad, sp.Runes[i:j]...)
	bad = append(bad, after)
	good := make([]rune, 0, len(best)+2)
	good = append(good, before)
	good = append(good, best...)
	good = append(good, after)
	cand.score = weirdness(bad) - weirdness(good)
	if cand.score < 0 || cand.score == 0 && hasHyphenationPoint(bad) {
		// A word with a soft hyphen at a plausible hyphenation point
		// ("DÅ\u00adRLIG") is correct text unless the repair is clearly
		// better, even in a block with other mojibake.
		return cand, false
	}
	cand.strong = cand.score >= strongScore
	cand.repair = string(best)
	if cand.lost {
		seq := seqs[0]
		cand.options = seq.options
		switch {
		case len(seq.options) == 1:
		case slices.Contains(seq.options, preferredLost):
			cand.repair = string(preferredLost)
		default:
			cand.repair = ""
		}
	}
	return cand, true
}

// allPlausible reports whether every rune of a repair is plausible for the
// code page; a combining mark must follow a letter or another mark.
func allPlausible(c *codec, rs []rune, before rune) bool {
	prev := before
	for _, r := range rs {
		if !c.plausible(r) {
			return false
		}
		if classOf(r) == classMark && !classOf(prev).letter() && classOf(prev) != classMark {
			return false
		}
		prev = r
	}
	return len(rs) > 0
}

// blockRepairs finds the mojibake in the prose spans of one block: the
// candidates of every code page, weak ones kept only where the block has
// a strong one from the same code page, overlaps resolved, words left in
// one script, and C1 controls standing for Windows-1252 punctuation.
func (cs *codecSet) blockRepairs(spans []*Span) [][]candidate {
	all := make([][]candidate, len(spans))
	var strong [numCodecs]bool
	for k, sp := range spans {
		if !worthScanning(sp) {
			continue
		}
		for id := range numCodecs {
			for _, cand := range cs.candidates(id, sp) {
				if cand.strong {
					strong[id] = true
				}
				all[k] = append(all[k], cand)
			}
		}
	}
	for k, sp := range spans {
		cands := all[k][:0]
		for _, cand := range all[k] {
			if cand.strong || strong[cand.codec] {
				cands = append(cands, cand)
			}
		}
		cands = resolveOverlaps(cands)
		cands = oneScriptPerWord(sp, cands)
		cands = append(cands, cs.c1Punctuation(sp, cands)...)
		slices.SortFunc(cands, func(a, b candidate) int { return cmp.Compare(a.i, b.i) })
		all[k] = cands
	}
	return all
}

// worthScanning reports whether sp has a character that is not ASCII, the
// quick test that keeps clean English text cheap.
func worthScanning(sp *Span) bool {
	return len(sp.Runes) != sp.Offsets[len(sp.Offsets)-1]
}

// resolveOverlaps keeps, among overlapping candidates, the strongest:
// strong before weak, then the higher score, the longer stretch and the
// preferred code page.
func resolveOverlaps(cands []candidate) []candidate {
	if len(cands) < 2 {
		return cands
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		return cmp.Or(
			-cmp.Compare(btoi(a.strong), btoi(b.strong)),
			-cmp.Compare(a.score, b.score),
			-cmp.Compare(a.j-a.i, b.j-b.i),
			cmp.Compare(a.codec, b.codec),
		)
	})
	var kept []candidate
	for _, c := range cands {
		if !slices.ContainsFunc(kept, func(k candidate) bool { return c.i < k.j && k.i < c.j }) {
			kept = append(kept, c)
		}
	}
	slices.SortFunc(kept, func(a, b candidate) int { return cmp.Compare(a.i, b.i) })
	return kept
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// wordChar reports whether r continues a word for the script check.
func wordChar(r rune) bool {
	c := classOf(r)
	return c.letter() || c == classMark || c == classDigit
}

// oneScriptPerWord drops the candidates whose repair would leave a word
// that mixes scripts, such as a Cyrillic letter inside a Spanish word: a
// sign that the "mojibake" was correct text. Latin letters next to CJK
// characters are common in Chinese, Japanese and Korean text ("iPhoneを"),
// so that mix only drops weak candidates whose CJK repair touches a Latin
// letter.
func oneScriptPerWord(sp *Span, cands []candidate) []candidate {
	if len(cands) == 0 {
		return cands
	}
	drop := make([]bool, len(cands))
	// A word is a maximal stretch of word characters and candidates,
	// which count as a whole, with the characters of their repair.
	x, k := 0, 0
	for x < len(sp.Runes) {
		if (k >= len(cands) || x < cands[k].i) && !wordChar(sp.Runes[x]) {
			x++
			continue
		}
		var seen [scriptOther + 1]bool
		first := k
		for x < len(sp.Runes) {
			if k < len(cands) && x == cands[k].i {
				for _, r := range cands[k].repair {
					seen[scriptOf(r)] = true
				}
				x = cands[k].j
				k++
				continue
			}
			if !wordChar(sp.Runes[x]) {
				break
			}
			seen[scriptOf(sp.Runes[x])] = true
			x++
		}
		n := 0
		for s := scriptLatin; s <= scriptOther; s++ {
			if seen[s] {
				n++
			}
		}
		latinCJK := n == 2 && seen[scriptLatin] && seen[scriptCJK]
		for c := first; c < k; c++ {
			if n > 1 && (!latinCJK || !cands[c].strong && gluedCJK(sp, &cands[c])) {
				drop[c] = true
			}
		}
	}
	kept := cands[:0]
	for k, c := range cands {
		if !drop[k] {
			kept = append(kept, c)
		}
	}
	return kept
}

// gluedCJK reports whether a candidate's repair holds a CJK character and
// the candidate touches a Latin letter: "été\u00a0»" must not become "ét頻".
func gluedCJK(sp *Span, c *candidate) bool {
	hasCJK := false
	for _, r := range c.repair {
		hasCJK = hasCJK || scriptOf(r) == scriptCJK
	}
	return hasCJK && (scriptOf(sp.at(c.i-1)) == scriptLatin || scriptOf(sp.at(c.j)) == scriptLatin)
}

// c1Meaning returns the Windows-1252 character that a C1 control stands
// for, or false for the five bytes Windows-1252 leaves undefined.
func (cs *codecSet) c1Meaning(r rune) (rune, bool) {
	if r < 0x80 || r > 0x9F {
		return 0, false
	}
	m := cs.codecs[Windows1252].decode[r]
	return m, m != r
}

// closingC1 returns the C1 control of the closing quotation mark that
// matches the opening one r, or 0.
func closingC1(r rune) rune {
	switch r {
	case 0x93: // “
		return 0x94 // ”
	case 0x91: // ‘
		return 0x92 // ’
	}
	return 0
}

// maxQuoteRunes bounds the distance between the C1 controls of an opening
// and a closing quotation mark reported together.
const maxQuoteRunes = 300

// c1Punctuation finds C1 controls outside the given candidates that stand
// for Windows-1252 punctuation: Windows-1252 text read as Latin-1. An
// opening quotation mark and the closing one that follows are one
// candidate.
func (cs *codecSet) c1Punctuation(sp *Span, taken []candidate) []candidate {
	var out []candidate
	var covered []bool // runes inside the candidates, made on demand
	inTaken := func(i int) bool {
		if covered == nil {
			covered = make([]bool, len(sp.Runes))
			for _, c := range taken {
				for k := c.i; k < c.j; k++ {
					covered[k] = true
				}
			}
		}
		return covered[i]
	}
	for i := 0; i < len(sp.Runes); i++ {
		r := sp.Runes[i]
		m, ok := cs.c1Meaning(r)
		if !ok || inTaken(i) {
			continue
		}
		cand := candidate{i: i, j: i + 1, repair: string(m), codec: Windows1252, c1: true, strong: true, depth: 1, closing: -1}
		if closing := closingC1(r); closing != 0 {
			for k := i + 1; k < len(sp.Runes) && k-i <= maxQuoteRunes; k++ {
				if sp.Runes[k] == r || inTaken(k) {
					break
				}
				if sp.Runes[k] == closing {
					cm, _ := cs.c1Meaning(closing)
					cand.j, cand.closing = k+1, k
					cand.repair = string(m) + string(sp.Runes[i+1:k]) + string(cm)
					break
				}
			}
		}
		out = append(out, cand)
		i = cand.j - 1
	}
	return out
}
