package lint_test

import (
	"cmp"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules"
)

// warmUp is an article in several languages.
const warmUp = "Storm closes ports on the north coast\n\n" +
	"Ferries stayed in harbour on Tuesday, the coast guard said.\n\n" +
	"Die Fähren blieben am Dienstag im Hafen, sagte die Küstenwache.\n\n" +
	"Les ferries sont restés au port mardi, a indiqué la garde côtière.\n\n" +
	"Паромы во вторник оставались в порту, сообщила береговая охрана.\n\n" +
	"وبقيت العبارات في الميناء يوم الثلاثاء.\n\n渡轮周二停靠在港口。\n"

// whitespaceRules are the rules whose safe fixes change only white space
// and line breaks.
var whitespaceRules = []string{
	"blank-line-whitespace",
	"consecutive-blank-lines",
	"final-newline",
	"irregular-whitespace",
	"leading-whitespace",
	"line-endings",
	"repeated-spaces",
	"trailing-whitespace",
}

// FuzzFix lints and fixes arbitrary text, as plain text and as Markdown,
// with every rule, and checks what fixing promises:
//
//   - linting and fixing never fail and never panic;
//   - every edit of a fix lies inside the range of its finding, so that a
//     pass changes only bytes that findings of that pass report (rules
//     other than the white-space ones may also take the white space and
//     line breaks around their finding, as when a paragraph is deleted
//     with the blank line after it);
//   - the engine's fix loop gives the same text as applying the passes by
//     hand: each finding's first applicable fix, unless it overlaps a fix
//     already taken in that pass;
//   - the fixed text is valid UTF-8, has no finding left with an
//     applicable fix, and fixing it again changes nothing;
//   - the safe fixes of the white-space rules keep every word: the text
//     between white space and line breaks is the same before and after.
func FuzzFix(f *testing.F) {
	for _, pat := range []string{
		"../testdata/*.txt",
		"../rules/*/testdata/*.txt", "../rules/*/testdata/*.md",
		"../rules/*/testdata/*/*.txt", "../rules/*/testdata/*/*.md",
	} {
		files, err := filepath.Glob(pat)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(data), strings.HasSuffix(file, ".md"))
		}
	}
	for _, s := range []string{
		"", "\n", "\r", "\r\n\r\n", " \n\u00a0\n\t", "a\u00a0 \u3000b\r\rc",
		"Title\n\n\n\u00a0\n\n\nText  with\u2003spaces \n  indented\r\n\u00a0",
		"# Head\n\n- item\n\u00a0\n  more\n\n    code  \n",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}

	all, err := lint.New(rules.All()...)
	if err != nil {
		f.Fatal(err)
	}
	var wsRules []*lint.Rule
	for _, r := range rules.All() {
		if slices.Contains(whitespaceRules, r.Name) {
			wsRules = append(wsRules, r)
		}
	}
	ws, err := lint.New(wsRules...)
	if err != nil {
		f.Fatal(err)
	}
	// Rules that load language models do so on first use; load them now,
	// outside the time limit the fuzzing engine gives each input.
	for _, format := range []article.Format{article.Text, article.Markdown} {
		a, err := article.Parse("warm-up", []byte(warmUp), format)
		if err != nil {
			f.Fatal(err)
		}
		if _, err := all.Lint(context.Background(), a, nil); err != nil {
			f.Fatal(err)
		}
	}

	f.Fuzz(func(t *testing.T, src string, markdown bool) {
		format := article.Text
		if markdown {
			format = article.Markdown
		}
		a, err := article.Parse("fuzz", []byte(src), format)
		if err != nil {
			return // not a text article: rejected before any rule runs
		}
		for _, unsafe := range []bool{false, true} {
			checkFix(t, all, a, unsafe)
		}
		fixed := checkFix(t, ws, a, false)
		if got, want := words(fixed), words(src); !slices.Equal(got, want) {
			t.Errorf("white-space fixes changed the words of %q:\ngot  %q\nwant %q", src, got, want)
		}
	})
}

