// Package duplicatesubtitle defines the duplicate-subtitle rule: a body
// paragraph that repeats the headline or the subtitle, exactly or nearly.
package duplicatesubtitle

import (
	"context"
	_ "embed"
	"fmt"
	"math"
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

// New returns the duplicate-subtitle rule.
func New() *lint.Rule {
	return &lint.Rule{
		Name:     "duplicate-subtitle",
		Doc:      doc,
		Severity: lint.Warning,
		Fixable:  lint.UnsafeFix,
		Run:      run,
	}
}

// Thresholds of the comparison.
const (
	// minWords is the length, in words, below which a paragraph is too
	// short and generic to be called a repetition.
	minWords = 5
	// changesPerWord is the number of changed words (words of the
	// paragraph that the repeated line lacks) allowed per word of the
	// paragraph; at least one change is always allowed, so that a
	// swapped word is still a repetition.
	changesPerWord = 0.1
	// minShare is the share of a line's distinct tokens that a paragraph
	// must repeat for that line to count as repeated; minTruncatedShare
	// applies to a paragraph that repeats the start of the line only.
	minShare          = 0.7
	minTruncatedShare = 0.4
	// minMergedShare and minOwnWords apply to a paragraph that merges the
	// headline and the subtitle: each must lend it at least this share of
	// its tokens, and at least minOwnWords words that the other lacks.
	minMergedShare = 0.35
	minOwnWords    = 3
)

// source is a headline or subtitle the body may repeat.
type source struct {
	name string // "headline" or "subtitle"
	line int    // 1-based
	toks []tokens.Token
	set  map[string]bool
}

// newSource returns the first block of kind k (the headline or the
// subtitle, called name in messages) as a source, or nil when there is no
// such block or it has no words. Its line is that of its text, which in
// Markdown may be a front-matter field.
func newSource(a *article.Article, prose *tokens.Blocks, k article.Kind, name string) *source {
	bi := slices.IndexFunc(a.Blocks, func(b article.Block) bool { return b.Kind == k })
	if bi < 0 {
		return nil
	}
	b := &a.Blocks[bi]
	line, _ := a.Position(b.Start)
	if len(b.Text) > 0 {
		line, _ = a.Position(b.Text[0].Start)
	}
	return newSourceTokens(prose.Prose(bi).Tokens, name, line)
}

func newSourceText(text, name string, line int) *source {
	return newSourceTokens(tokens.Tokenize(text), name, line)
}

func newSourceTokens(toks []tokens.Token, name string, line int) *source {
	if len(toks) == 0 {
		return nil
	}
	s := &source{name: name, line: line, toks: toks, set: make(map[string]bool, len(toks))}
	for _, t := range toks {
		s.set[t.Text] = true
	}
	return s
}

func run(_ context.Context, pass *lint.Pass) error {
	a := pass.Article
	prose, err := tokens.ArticleBlocks(pass)
	if err != nil {
		return err
	}
	var srcs []*source
	for _, s := range []*source{
		newSource(a, prose, article.Headline, "headline"),
		newSource(a, prose, article.Subtitle, "subtitle"),
	} {
		if s != nil {
			srcs = append(srcs, s)
		}
	}
	if len(srcs) == 0 {
		return nil
	}
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if b.Kind != article.Paragraph {
			continue
		}
		m := compareProse(prose.Prose(bi), srcs)
		if m == nil {
			continue
		}
		pass.Report(lint.Finding{
			Pos:     b.Start,
			End:     b.End,
			Message: m.message(),
			Fixes: []lint.Fix{{
				Message:       "delete the repeated paragraph",
				Applicability: lint.Unsafe,
				Edits:         []lint.Edit{blocks.DeleteBlock(a, bi)},
			}},
		})
	}
	return nil
}

// match is a paragraph found to repeat one or more sources.
type match struct {
	repeats []*source
	exact   bool // the paragraph's tokens equal those of its one source
}

func (m *match) message() string {
	parts := make([]string, len(m.repeats))
	for i, s := range m.repeats {
		parts[i] = fmt.Sprintf("the %s (line %d)", s.name, s.line)
	}
	what := strings.Join(parts, " and ")
	switch {
	case m.exact:
		return "paragraph repeats " + what + " word for word"
	case len(m.repeats) > 1:
		return "paragraph repeats " + what + ", merged into one"
	}
	return "paragraph repeats " + what + " in nearly the same words"
}

// compare decides whether the paragraph text repeats the sources.
//
// The measure is containment, not symmetric similarity: nearly every word
// of the paragraph must occur in the line it repeats (so a lead paragraph
// that merely shares the headline's topic, and adds its own facts or even
// just the auxiliaries of a full sentence, does not qualify), and the
// paragraph must carry most of that line (so a short fragment of generic
// words does not qualify), or its beginning when it was truncated.
func compare(text string, srcs []*source) *match {
	toks := tokens.Tokenize(text)
	return compareProse(tokens.Prose{Text: text, Tokens: toks, Words: tokens.Words(toks)}, srcs)
}

