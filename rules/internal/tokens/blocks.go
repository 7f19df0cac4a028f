package tokens

import (
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// Prose is the prose of one block with its tokens.
type Prose struct {
	// Text is the block's prose, as article.Article.BlockText gives it.
	Text string
	// Tokens are the tokens of Text; their offsets are offsets of Text.
	Tokens []Token
	// Words is Words(Tokens).
	Words float64
}

// Blocks gives the rules of one article the tokens of its blocks. The
// headline, the subtitle and the paragraphs, which several rules compare,
// are tokenized once for all of them, unless the article is too long to
// keep their tokens in memory.
type Blocks struct {
	a *article.Article
	// prose holds the shared blocks; index maps a block index to its
	// place in prose, or -1. Both are nil when nothing is shared.
	prose []Prose
	index []int32
}

// maxSharedBytes bounds the prose, in bytes, whose tokens Blocks keeps:
// longer articles (tens of thousands of words) are tokenized block by block
// each time a rule asks, so that memory does not grow with the article.
const maxSharedBytes = 1 << 20

// blocksKey is the Pass.Memo key of an article's Blocks.
type blocksKey struct{}

// ArticleBlocks returns the Blocks of the pass's article, made once per
// Lint call and shared by the rules that ask (see lint.Pass.Memo). Each
// pass of the fix loop lints a new text and gets Blocks of its own.
func ArticleBlocks(pass *lint.Pass) (*Blocks, error) {
	v, err := pass.Memo(blocksKey{}, func() (any, error) {
		return NewBlocks(pass.Article), nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*Blocks), nil
}

// shared reports whether Blocks tokenizes blocks of kind k in advance.
func shared(k article.Kind) bool {
	return k == article.Headline || k == article.Subtitle || k == article.Paragraph
}

// NewBlocks tokenizes the headline, the subtitle and the paragraphs of a,
// when their prose is at most maxSharedBytes long.
func NewBlocks(a *article.Article) *Blocks {
	bs := &Blocks{a: a}
	size, n := 0, 0
	for i := range a.Blocks {
		if b := &a.Blocks[i]; shared(b.Kind) {
			for _, sp := range b.Text {
				size += sp.End - sp.Start + 1 // a space joins the spans
			}
			n++
		}
	}
	if size > maxSharedBytes {
		return bs
	}
	texts := make([]string, 0, n)
	for i := range a.Blocks {
		if b := &a.Blocks[i]; shared(b.Kind) {
			texts = append(texts, a.BlockText(b))
		}
	}
	// One tokenizer for all the blocks: their tokens share one slice and
	// their normalized texts one string.
	var e estimate
	for _, text := range texts {
		e.add(text)
	}
	t := tokenizer{tab: runeTable()}
	t.alloc(e)
	bounds := make([]int, len(texts)+1)
	words := make([]float64, len(texts))
	for k, text := range texts {
		t.s = text
		t.words, t.chars, t.denseChars = 0, 0, 0
		t.run()
		bounds[k+1] = len(t.toks)
		words[k] = t.length()
	}
	t.finish()
	bs.prose = make([]Prose, len(texts))
	bs.index = make([]int32, len(a.Blocks))
	k := 0
	for i := range a.Blocks {
		bs.index[i] = -1
		if !shared(a.Blocks[i].Kind) {
			continue
		}
		toks := t.toks[bounds[k]:bounds[k+1]:bounds[k+1]]
		bs.prose[k] = Prose{Text: texts[k], Tokens: toks, Words: words[k]}
		bs.index[i] = int32(k)
		k++
	}
	return bs
}

// Prose returns the prose of block i of the article with its tokens. The
// tokens may be shared: callers must not modify them.
func (bs *Blocks) Prose(i int) Prose {
	if bs.index != nil && bs.index[i] >= 0 {
		return bs.prose[bs.index[i]]
	}
	text := bs.a.BlockText(&bs.a.Blocks[i])
	toks := Tokenize(text)
	return Prose{Text: text, Tokens: toks, Words: Words(toks)}
}
