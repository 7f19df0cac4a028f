package lang

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	lingua "github.com/pemistahl/lingua-go"
)

// TestScriptOfTable checks that the fast paths of ScriptOf give what the
// Unicode tables give, for every rune.
func TestScriptOfTable(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := ScriptOf(r), scriptOf(r); got != want {
			t.Fatalf("ScriptOf(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzCountLine checks countLine against CountLetters and strings.Fields.
func FuzzCountLine(f *testing.F) {
	for _, s := range []string{"", " a  b ", "\u00a0x\u2003y\u3000", "one\ttwo\nthree", "\x85x\xffy", "Привет мир 你好"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, fields := countLine(s)
		if want := len(strings.Fields(s)); fields != want {
			t.Fatalf("countLine(%q) gives %d fields, want %d", s, fields, want)
		}
		if want := CountLetters(s); c != want {
			t.Fatalf("countLine(%q) gives letters %v, want %v", s, c, want)
		}
	})
}

// TestModelLoader checks that goroutines asking for the same models at
// once load each of them once.
func TestModelLoader(t *testing.T) {
	m := &modelLoader{once: map[lingua.Language]*sync.Once{}}
	ll := []lingua.Language{lingua.English, lingua.German}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { m.load(ll) })
	}
	wg.Wait()
	if len(m.once) != len(ll) {
		t.Fatalf("%d languages recorded, want %d", len(m.once), len(ll))
	}
	for l, o := range m.once {
		o.Do(func() { t.Errorf("%v: model not loaded", l) })
	}
}

// FuzzMeasure checks that measure counts letters as CountLetters does, and
// that its scores, in the order of the profiles, rank best first.
func FuzzMeasure(f *testing.F) {
	p, err := loadProfiles()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"The cat and the hat", "Das ist ein Test, oder?", "Привет, мир", "l'État c'est moi", "e\u0301te\u0301 \xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ws := p.measure(s, -1, nil)
		if want := CountLetters(s); c != want {
			t.Fatalf("measure(%q) counts %v, CountLetters %v", s, c, want)
		}
		ext := 0
		for _, r := range s {
			if r >= utf8.RuneSelf && ScriptOf(r) == Latin {
				ext++
			}
		}
		if ws.extendedLatin != ext {
			t.Fatalf("measure(%q) counts %d Latin letters outside ASCII, want %d", s, ws.extendedLatin, ext)
		}
		if foreign, _ := foreignLetters(s, []Language{"en"}); len(foreign) > ext {
			t.Fatalf("%q: %d foreign letters, more than its %d Latin letters outside ASCII", s, len(foreign), ext)
		}
		if !slices.IsSortedFunc(ws.scores, func(a, b wordScore) int { return cmp.Compare(a.idx, b.idx) }) {
			t.Fatalf("measure(%q): scores not in the order of the profiles: %v", s, ws.scores)
		}
		ws.rank()
		if !slices.IsSortedFunc(ws.scores, func(a, b wordScore) int {
			if a.weight != b.weight {
				return cmp.Compare(b.weight, a.weight)
			}
			return strings.Compare(string(a.lang), string(b.lang))
		}) {
			t.Fatalf("measure(%q): ranked scores not best first, then by language: %v", s, ws.scores)
		}
	})
}

// TestToLower checks toLower against unicode.ToLower for every rune.
func TestToLower(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestWordFilter checks that the profiles' word filter lets every function
// word through and keeps most other words away.
func TestWordFilter(t *testing.T) {
	p, err := loadProfiles()
	if err != nil {
		t.Fatal(err)
	}
	for w := range p.words {
		if b := wordBit(w); p.maybe[b/64]&(1<<(b%64)) == 0 {
			t.Errorf("function word %q filtered out", w)
		}
	}
	kept := 0
	others := []string{"government", "minister", "yesterday", "parliament", "regierung", "gobierno", "правительство", "economy", "election", "president"}
	for _, w := range others {
		if b := wordBit(w); p.maybe[b/64]&(1<<(b%64)) != 0 {
			kept++
		}
	}
	if kept > len(others)/2 {
		t.Errorf("%d of %d content words pass the filter", kept, len(others))
	}
}

// TestCaseless checks cased: the letters of the scripts it reports without
// cases are neither capitals nor changed by lower-casing, which scan then
// skips.
func TestCaseless(t *testing.T) {
	withCase := map[Script]int{}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := ScriptOf(r)
		if s == NoScript {
			continue
		}
		if unicode.IsUpper(r) || unicode.ToLower(r) != r {
			if !cased(s) {
				t.Errorf("%U (%v) has a lower case, but its script is said to have none", r, s)
			}
			withCase[s]++
		}
	}
	for s := Latin; s < numScripts; s++ {
		if cased(s) && withCase[s] == 0 {
			t.Errorf("%v has no capitals, but is said to have cases", s)
		}
	}
}

// FuzzCountLetters checks CountLetters, with its ASCII fast path, against
// ScriptOf on every rune.
func FuzzCountLetters(f *testing.F) {
	for _, s := range []string{"The cat, the hat [@`{]", "Das ist ein Test", "Привет, мир", "e\u0301te\u0301 \xff", "日本語のテキスト"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want Letters
		for _, r := range s {
			if sc := ScriptOf(r); sc != NoScript {
				want[sc]++
			}
		}
		if got := CountLetters(s); got != want {
			t.Fatalf("CountLetters(%q) = %v, want %v", s, got, want)
		}
	})
}
