package blocks

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzLanguageText checks LanguageText against a plain rune-by-rune
// statement of what it does: the fast paths (no address, no quotation
// mark, copying up to the next mark) must not change its result.
func FuzzLanguageText(f *testing.F) {
	for _, s := range []string{
		"See https://www.example.gov/a-b?c=d now", "Write to jane.doe@example.com or @janedoe #news",
		"He said “Nous sommes en guerre” and left.", "They didn’t say ‘oui’ yet.", "«Les gens ont peur», dit-il.",
		"Visit WWW.Example.org.", "a „b“ c ‚d‘ e 「f」 『g』 ‹h› »i«", "\"unclosed quote", "x\xff\"y\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := LanguageText(s), plainLanguageText(s); got != want {
			t.Fatalf("LanguageText(%q) = %q, want %q", s, got, want)
		}
	})
}

// plainLanguageText is LanguageText without its fast paths.
func plainLanguageText(text string) string {
	var words strings.Builder
	start := -1
	flush := func(end int) {
		if start >= 0 {
			if plainIsAddress(text[start:end]) {
				words.WriteByte(' ')
			} else {
				words.WriteString(text[start:end])
			}
			start = -1
		}
	}
	for i, r := range text {
		if unicode.IsSpace(r) {
			flush(i)
			words.WriteRune(r)
		} else if start < 0 {
			start = i
		}
	}
	flush(len(text))
	text = words.String()
	var sb strings.Builder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		cl := closersOf(r)
		if cl != "" && (r != '‘' || i == 0 || !isLetterBefore(text, i)) {
			if j := closingQuote(text, i+n, cl); j >= 0 && Words(text[i+n:j]) <= MaxQuotedWords {
				_, m := utf8.DecodeRuneInString(text[j:])
				sb.WriteByte(' ')
				i = j + m
				continue
			}
		}
		sb.WriteString(text[i : i+n])
		i += n
	}
	return sb.String()
}

func plainIsAddress(w string) bool {
	w = strings.TrimLeft(w, "([<\"'“«")
	lower := strings.ToLower(w)
	switch {
	case strings.Contains(lower, "://"), strings.HasPrefix(lower, "www."):
		return true
	case strings.HasPrefix(w, "@") || strings.HasPrefix(w, "#"):
		return len(w) > 1
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.Contains(w[at:], ".")
}

// TestIndexOpener checks that the byte scan finds the openers that
// strings.IndexAny finds, and that openers are just the marks closersOf
// knows.
func TestIndexOpener(t *testing.T) {
	for _, r := range openers {
		if closersOf(r) == "" {
			t.Errorf("%q is an opener without closers", r)
		}
		for _, s := range []string{string(r), "ab" + string(r) + "c", "é—" + string(r)} {
			if got, want := indexOpener(s), strings.IndexAny(s, openers); got != want {
				t.Errorf("indexOpener(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

// FuzzIndexOpener compares indexOpener with strings.IndexAny.
func FuzzIndexOpener(f *testing.F) {
	f.Add("plain text «quoted» and “more”")
	f.Add("\xe2\x80x\xc2")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexOpener(s), strings.IndexAny(s, openers); got != want {
			t.Fatalf("indexOpener(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzTitleLike checks TitleLike against a plain statement of it.
func FuzzTitleLike(f *testing.F) {
	for _, s := range []string{"Director General for International Relations, Ministry of Health", "The leaders met for three hours.", "ÉCOLE Normale Supérieure", "x\xffY"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TitleLike(s), plainTitleLike(s); got != want {
			t.Fatalf("TitleLike(%q) = %v, want %v", s, got, want)
		}
	})
}

func plainTitleLike(text string) bool {
	cased, upper := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			cased++
			upper++
		case unicode.IsLower(r):
			cased++
		}
	}
	if cased == 0 {
		return false
	}
	share := float64(upper) / float64(cased)
	return share >= 0.9 || share >= 0.7 && !EndsSentence(text)
}

// FuzzWords checks Words and MoreWords against a plain count.
func FuzzWords(f *testing.F) {
	f.Add("Read more: 3 stories, l'État — ٣ أخبار", 2)
	f.Add("e\u0301te\u0301\xff x", 0)
	f.Fuzz(func(t *testing.T, s string, n int) {
		want := 0
		in := false
		for _, r := range s {
			w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
			if w && !in {
				want++
			}
			in = w
		}
		if got := Words(s); got != want {
			t.Fatalf("Words(%q) = %d, want %d", s, got, want)
		}
		n = max(0, min(n, 50))
		if got := MoreWords(s, n); got != (want > n) {
			t.Fatalf("MoreWords(%q, %d) = %v with %d words", s, n, got, want)
		}
	})
}
