// Package duplicateparagraph defines the duplicate-paragraph rule: a body
// paragraph repeated later in the article, exactly or nearly.
package duplicateparagraph

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/blocks"
	"github.com/newslint/newslint/rules/internal/tokens"
)

//go:embed doc.md
var doc string

// New returns the duplicate-paragraph rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "duplicate-paragraph",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.SafeFix | lint.UnsafeFix,
		Run:      run,
	}
}

// Thresholds of the comparison.
const (
	// minWords is the length, in words, of the shortest paragraph that
	// is compared: subheads, labels, bylines and other short lines recur
	// legitimately.
	minWords = 8
	// missingPerShingle is the share of the shorter paragraph's shingles
	// (pairs of consecutive words) that may be missing from the longer
	// one; at least minMissing may always be missing, so that one word
	// left out of a short paragraph is still a repetition.
	missingPerShingle = 0.15
	minMissing        = 2
	// minLengthRatio is the smallest length of an earlier paragraph,
	// relative to a later one that contains it, for the two to be one
	// text; below it the later paragraph merely quotes or embeds the
	// earlier. minDroppedRatio is the same for a later paragraph that
	// drops part of an earlier one: it must keep at least this share.
	minLengthRatio  = 0.6
	minDroppedRatio = 0.3
	// minQuoteRatio replaces minLengthRatio when the shorter paragraph is
	// a quotation: a quote taken up again inside a longer paragraph, with
	// its attribution or in an analysis, is not a repetition.
	minQuoteRatio = 0.8
	// minRecurring is the number of occurrences from which a short text
	// (of fewer than maxRecurringWords words) spread over the article is a
	// recurring element of its layout, such as a label or a list line in
	// a plan that repeats every day, rather than a repetition.
	minRecurring      = 3
	maxRecurringWords = 16
)

// para is a paragraph taking part in the comparison. Tokens are kept as
// hashes only, so that long articles take little memory.
type para struct {
	block int
	text  string // the block's prose
	words float64
	// key hashes the whole token sequence, of length ntoks.
	key   uint64
	ntoks int
	// shingles hash the pairs of consecutive tokens, in text order until
	// distinct sorts them and removes repeats, which only the paragraphs
	// compared in full need.
	shingles []uint64
	sorted   bool
	// starts and ends hash the tokens that begin and end its sentences.
	starts, ends []uint64
	root         int  // index in the paragraph list of the first occurrence
	sentence     bool // ends like a sentence
	quote        bool // opens with a quotation mark or a dash that opens a line of dialog
	// quotation marks a paragraph that is a quotation and nothing else:
	// it opens with a quotation mark and ends with one.
	quotation bool
	// sig is the MinHash signature of the shingles, once computed (see
	// signature).
	sig    [numHashes]uint64
	hasSig bool
}

func run(ctx context.Context, pass *lint.Pass) error {
	a := pass.Article
	blocks, err := tokens.ArticleBlocks(pass)
	if err != nil {
		return err
	}
	var paras []*para
	var sc scratch
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if b.Kind != article.Paragraph {
			continue
		}
		pr := blocks.Prose(bi)
		if isQuestion(pr.Text) {
			// Interviews put the same question to several people;
			// FAQs repeat questions.
			continue
		}
		if pr.Words < minWords {
			continue
		}
		paras = append(paras, newParaTokens(bi, pr, &sc))
	}
	idx := newIndex(len(paras))
	type repeat struct {
		i    int
		kind repeatKind
	}
	var repeats []repeat
	size := make([]int, len(paras)) // occurrences, by first occurrence
	for i, p := range paras {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		p.root = i
		size[i] = 1
		j := idx.find(paras, p)
		if j < 0 {
			idx.add(i, p)
			continue
		}
		p.root = paras[j].root
		size[p.root]++
		orig := paras[p.root]
		kind := nearRepeat
		if sameTokens(p, orig) {
			kind = normalizedRepeat
			if collapse(p.text) == collapse(orig.text) {
				kind = exactRepeat
			}
		}
		if kind == nearRepeat {
			// Near repeats join the index, so that a later variant
			// closer to this one than to the original is found too.
			idx.add(i, p)
		}
		if !p.sentence && !orig.sentence {
			// Lines that do not end like a sentence are list items,
			// captions, product features or table rows, which
			// recur legitimately.
			continue
		}
		repeats = append(repeats, repeat{i, kind})
	}
	for _, r := range repeats {
		p := paras[r.i]
		if size[p.root] >= minRecurring && paras[p.root].words < maxRecurringWords && !followsOwnCopy(paras, r.i) {
			continue
		}
		pass.Report(finding(a, paras, r.i, r.kind))
	}
	return nil
}

