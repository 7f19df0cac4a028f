package tokens

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
)

func parse(t *testing.T, src string, format article.Format) *article.Article {
	t.Helper()
	a, err := article.Parse("test", []byte(src), format)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// checkBlocks checks that bs gives every block of a the prose and tokens
// that tokenizing it alone gives.
func checkBlocks(t *testing.T, a *article.Article, bs *Blocks) {
	t.Helper()
	for i := range a.Blocks {
		text := a.BlockText(&a.Blocks[i])
		toks := Tokenize(text)
		want := Prose{Text: text, Tokens: toks, Words: Words(toks)}
		got := bs.Prose(i)
		if len(got.Tokens) == 0 && len(want.Tokens) == 0 {
			got.Tokens, want.Tokens = nil, nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("block %d (%s): got %+v, want %+v", i, a.Blocks[i].Kind, got, want)
		}
	}
}

func TestBlocks(t *testing.T) {
	long := strings.Repeat("Ferries stayed in harbour on Tuesday, the coast guard said.\n\n", maxSharedBytes/50)
	tests := []struct {
		name   string
		src    string
		format article.Format
		shared bool // whether the tokens are made in advance
	}{
		{"plain text", "Storm closes ports\n\nGusts of up to 120 km/h\n\nFerries stayed in harbour.\n\n北京举行会谈。\n\nПаромы остались в порту.\n", article.Text, true},
		{"markdown", "---\ntitle: Storm closes ports\nsubtitle: Gusts of 120 km/h\n---\n\n# Heading\n\nFerries *stayed* in `code` harbour.\n\n- a list item\n\n> a quote\n\n```\ncode\n```\n", article.Markdown, true},
		{"empty", "", article.Text, true},
		{"too long to share", "Storm closes ports\n\n" + long, article.Text, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, tt.src, tt.format)
			bs := NewBlocks(a)
			if got := bs.index != nil; got != tt.shared {
				t.Errorf("shared = %v, want %v", got, tt.shared)
			}
			checkBlocks(t, a, bs)
		})
	}
}

// TestArticleBlocksPerText checks that the rules of one Lint call share one
// Blocks, and that each pass of Fix, which lints a new text, gets the
// Blocks of that text.
func TestArticleBlocksPerText(t *testing.T) {
	var seen []*Blocks
	var texts []string
	// first fixes the article: it deletes the last paragraph, one per
	// pass, while there are more than two blocks.
	first := &lint.Rule{Name: "a-first", Severity: lint.Warning, Fixable: lint.SafeFix, Run: func(_ context.Context, pass *lint.Pass) error {
		bs, err := ArticleBlocks(pass)
		if err != nil {
			return err
		}
		seen = append(seen, bs)
		texts = append(texts, pass.Article.Src)
		checkBlocks(t, pass.Article, bs)
		a := pass.Article
		if n := len(a.Blocks); n > 2 {
			last := &a.Blocks[n-1]
			prev := &a.Blocks[n-2]
			pass.Report(lint.Finding{Pos: last.Start, End: last.End, Message: "extra",
				Fixes: []lint.Fix{{Message: "delete", Edits: []lint.Edit{{Pos: prev.End, End: last.End}}}}})
		}
		return nil
	}}
	second := &lint.Rule{Name: "b-second", Severity: lint.Warning, Run: func(_ context.Context, pass *lint.Pass) error {
		bs, err := ArticleBlocks(pass)
		if err != nil {
			return err
		}
		if len(seen) == 0 || seen[len(seen)-1] != bs {
			t.Errorf("the rules of one Lint call got different Blocks")
		}
		checkBlocks(t, pass.Article, bs)
		return nil
	}}
	l, err := lint.New(first, second)
	if err != nil {
		t.Fatal(err)
	}
	a := parse(t, "Headline\n\nOne paragraph here.\n\nTwo paragraphs here.\n\nThree paragraphs here.\n", article.Text)
	res, err := l.Fix(context.Background(), a, nil, lint.FixOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Passes != 2 {
		t.Fatalf("%d passes, want 2", res.Passes)
	}
	if len(seen) != 3 {
		t.Fatalf("%d Lint calls, want 3", len(seen))
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] == seen[i-1] || texts[i] == texts[i-1] {
			t.Errorf("pass %d reused the Blocks of the text before", i)
		}
	}
}

// TestBlocksCorpus checks Blocks on every article of the shared corpus,
// parsed as plain text and as Markdown.
func TestBlocksCorpus(t *testing.T) {
	if linttest.CorpusDir() == "" {
		t.Skip("no corpus")
	}
	for _, ca := range linttest.Corpus(t) {
		src := ca.Read(t)
		for _, format := range []article.Format{article.Text, article.Markdown} {
			a := parse(t, string(src), format)
			checkBlocks(t, a, NewBlocks(a))
		}
	}
}
