package tokens

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newslint/newslint/lint/linttest"
)

// The reference implementation: Tokenize as it was written before its
// fast paths (ASCII, the rune table, the shared arena), with every rune
// classified by package unicode and every token folded by the transformers
// (referenceFold). Tokenize and CountWords must agree with it exactly.

func referenceTokenize(s string) []Token {
	var toks []Token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case refIsSpaceless(r):
			end := i + n
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if !refIsSpaceless(r2) && !refAttaches(r2) {
					break
				}
				end += n2
			}
			toks = refAppendGrams(toks, s, i, end)
			i = end
		case refIsWordRune(r):
			end := i + n
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if refIsWordRune(r2) && !refIsSpaceless(r2) || unicode.Is(unicode.Cf, r2) {
					end += n2
					continue
				}
				if isApostrophe(r2) && end+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[end+n2:])
					if unicode.IsLetter(r3) && !refIsSpaceless(r3) {
						end += n2
						continue
					}
				}
				break
			}
			if t := referenceFold(s[i:end]); t != "" {
				toks = append(toks, Token{Text: t, Start: i, End: end, Kind: Word})
			}
			i = end
		default:
			i += n
		}
	}
	return toks
}

func refAppendGrams(toks []Token, s string, start, end int) []Token {
	type unit struct {
		text       string
		start, end int
	}
	var units []unit
	dense := false
	for i := start; i < end; {
		_, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !refAttaches(r2) {
				break
			}
			j += n2
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if refIsDense(r) {
			dense = true
		}
		if t := referenceFold(s[i:j]); t != "" {
			units = append(units, unit{t, i, j})
		}
		i = j
	}
	if len(units) == 1 {
		return append(toks, Token{Text: units[0].text, Start: units[0].start, End: units[0].end, Kind: Gram, Dense: dense})
	}
	for k := 0; k+1 < len(units); k++ {
		toks = append(toks, Token{
			Text:  units[k].text + units[k+1].text,
			Start: units[k].start,
			End:   units[k+1].end,
			Kind:  Gram,
			Dense: dense,
		})
	}
	return toks
}

func refAttaches(r rune) bool {
	switch r {
	case '゛', '゜', 'ﾞ', 'ﾟ':
		return true
	}
	return unicode.IsMark(r) || unicode.Is(unicode.Cf, r)
}

func refIsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