// newPara tokenizes the prose of block bi.
func newPara(bi int, text string) *para {
	toks := tokens.Tokenize(text)
	return newParaTokens(bi, tokens.Prose{Text: text, Tokens: toks, Words: tokens.Words(toks)}, &scratch{})
}

// scratch is space that newParaTokens reuses from paragraph to paragraph.
type scratch struct {
	hashes, starts, ends []uint64
}

// newParaTokens makes the paragraph of block bi from its tokenized prose.
func newParaTokens(bi int, pr tokens.Prose, sc *scratch) *para {
	text, toks := pr.Text, pr.Tokens
	hs := sc.hashes[:0]
	for _, t := range toks {
		hs = append(hs, hashString(t.Text))
	}
	sc.hashes = hs
	p := &para{
		block:     bi,
		text:      text,
		words:     pr.Words,
		key:       sequenceKey(hs),
		ntoks:     len(toks),
		shingles:  shingles(hs),
		sentence:  endsSentence(text),
		quote:     opensQuote(text),
		quotation: opensQuote(text) && closesQuote(text),
	}
	starts, ends := sc.starts[:0], sc.ends[:0]
	for i := range toks {
		brk := i > 0 && sentenceBreak(text, toks[i-1], toks[i])
		if i == 0 || brk {
			starts = append(starts, hs[i])
		}
		if brk {
			ends = append(ends, hs[i-1])
		}
	}
	if len(toks) > 0 {
		ends = append(ends, hs[len(toks)-1])
	}
	sc.starts, sc.ends = starts, ends
	if len(starts) > 0 {
		// One allocation for both.
		se := append(append(make([]uint64, 0, len(starts)+len(ends)), starts...), ends...)
		p.starts, p.ends = se[:len(starts):len(starts)], se[len(starts):]
	}
	return p
}

// followsOwnCopy reports whether paragraph i comes directly after another
// occurrence of the same text, as a paste done twice does.
func followsOwnCopy(paras []*para, i int) bool {
	return i > 0 && paras[i-1].block == paras[i].block-1 && paras[i-1].root == paras[i].root
}

// repeatKind tells how closely a paragraph repeats an earlier one.
type repeatKind int

const (
	nearRepeat       repeatKind = iota // wording differs a little
	normalizedRepeat                   // same words; punctuation, case or quotation marks differ
	exactRepeat                        // same text, up to white space
)

func finding(a *article.Article, paras []*para, i int, kind repeatKind) lint.Finding {
	p, orig := paras[i], paras[paras[i].root]
	b := &a.Blocks[p.block]
	line, _ := a.Position(a.Blocks[orig.block].Start)
	var msg string
	switch kind {
	case exactRepeat:
		msg = fmt.Sprintf("paragraph repeats the paragraph on line %d", line)
	case normalizedRepeat:
		msg = fmt.Sprintf("paragraph repeats the paragraph on line %d; only punctuation, capitalization or quotation marks differ", line)
	default:
		msg = fmt.Sprintf("paragraph nearly repeats the paragraph on line %d", line)
	}
	fix := lint.Fix{
		Message:       "delete the repeated paragraph",
		Applicability: lint.Unsafe,
		Edits:         []lint.Edit{blocks.DeleteBlock(a, p.block)},
	}
	// An exact copy directly after the same text (a paste done twice) is
	// removed safely: every word stays in the article once.
	if kind == exactRepeat && i > 0 && paras[i-1].block == p.block-1 &&
		collapse(paras[i-1].text) == collapse(p.text) {
		fix.Applicability = lint.Safe
	}
	return lint.Finding{Pos: b.Start, End: b.End, Message: msg, Fixes: []lint.Fix{fix}}
}

