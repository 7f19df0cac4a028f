package mixedlanguage

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/lint/lang"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/internal/blocks"
)

// TestLanguageTextSuspect checks what run relies on to judge a block's
// language text only when the block itself is suspect: the language text
// of a block free of suspicion is never foreign. The blocks are the
// paragraphs of the corpus, in the language of their article and in
// another one, with quotations and addresses that the language text
// leaves out.
func TestLanguageTextSuspect(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation")
	}
	d, err := lang.NewDetector(nil)
	if err != nil {
		t.Fatal(err)
	}
	var paragraphs [][]string // by article
	var langs []lang.Language
	for _, ca := range linttest.Corpus(t) {
		l, err := lang.Parse(ca.Language)
		if err != nil || !d.Supported(l) {
			continue
		}
		paragraphs = append(paragraphs, strings.Split(strings.TrimSpace(string(ca.Read(t))), "\n\n"))
		langs = append(langs, l)
	}
	extras := []func(string) string{
		func(p string) string { return p + ` „Stop” www.example.com` },
		func(p string) string { return `«Oui, merci» ` + p },
		func(p string) string {
			if i := strings.Index(p, " "); i > 0 {
				return p[:i] + ` "the end of it all" ` + p[i+1:]
			}
			return p
		},
	}
	var changed, foreign int
	for ai := range paragraphs {
		// The paragraphs of the article and of one in another language.
		di := (ai + len(paragraphs)/3) % len(paragraphs)
		e := lang.Expect{Langs: []lang.Language{langs[ai]}, MinLetters: DefaultOptions().MinChars, MinConfidence: DefaultOptions().MinConfidence}
		for pi, p := range append(append([]string{}, paragraphs[ai]...), paragraphs[di]...) {
			text := extras[pi%len(extras)](p)
			lt := blocks.LanguageText(text)
			if lt == text {
				continue
			}
			changed++
			if d.Judge(lt, e).Foreign {
				foreign++
				if !d.Suspect(text, e) {
					t.Errorf("%s article: the language text of %.80q is foreign, but the block is not suspect", langs[ai], text)
				}
			}
		}
	}
	t.Logf("%d blocks with a language text of their own, %d of them foreign", changed, foreign)
	if foreign == 0 || foreign == changed {
		t.Errorf("%d of %d language texts foreign: the test tells nothing", foreign, changed)
	}
}
