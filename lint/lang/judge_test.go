package lang

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/lint/linttest"
)

// TestJudgeSuspect checks the promise of Verdict.Suspect on real text:
// when Judge finds a paragraph free of suspicion, none of its sentences is
// foreign on its own. The paragraphs are those of the corpus, alone and
// with a sentence of an article in another language put in their middle,
// judged against the language of their article.
func TestJudgeSuspect(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation")
	}
	d, err := NewDetector(nil)
	if err != nil {
		t.Fatal(err)
	}
	as := linttest.Corpus(t)
	var paragraphs [][]string // by article
	var langs []Language
	for _, a := range as {
		src := a.Read(t)
		l, err := Parse(a.Language)
		if err != nil || !d.Supported(l) {
			continue
		}
		var ps []string
		for _, p := range strings.Split(string(src), "\n\n") {
			if p = strings.TrimSpace(p); strings.Count(p, ". ") >= 1 {
				ps = append(ps, p)
			}
		}
		paragraphs = append(paragraphs, ps)
		langs = append(langs, l)
	}
	var judged, clear, mixed int
	for ai, ps := range paragraphs {
		// The donor is an article in another language.
		donor := paragraphs[(ai+len(paragraphs)/3)%len(paragraphs)]
		if langs[(ai+len(paragraphs)/3)%len(paragraphs)] == langs[ai] || len(donor) == 0 {
			continue
		}
		foreign := sentencesOf(donor[len(donor)/2])
		e := Expect{Langs: []Language{langs[ai]}, MinLetters: 40, MinConfidence: 0.9}
		for pi, p := range ps {
			ss := sentencesOf(p)
			texts := [][]string{ss}
			if len(foreign) > 0 {
				// A foreign sentence amid the paragraph's own.
				texts = append(texts, append(append(append([]string{}, ss[:len(ss)/2]...), foreign[pi%len(foreign)]), ss[len(ss)/2:]...))
			}
			for k, parts := range texts {
				judged++
				whole := strings.Join(parts, " ")
				v := d.Judge(whole, e)
				if s := d.Suspect(whole, e); s != v.Suspect {
					t.Errorf("%s: Suspect says %v, Judge %v", as[ai].Path, s, v.Suspect)
				}
				if v.Suspect {
					continue
				}
				clear++
				if k > 0 {
					mixed++
				}
				for _, s := range parts {
					if g, ok := d.Foreign(s, e); ok {
						t.Errorf("%s (%s): paragraph is not suspect, but its sentence %q is %s", as[ai].Path, langs[ai], s, g.Lang)
					}
				}
			}
		}
	}
	t.Logf("%d paragraphs judged, %d free of suspicion (%d of them with a foreign sentence)", judged, clear, mixed)
	if clear == 0 || clear == judged {
		t.Errorf("%d of %d paragraphs free of suspicion: the test tells nothing", clear, judged)
	}
}

// sentencesOf splits a paragraph after full stops followed by a space.
func sentencesOf(p string) []string {
	var out []string
	for p != "" {
		i := strings.Index(p, ". ")
		if i < 0 {
			out = append(out, p)
			break
		}
		out = append(out, p[:i+1])
		p = p[i+2:]
	}
	return out
}