// similar compares an earlier paragraph with a later one by their
// shingles and reports whether the later repeats the earlier: nearly all
// shingles of the shorter occur in the longer, and the shorter is not much
// shorter. A later paragraph may drop a good part of the earlier (a
// sentence of a short paragraph); an earlier one that a later paragraph
// extends by much is rather quoted or summarized there.
func similar(earlier, later *para) bool {
	if sameTokens(earlier, later) {
		return true
	}
	earlier.distinct()
	later.distinct()
	small, large := later, earlier
	ratio := minDroppedRatio
	if small.quotation {
		// A pull quote: the quotation alone, taken from a paragraph
		// that attributes it.
		ratio = minQuoteRatio
	}
	if len(small.shingles) > len(large.shingles) {
		small, large = large, small
		ratio = minLengthRatio
		if small.quote {
			ratio = minQuoteRatio
		}
	}
	ns, nl := float64(len(small.shingles)), float64(len(large.shingles))
	if ns < ratio*nl {
		return false
	}
	if ns < minLengthRatio*nl && !wholeSentences(later, earlier) {
		// Much shorter: it must be whole sentences of the earlier
		// paragraph, not a recap that reuses its words ("Try setting a
		// regular schedule." after "Setting a regular schedule is one
		// of the best ways to ...").
		return false
	}
	missing := ns - float64(intersect(small.shingles, large.shingles))
	return missing <= max(minMissing, missingPerShingle*ns)
}

// distinct sorts the paragraph's shingles and removes repeats, once.
func (p *para) distinct() {
	if !p.sorted {
		slices.Sort(p.shingles)
		p.shingles = slices.Compact(p.shingles)
		p.sorted = true
	}
}

// wholeSentences reports whether the later paragraph begins where a
// sentence of the earlier one begins and ends where one ends.
func wholeSentences(later, earlier *para) bool {
	return slices.Contains(earlier.starts, later.starts[0]) && slices.Contains(earlier.ends, later.ends[len(later.ends)-1])
}

// sentenceEnds are the characters that end a sentence (or a clause that
// stands for one).
const sentenceEnds = ".!?…。！？;؟।"

// sentenceBreak reports whether a sentence ends between two consecutive
// tokens of text. (Character bigrams overlap: nothing is between them.)
func sentenceBreak(text string, a, b tokens.Token) bool {
	if a.End >= b.Start {
		return false
	}
	gap := text[a.End:b.Start]
	// Most gaps are a space or a comma and a space.
	for i := 0; i < len(gap); i++ {
		switch c := gap[i]; c {
		case '.', '!', '?', ';':
			return true
		default:
			if c >= utf8.RuneSelf {
				return strings.ContainsAny(gap[i:], sentenceEnds)
			}
		}
	}
	return false
}

// sameTokens reports whether two paragraphs have the same token sequence.
func sameTokens(p, q *para) bool {
	return p.ntoks == q.ntoks && p.key == q.key
}

// intersect counts the values two sorted slices of distinct values share.
func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// collapse returns text with every run of white space made one space, for
// comparing texts that differ in layout only.
func collapse(text string) string {
	return strings.Join(strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || article.IsSpace(r)
	}), " ")
}

// trimEnd removes white space and closing quotation marks and brackets from
// the end of text.
func trimEnd(text string) string {
	return strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || article.IsSpace(r) || unicode.Is(unicode.Pf, r) ||
			unicode.Is(unicode.Pe, r) || r == '"' || r == '\'' || r == '»' || r == '」' || r == '』'
	})
}

// endsSentence reports whether text ends like a sentence: with a full stop
// or an exclamation mark of any script, possibly followed by closing quotes
// or brackets. Text in Thai and Lao, which do not mark the end of a
// sentence, always qualifies.
func endsSentence(text string) bool {
	t := trimEnd(text)
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '…', '。', '！', '．', '｡', '۔', '।', '॥', '።', '။', '។', '܂':
		return true
	}
	return unicode.Is(unicode.Thai, r) || unicode.Is(unicode.Lao, r)
}

// isQuestion reports whether text ends with a question mark of any script
// (the Greek question mark looks like a semicolon).
func isQuestion(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(trimEnd(text))
	switch r {
	case '?', '？', '؟', ';', '\u037E', '՞', '፧', '⸮':
		return true
	}
	return false
}

// closesQuote reports whether text ends with a closing quotation mark,
// possibly followed by a full stop or other final punctuation.
func closesQuote(text string) bool {
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || article.IsSpace(r) || strings.ContainsRune(".!?…。！？", r)
	})
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '"' || r == '\'' || r == '»' || r == '«' || r == '」' || r == '』' || unicode.Is(unicode.Pf, r)
}

// opensQuote reports whether text opens with a quotation mark or a
// dash that opens a line of dialog.
func opensQuote(text string) bool {
	t := strings.TrimLeftFunc(text, func(r rune) bool { return unicode.IsSpace(r) || article.IsSpace(r) })
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case '"', '\'', '—', '–', '«', '»', '„', '‚', '「', '『', '《':
		return true
	}
	// Closing marks open quotations in Swedish and Finnish (”...”).
	return unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Pf, r)
}