func refIsSpaceless(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	switch r {
	case 'ー', '〆', 'ｰ':
		return true
	}
	if !unicode.IsLetter(r) && !unicode.IsNumber(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsOneOf(spaceless, r)
}

func refIsDense(r rune) bool {
	return unicode.Is(unicode.Thai, r) || unicode.Is(unicode.Lao, r) ||
		unicode.Is(unicode.Khmer, r) || unicode.Is(unicode.Myanmar, r)
}

// refDigitValue is DigitValue by a linear search of the Nd table.
func refDigitValue(r rune) (int, bool) {
	if !unicode.IsDigit(r) {
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// checkTokenize fails the test where Tokenize or CountWords disagree with
// the reference on s.
func checkTokenize(t *testing.T, s string) {
	t.Helper()
	want := referenceTokenize(s)
	got := Tokenize(s)
	if len(got) == 0 && len(want) == 0 {
		got, want = nil, nil
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize(%q)\n got  %+v\n want %+v", s, got, want)
	}
	if got, want := CountWords(s), Words(want); got != want {
		t.Errorf("CountWords(%q) = %v, want %v", s, got, want)
	}
}

// tricky are texts that exercise the corners of tokenization: every
// script and every path of folding.
var tricky = []string{
	"", " ", "a", "'", "''a", "a'", "a'b", "a'’b", "don`t", "l’homme", "a’1", "1’a", "a' b",
	"Trump-Putin Summit Ends; Talks “Productive”", "We didn’t get there, we didn't",
	"Élysée CAFÉ naïve", "Straße STRASSE ẞ", "ΟΔΟΣ οδός ς", "Привет, МИР! Ёлка йод Й",
	"مُحَمَّد محمد ـــ أحمد", "١٢ ساعة ۱۲", "१२ घंटे हिन्दी", "ＡＢＣ１２３", "Zei\u00ADtung \u00AD", "co\u200Dop \u200D",
	"北京举行会谈。", "雨", "，雨，", "１２小时会谈", "東京で会談", "ガス ｶﾞｽ ｶﾞ", "ニュース ｰ 〆", "ข่าวดี ข่", "ข่าวดีมาก",
	"서울에서 회담 \u1100\u1161\u11a8", "iPhone發布", "Tokyo 東京 talks", "İstanbul yılının YILININ ı",
	"ﬁnance ǅ Ǆ ǆ ㍿ ¹² Ⅻ ½", "\u0301 a\u0301 \u0301a", "Ꭰꭰ ᲀᲁ ꭰꮎ", "ქართული ᲥᲐᲠᲗᲣᲚᲘ Հայերեն",
	"क\u094d\u093c क\u093c\u094d ạ\u0308 ଓ \u0b47\u0b3e", "a\xffb \xe2\x82 x\ufffd", "\u037a ͅ ʰ",
	"ລາວ ខ្មែរ မြန်မာ", "𝟕 𠀀𠀁 𝐀𝐁", "a\u0000b", "x\u2028y\u2029z", "Ⱥ ⱥ Ⱦ", "ﻼ ﷺ",
}

func TestTokenizeReference(t *testing.T) {
	for _, s := range tricky {
		checkTokenize(t, s)
		checkTokenize(t, strings.ToUpper(s))
	}
	if linttest.CorpusDir() == "" {
		return
	}
	for _, ca := range linttest.Corpus(t) {
		src := ca.Read(t)
		for _, p := range strings.Split(string(src), "\n\n") {
			checkTokenize(t, p)
		}
	}
}

// FuzzTokenize checks Tokenize, CountWords and Fold against the reference
// on any text.
func FuzzTokenize(f *testing.F) {
	for _, s := range tricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokenize(t, s)
		if got, want := Fold(s), referenceFold(s); utf8.ValidString(s) && got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestClassifiers checks the table-backed classifiers against package
// unicode for every rune.
func TestClassifiers(t *testing.T) {
	c := NewClassifier()
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := IsWordRune(r), refIsWordRune(r); got != want {
			t.Fatalf("IsWordRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := IsLetter(r), unicode.IsLetter(r); got != want {
			t.Fatalf("IsLetter(%U) = %v, want %v", r, got, want)
		}
		if got, want := isSpaceless(r), refIsSpaceless(r); got != want {
			t.Fatalf("isSpaceless(%U) = %v, want %v", r, got, want)
		}
		if !mayBeDense(r) && refIsDense(r) {
			t.Fatalf("mayBeDense(%U) = false for a dense rune", r)
		}
		v, ok := DigitValue(r)
		if wv, wok := refDigitValue(r); v != wv || ok != wok {
			t.Fatalf("DigitValue(%U) = %d, %v; want %d, %v", r, v, ok, wv, wok)
		}
		if v2, ok2 := c.DigitValue(r); v2 != v || ok2 != ok {
			t.Fatalf("Classifier.DigitValue(%U) = %d, %v; want %d, %v", r, v2, ok2, v, ok)
		}
		if c.IsWordRune(r) != refIsWordRune(r) || c.IsLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("Classifier differs from package unicode on %U", r)
		}
		var tk tokenizer
		tk.tab = runeTable()
		if got, want := tk.isSpaceless(r), refIsSpaceless(r); got != want {
			t.Fatalf("tokenizer.isSpaceless(%U) = %v, want %v", r, got, want)
		}
		if got, want := tk.isWordRune(r), refIsWordRune(r); got != want {
			t.Fatalf("tokenizer.isWordRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := tk.isFormat(r), unicode.Is(unicode.Cf, r); got != want {
			t.Fatalf("tokenizer.isFormat(%U) = %v, want %v", r, got, want)
		}
		if got, want := tk.attaches(r), refAttaches(r); got != want {
			t.Fatalf("tokenizer.attaches(%U) = %v, want %v", r, got, want)
		}
		if got, want := tk.continuesWord(r), refIsWordRune(r) && !refIsSpaceless(r) || unicode.Is(unicode.Cf, r); got != want {
			t.Fatalf("tokenizer.continuesWord(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestRuneTable checks what the rune table says of folding: each rune
// folds alone as the transformers fold it, and the flags describe the
// fold.
func TestRuneTable(t *testing.T) {
	tab := runeTable()
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		e := tab.info(r)
		if e == nil {
			continue
		}
		n++
		s := string(r)
		if got, want := e.flags&infoAttaches != 0, refAttaches(r); got != want {
			t.Errorf("%U: infoAttaches is %v", r, got)
		}
		if got, want := e.flags&infoSpaceless != 0, refIsSpaceless(r); got != want {
			t.Errorf("%U: infoSpaceless is %v", r, got)
		}
		if got, want := e.flags&infoDotless != 0, strings.Contains(e.fold, "ı"); got != want {
			t.Errorf("%U: infoDotless is %v", r, got)
		}
		if got, want := norm.NFC.String(strings.ReplaceAll(e.fold, "ı", "i")), referenceFold(s); got != want {
			t.Errorf("%U: folds to %q, want %q", r, got, want)
		}
		if same := e.fold == s && norm.NFKD.PropertiesString(s).Decomposition() == nil; same != (e.flags&infoSame != 0) {
			t.Errorf("%U: infoSame is %v", r, !same)
		}
		ascii, inert := true, true
		for _, fr := range e.fold {
			ascii = ascii && fr < utf8.RuneSelf
			inert = inert && nfcInert(fr)
		}
		if ascii != (e.flags&infoASCII != 0) || inert != (e.flags&infoInert != 0) {
			t.Errorf("%U: infoASCII or infoInert wrong for %q", r, e.fold)
		}
	}
	if n != runeTabSize {
		t.Errorf("the table describes %d runes, want %d", n, runeTabSize)
	}
}

// TestFoldInContext checks Fold against the transformers on every rune of
// the rune table between neighbors that case folding, composition and the
// dotless i could interact with.
func TestFoldInContext(t *testing.T) {
	contexts := []string{"", "a", "A", "Σ", "ς", "ß", "\u0301", "\u0345", "ı", "I", "\u0307", "\u05B4", "\u0654", "é", "1", "١"}
	for r := rune(0x80); r < kanaEnd; r++ {
		if tabIndex(r) < 0 {
			continue
		}
		for _, before := range contexts {
			for _, after := range contexts {
				s := before + string(r) + after
				if got, want := Fold(s), referenceFold(s); got != want {
					t.Errorf("Fold(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// TestNFCInert checks that every rune nfcInert accepts has canonical
// combining class 0, does not combine with the rune before it, and is left
// as it is by NFC: then a text made of such runes passes the NFC quick
// check.
func TestNFCInert(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !nfcInert(r) {
			continue
		}
		n++
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFC.IsNormalString(s) {
			t.Errorf("nfcInert(%U), but NFC may change a text with it", r)
		}
	}
	if n < 40000 {
		t.Errorf("only %d runes are inert", n)
	}
}

// TestPlainRune checks that Fold keeps every rune plainRune accepts as it
// is, whatever surrounds it.
func TestPlainRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !plainRune(r) {
			continue
		}
		s := string(r)
		if norm.NFKD.PropertiesString(s).Decomposition() != nil || !nfcInert(r) {
			t.Fatalf("plainRune(%U), but it decomposes or composes", r)
		}
		if fr, ok := foldRune(r); fr != r || !ok {
			t.Fatalf("plainRune(%U), but foldRune gives %U, %v", r, fr, ok)
		}
		if !unicode.IsLetter(r) {
			t.Fatalf("plainRune(%U), but it is not a letter", r)
		}
	}
}
