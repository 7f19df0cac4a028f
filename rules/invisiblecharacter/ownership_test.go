package invisiblecharacter_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/misdecode"
	"github.com/newslint/newslint/rules/internal/prose"
	"github.com/newslint/newslint/rules/invisiblecharacter"
	"github.com/newslint/newslint/rules/mojibake"
)

// ownershipSeeds are texts with soft hyphens and C1 controls inside and
// outside mojibake.
var ownershipSeeds = []string{
	"Ã\u00adndice, Ð\u00adто, Î\u00adνα, å\u00ad¦ and Â\u00ad.",
	"æ\u0096\u00ad, ð\u009f\u0098\u0080, Ã\u0081frica, Ä\u008dx, Ð\u0090x.",
	"Fuß\u00adball, FØ\u00adRER, Ö\u00adl, é\u00adlève, Not\u00adfall, \u00adasesinó.",
	"DÅ\u00adRLIG, Ä\u00adrger, GUÐ\u00adRÚN, ROMÂ\u00adNIA, IRMÃ\u00adOS, Þ\u00adÓRÐUR, Ó\u00adRA.",
	"CafÃ© and DÅ\u00adRLIG and Ä\u00adrger in one paragraph.",
	// C1 controls after the lead letters U+00D5-U+00DF: Armenian,
	// Hebrew, Arabic, Syriac, Thaana and N'Ko read as Latin-1.
	"×\u0090 ×©×\u009c×\u0095×\u009d Ø\u0085 Õ\u0080x Ø§Ù\u0084 Ù\u0081 Ü\u0090 Þ\u0090 ß\u0090x Ý\u008f a×\u0090b.",
	"x\u0081y, \u0093quoted\u0094, \u0096, a\u0090b, \u0081.",
	"í\u00ad\u0080, å\u00ad, Ã\ufffd, â€\ufffd.",
	"\u0093Not\u00adfall\u0094 and Ã\u00ad\u00adx.",
}

// FuzzOwnership checks that every soft hyphen and C1 control in running
// text belongs to exactly one of the mojibake and invisible-character
// rules: the invisible-character rule reports it exactly when it is not in
// a stretch of mojibake (misdecode.Claimed), every claimed stretch lies in
// a mojibake finding, and every mojibake fix edits only claimed stretches.
func FuzzOwnership(f *testing.F) {
	for _, s := range ownershipSeeds {
		f.Add("Headline\n\n" + s + "\n")
	}
	l, err := lint.New(invisiblecharacter.New(), mojibake.New())
	if err != nil {
		f.Fatal(err)
	}
	d := misdecode.New()
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) || strings.ContainsRune(src, 0) {
			return
		}
		a, err := article.Parse("fuzz.txt", []byte(src), article.Text)
		if err != nil {
			return
		}
		fs, err := l.Lint(context.Background(), a, nil)
		if err != nil {
			t.Fatal(err)
		}
		var claimed []article.Span
		for _, ranges := range prose.ByBlock(a) {
			claimed = append(claimed, d.Claimed(a.Src, ranges)...)
		}
		in := func(spans []article.Span, pos, end int) bool {
			for _, s := range spans {
				if s.Start <= pos && end <= s.End {
					return true
				}
			}
			return false
		}
		var mojibakeSpans, invisibleSpans []article.Span
		for _, f := range fs {
			span := article.Span{Start: f.Pos, End: f.End}
			switch f.Rule {
			case "mojibake":
				mojibakeSpans = append(mojibakeSpans, span)
				for _, fix := range f.Fixes {
					for _, e := range fix.Edits {
						if !in(claimed, e.Pos, e.End) {
							t.Errorf("mojibake edits %q, which is not claimed", a.Src[e.Pos:e.End])
						}
					}
				}
			case "invisible-character":
				invisibleSpans = append(invisibleSpans, span)
			}
		}
		for _, c := range claimed {
			if !in(mojibakeSpans, c.Start, c.End) {
				t.Errorf("claimed %q is in no mojibake finding", a.Src[c.Start:c.End])
			}
		}
		for _, r := range prose.Ranges(a) {
			for i, c := range a.Text(r) {
				if c != '\u00AD' && (c < 0x80 || c > 0x9F) {
					continue
				}
				pos := r.Start + i
				end := pos + utf8.RuneLen(c)
				byMojibake, byInvisible := in(claimed, pos, end), in(invisibleSpans, pos, end)
				if byMojibake == byInvisible {
					t.Errorf("%U at byte %d in %q: claimed by mojibake %v, reported by invisible-character %v",
						c, pos, a.Text(r), byMojibake, byInvisible)
				}
			}
		}
	})
}

// TestOwnership checks on the seeds, from the findings alone, that every
// soft hyphen and C1 control is reported by exactly one of the two rules:
// by a mojibake finding whose fix edits it (or that has no fix), or by an
// invisible-character finding.
func TestOwnership(t *testing.T) {
	l, err := lint.New(invisiblecharacter.New(), mojibake.New())
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range ownershipSeeds {
		src := "Headline\n\n" + seed + "\n"
		a, err := article.Parse("test.txt", []byte(src), article.Text)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := l.Lint(context.Background(), a, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range src {
			if c != '\u00AD' && (c < 0x80 || c > 0x9F) {
				continue
			}
			end := i + utf8.RuneLen(c)
			var owners []string
			for _, f := range fs {
				if f.Pos > i || end > f.End {
					continue
				}
				owned := len(f.Fixes) == 0 || f.Rule != "mojibake"
				for _, fix := range f.Fixes {
					for _, e := range fix.Edits {
						owned = owned || e.Pos <= i && end <= e.End
					}
				}
				if owned {
					owners = append(owners, f.Rule)
				}
			}
			if len(owners) != 1 {
				t.Errorf("%U at byte %d of %q: reported by %v, want exactly one rule", c, i-len("Headline\n\n"), seed, owners)
			}
		}
	}
}