// compareProse is compare of a paragraph already tokenized.
func compareProse(pr tokens.Prose, srcs []*source) *match {
	text, toks, words := pr.Text, pr.Tokens, pr.Words
	if words < minWords {
		return nil
	}
	allowed := max(1, math.Floor(changesPerWord*words))
	truncated := endsWithEllipsis(text)
	// covered[i] records which sources contain token i.
	var buf [256]uint8
	var covered []uint8
	if len(toks) <= len(buf) {
		covered = buf[:len(toks)]
	} else {
		covered = make([]uint8, len(toks))
	}
	// The changes that no source accounts for only grow token by token:
	// most paragraphs are ruled out after a few tokens.
	var unexplained changeCount
	for i, t := range toks {
		for si, s := range srcs {
			if s.set[t.Text] || truncated && i == len(toks)-1 && prefixToken(s, t.Text) != "" {
				covered[i] |= 1 << si
			}
		}
		if unexplained.add(t, covered[i] != 0); unexplained.total() > allowed {
			return nil
		}
	}
	// A paragraph that one line accounts for alone repeats that line.
	var best *source
	bestShare := 0.0
	for si, s := range srcs {
		if changes(toks, covered, 1<<si) > allowed {
			continue
		}
		share, _ := shareOf(toks, covered, si, s)
		if share > bestShare && (share >= minShare ||
			share >= minTruncatedShare && (truncated || isPrefix(toks, s.toks, allowed))) {
			best, bestShare = s, share
		}
	}
	if best != nil {
		return &match{repeats: []*source{best}, exact: sameTokens(toks, best.toks)}
	}
	// Otherwise it may merge the headline and the subtitle.
	m := &match{}
	for si, s := range srcs {
		share, own := shareOf(toks, covered, si, s)
		if share >= minMergedShare && own >= minOwnWords {
			m.repeats = append(m.repeats, s)
		}
	}
	if len(m.repeats) < 2 {
		return nil
	}
	return m
}

// changes counts, in words, the paragraph tokens that no source in mask
// contains. For scripts written without spaces, where tokens are character
// bigrams, a run of r missing bigrams stands for about r-1 changed
// characters, two to a word.
func changes(toks []tokens.Token, covered []uint8, mask uint8) float64 {
	var c changeCount
	for i, t := range toks {
		c.add(t, covered[i]&mask != 0)
	}
	return c.total()
}

// changeCount counts changes token by token (see changes).
type changeCount struct {
	n   float64 // changes counted
	run int     // missing bigrams since the last token present
}

// add counts the next token, which the sources contain or not.
func (c *changeCount) add(t tokens.Token, covered bool) {
	switch {
	case covered:
		c.flush()
	case t.Kind == tokens.Gram:
		c.run++
	default:
		c.flush()
		c.n++
	}
}

func (c *changeCount) flush() {
	if c.run > 0 {
		c.n += math.Max(1, math.Ceil(float64(c.run-1)/2))
		c.run = 0
	}
}

// total returns the changes counted so far, which never decreases as
// tokens are added.
func (c *changeCount) total() float64 {
	n := c.n
	if c.run > 0 {
		n += math.Max(1, math.Ceil(float64(c.run-1)/2))
	}
	return n
}

// isPrefix reports whether the paragraph's tokens repeat the start of the
// line's, in order, with at most allowed tokens changed: a truncated line.
func isPrefix(p, line []tokens.Token, allowed float64) bool {
	if len(p) >= len(line) {
		return false
	}
	head := line[:min(len(line), len(p)+int(allowed))]
	return float64(len(p)-lcs(p, head)) <= allowed
}

// lcs returns the length of the longest common subsequence of two token
// sequences.
func lcs(a, b []tokens.Token) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i].Text == b[j].Text:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// shareOf returns the share of source s's distinct tokens that the
// paragraph repeats, and the number of paragraph tokens (in words) that only
// s accounts for.
func shareOf(toks []tokens.Token, covered []uint8, si int, s *source) (share, own float64) {
	seen := make(map[string]bool, len(s.set))
	var ownToks []tokens.Token
	for i, t := range toks {
		if covered[i]&(1<<si) == 0 {
			continue
		}
		if s.set[t.Text] {
			seen[t.Text] = true
		} else {
			seen[prefixToken(s, t.Text)] = true
		}
		if covered[i] == 1<<si {
			ownToks = append(ownToks, t)
		}
	}
	return float64(len(seen)) / float64(len(s.set)), tokens.Words(ownToks)
}

func sameTokens(a, b []tokens.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Text != b[i].Text {
			return false
		}
	}
	return true
}

// prefixToken returns the word of the source that a word cut short by
// truncation ("Ukr…") begins, or "".
func prefixToken(s *source, t string) string {
	if utf8.RuneCountInString(t) < 2 {
		return ""
	}
	for _, st := range s.toks {
		if st.Kind == tokens.Word && strings.HasPrefix(st.Text, t) {
			return st.Text
		}
	}
	return ""
}

// endsWithEllipsis reports whether text ends with an ellipsis ("…" or
// "..."), possibly followed by closing punctuation, as a truncated line
// does.
func endsWithEllipsis(text string) bool {
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || article.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "⋯")
}