// checkFix fixes a with l and checks the result against a fix loop applied
// by hand. It returns the fixed text.
func checkFix(t *testing.T, l *lint.Linter, a *article.Article, unsafe bool) string {
	t.Helper()
	ctx := context.Background()
	opts := lint.FixOptions{Unsafe: unsafe}
	res, err := l.Fix(ctx, a, nil, opts)
	if err != nil {
		t.Fatalf("fix (unsafe=%v) of %q: %v", unsafe, a.Src, err)
	}
	got := res.Article.Src
	if !utf8.ValidString(got) {
		t.Fatalf("fix (unsafe=%v) of %q made invalid UTF-8: %q", unsafe, a.Src, got)
	}
	for _, f := range res.Remaining {
		if applicable(&f, unsafe) != nil {
			t.Fatalf("fix (unsafe=%v) of %q stopped after %d passes with a fixable %s finding left: %q",
				unsafe, a.Src, res.Passes, f.Rule, f.Message)
		}
	}
	if want := fixByHand(t, l, a, unsafe); got != want {
		t.Fatalf("fix (unsafe=%v) of %q:\nengine  %q\nby hand %q", unsafe, a.Src, got, want)
	}
	again, err := l.Fix(ctx, res.Article, nil, opts)
	if err != nil {
		t.Fatalf("fix again: %v", err)
	}
	if again.Article.Src != got {
		t.Fatalf("fix (unsafe=%v) is not idempotent on %q:\nonce  %q\ntwice %q", unsafe, a.Src, got, again.Article.Src)
	}
	return got
}

// fixByHand applies fixes pass by pass as Linter.Fix documents it, checking
// that every edit stays inside its finding's range.
func fixByHand(t *testing.T, l *lint.Linter, a *article.Article, unsafe bool) string {
	t.Helper()
	ctx := context.Background()
	for range lint.MaxFixPasses {
		fs, err := l.Lint(ctx, a, nil)
		if err != nil {
			t.Fatalf("lint %q: %v", a.Src, err)
		}
		var taken []lint.Edit
		for i := range fs {
			f := &fs[i]
			fix := applicable(f, unsafe)
			if fix == nil {
				continue
			}
			for _, e := range fix.Edits {
				if !inside(a.Src, f, e) {
					t.Fatalf("%s: edit [%d,%d) %q lies outside its finding [%d,%d) %q in %q",
						f.Rule, e.Pos, e.End, e.NewText, f.Pos, f.End, f.Message, a.Src)
				}
			}
			if slices.ContainsFunc(fix.Edits, func(e lint.Edit) bool {
				return slices.ContainsFunc(taken, func(o lint.Edit) bool { return overlap(e, o) })
			}) {
				continue
			}
			taken = append(taken, fix.Edits...)
		}
		if len(taken) == 0 {
			return a.Src
		}
		slices.SortFunc(taken, func(x, y lint.Edit) int { return cmp.Compare(x.Pos, y.Pos) })
		text, err := lint.ApplyEdits(a.Src, taken)
		if err != nil {
			t.Fatalf("apply %v to %q: %v", taken, a.Src, err)
		}
		if text == a.Src {
			return text
		}
		next, err := article.Parse(a.Path, []byte(text), a.Format)
		if err != nil {
			t.Fatalf("fixes made %q unreadable: %v", text, err)
		}
		a = next
	}
	return a.Src
}

// inside reports whether edit e of a fix of finding f changes only what f
// reports. White-space rules must keep their edits inside the finding's
// range. Other rules may also remove the white space and line breaks
// around it: a rule that deletes a paragraph takes the blank line that
// separated it along, but never touches a word outside its finding.
func inside(src string, f *lint.Finding, e lint.Edit) bool {
	if f.Pos == lint.WholeFile || f.Pos <= e.Pos && e.End <= f.End {
		return true
	}
	if slices.Contains(whitespaceRules, f.Rule) {
		return false
	}
	var outside string
	if e.Pos < f.Pos {
		outside += src[e.Pos:min(f.Pos, e.End)]
	}
	if e.End > f.End {
		outside += src[max(f.End, e.Pos):e.End]
	}
	return len(words(outside)) == 0
}

func applicable(f *lint.Finding, unsafe bool) *lint.Fix {
	for i := range f.Fixes {
		if f.Fixes[i].Applicability == lint.Safe || unsafe {
			return &f.Fixes[i]
		}
	}
	return nil
}

// overlap reports whether two edits touch the same bytes or insert at the
// same place.
func overlap(a, b lint.Edit) bool {
	return a.Pos == b.Pos || a.Pos < b.End && b.Pos < a.End
}

// words returns the text between white space and line breaks.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || article.IsSpace(r)
	})
}
