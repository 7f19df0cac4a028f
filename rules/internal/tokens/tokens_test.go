package tokens

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/newslint/newslint/lint/linttest"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"english", "Trump-Putin Summit Ends; Talks “Productive”", []string{"trump", "putin", "summit", "ends", "talks", "productive"}},
		{"apostrophes", "We didn’t get there, we didn't", []string{"we", "didnt", "get", "there", "we", "didnt"}},
		{"quoted word", "he said ‘yes’ and 'no'", []string{"he", "said", "yes", "and", "no"}},
		{"accents", "Élysée CAFÉ naïve", []string{"elysee", "cafe", "naive"}},
		{"german", "Straße STRASSE", []string{"strasse", "strasse"}},
		{"greek sigma", "ΟΔΟΣ οδός", []string{"οδοσ", "οδοσ"}},
		{"russian", "Привет, МИР!", []string{"привет", "мир"}},
		{"arabic points", "مُحَمَّد محمد", []string{"محمد", "محمد"}},
		{"arabic-indic digits", "١٢ ساعة", []string{"12", "ساعة"}},
		{"devanagari digits", "१२ घंटे", []string{"12", "घंटे"}},
		{"full-width", "ＡＢＣ１２３", []string{"abc123"}},
		{"soft hyphen", "Zei\u00ADtung", []string{"zeitung"}},
		{"chinese", "北京举行会谈。", []string{"北京", "京举", "举行", "行会", "会谈"}},
		{"chinese lone char", "雨", []string{"雨"}},
		{"chinese with digits", "１２小时会谈", []string{"12", "小时", "时会", "会谈"}},
		{"japanese", "東京で会談", []string{"東京", "京で", "で会", "会談"}},
		{"japanese voiced kana", "ガス ｶﾞｽ", []string{"ガス", "ガス"}},
		{"japanese long vowel", "ニュース", []string{"ニュ", "ュー", "ース"}},
		{"thai marks stay with their consonant", "ข่าวดี", []string{"ข่า", "าว", "วดี"}},
		{"korean", "서울에서 회담", []string{"서울에서", "회담"}},
		{"mixed", "iPhone發布", []string{"iphone", "發布"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Tokenize(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	for _, s := range []string{
		"Trump-Putin Summit; “didn’t” Élysée",
		"北京举行会谈，東京で会談。",
		"ข่าวดี สวัสดี",
		"١٢ ساعة and ＡＢＣ",
	} {
		for _, tok := range Tokenize(s) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("%q: bad range %d..%d", s, tok.Start, tok.End)
			}
			if got := Fold(strings.ReplaceAll(s[tok.Start:tok.End], " ", "")); got != tok.Text {
				t.Errorf("%q: token %q covers %q (folds to %q)", s, tok.Text, s[tok.Start:tok.End], got)
			}
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"three short words", 3},
		{"北京举行会谈", 3},         // 6 characters
		{"北京举行会谈，雨", 3.5},     // and a lone one
		{"ข่าวดีมาก", 1.75},   // 7 units of Thai
		{"Tokyo 東京 talks", 3}, // 2 words and 2 characters
		{"", 0},
	}
	for _, tt := range tests {
		if got := Words(Tokenize(tt.in)); got != tt.want {
			t.Errorf("Words(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDigitValue(t *testing.T) {
	n := 0
	for _, tab := range []*unicode.RangeTable{unicode.Nd} {
		for _, rg := range tab.R16 {
			for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
				v, ok := DigitValue(r)
				if !ok || v != int(r-rune(rg.Lo))%10 {
					t.Fatalf("DigitValue(%U) = %d, %v", r, v, ok)
				}
				n++
			}
		}
	}
	tests := []struct {
		r    rune
		want int
		ok   bool
	}{
		{'7', 7, true}, {'٧', 7, true}, {'۷', 7, true}, {'७', 7, true}, {'７', 7, true},
		{'๗', 7, true}, {'𝟕', 7, true}, {'x', 0, false}, {'七', 0, false}, {'½', 0, false},
	}
	for _, tt := range tests {
		v, ok := DigitValue(tt.r)
		if v != tt.want || ok != tt.ok {
			t.Errorf("DigitValue(%q) = %d, %v; want %d, %v", tt.r, v, ok, tt.want, tt.ok)
		}
	}
	if n < 300 {
		t.Errorf("only %d digits checked", n)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello", "hello"},
		{"don't", "dont"},
		{"ÉTÉ", "ete"},
		{"ﬁnance", "finance"},
		{"İstanbul", "istanbul"},
		{"Ｔｏｋｙｏ", "tokyo"},
		{"٢٠٢٤", "2024"},
		{"YILININ", "yilinin"},
		{"yılının", "yilinin"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFoldRune checks the rune-by-rune folding of Fold against
// golang.org/x/text/cases for every rune that NFKD text can hold.
func TestFoldRune(t *testing.T) {
	folder := cases.Fold()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF || !norm.NFKD.IsNormalString(string(r)) {
			continue
		}
		want := referenceFold(string(r))
		got, ok := foldRune(r)
		switch {
		case !ok && string(unicode.ToLower(r)) == folder.String(string(r)):
			t.Errorf("foldRune(%U) sends a rune that lower-casing folds to the transformer", r)
		case !ok:
		case got < 0 && want != "", got >= 0 && strings.ReplaceAll(string(got), "ı", "i") != want:
			t.Errorf("foldRune(%U) = %U, want %q", r, got, want)
		}
	}
}

// referenceFold is Fold done entirely with the transformers.
func referenceFold(s string) string { return slowFold(norm.NFKD.String(s)) }

// TestFoldFastPaths checks that Fold's shortcuts give what the transformers
// give, on words of many scripts and on every word of the shared corpus
// when it is present.
func TestFoldFastPaths(t *testing.T) {
	words := []string{
		"", "Hello", "don't", "ÉTÉ", "ﬁnance", "İstanbul", "Ｔｏｋｙｏ", "٢٠٢٤",
		"YILININ", "yılının", "Straße", "STRASSE", "ΟΔΥΣΣΕΥΣ", "οδυσσεύς",
		"Ꭰꭰ", "ᲀᲁ", "Москва", "москва", "Ёлка", "الْعَرَبِيَّة", "שָׁלוֹם",
		"हिन्दी", "한국어", "ｶﾞｷﾞ", "東京都", "ภาษาไทย", "가", "a\u00adb",
		"co\u200dop", "\u0301", "ͅ", "Ǆ", "ǅ", "ﬀ", "㍿", "¹²", "Ⅻ",
		"ქართული", "ᲥᲐᲠᲗᲣᲚᲘ", "Հայերեն", "ꭰꮎ",
		"क\u094d\u093c", "क\u093c\u094d", "ạ\u0308", "각", "\u1100\u1161\u11a8", "ଓ", "\u0b47\u0b3e", "a\xffb", "\xe2\x82", "x\ufffd",
	}
	if dir := linttest.CorpusDir(); dir != "" {
		for _, ca := range linttest.Corpus(t) {
			src := ca.Read(t)
			words = append(words, strings.Fields(string(src))...)
		}
	}
	seen := map[string]bool{}
	for _, w := range words {
		if seen[w] {
			continue
		}
		seen[w] = true
		for _, s := range []string{w, strings.ToUpper(w)} {
			if got, want := Fold(s), referenceFold(s); got != want {
				t.Errorf("Fold(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
