package article

import (
	"errors"
	"testing"
)

func TestFrontMatterErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the error as line:column: message
	}{
		{"bad indentation", "---\ntitle: a\n  bad: x\n---\n",
			"3:3: invalid YAML front matter: mapping values are not allowed in this context"},
		{"sequence after mapping", "---\na: 1\n- b\n---\n",
			"3:1: invalid YAML front matter: did not find expected key"},
		{"unclosed flow sequence", "---\ntitle: a\nsub: [b\nlang: c\n---\n",
			"3:1: invalid YAML front matter: did not find expected ',' or ']'"},
		{"unclosed quote", "---\ntitle: \"unclosed\n---\n",
			"3:1: invalid YAML front matter: found unexpected end of stream"},
		{"bad token", "---\na: 1\nb: @x\n---\n",
			"3:1: invalid YAML front matter: found character that cannot start any token"},
		{"tab indentation, CRLF", "---\r\na: 1\r\nb: 2\r\n\tc: 3\r\n---\r\n",
			"3:1: invalid YAML front matter: found a tab character that violates indentation"},
		{"error on the first line", "---\na: b: c\n---\n",
			"2:1: invalid YAML front matter: mapping values are not allowed in this context"},
		{"not a mapping", "---\n- a\n---\n",
			"2:1: front matter must be a mapping of keys to values, not a list"},
		{"scalar document", "---\njust text\n---\n",
			"2:1: front matter must be a mapping of keys to values, not a single value"},
		{"title is a list", "---\ntitle: [a, b]\n---\n",
			"2:8: front matter title must be text, not a list"},
		{"subtitle is a mapping", "---\nsubtitle:\n  a: b\n---\n",
			"3:3: front matter subtitle must be text, not a mapping"},
		{"duplicate title", "---\ntitle: a\nx: 1\ntitle: b\n---\n",
			"4:1: front matter key \"title\" is given twice (first on line 2)"},
		{"duplicate key by case", "---\nlang: en\nLang: fr\n---\n",
			"3:1: front matter key \"Lang\" is given twice (first on line 2)"},
		{"bad lang", "---\ntitle: T\nlang: english!\n---\n",
			"3:7: front matter lang \"english!\" is not a valid BCP 47 language tag (language: tag is not well-formed)"},
		{"lang is a list", "---\nlang: [en]\n---\n",
			"2:7: front matter lang must be text, not a list"},
		{"after a BOM", "\uFEFF---\na: [\n---\n",
			"3:1: invalid YAML front matter: did not find expected node content"},
		{"unknown anchor", "---\na: *x\n---\n",
			"2:1: invalid YAML front matter: unknown anchor 'x' referenced"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("test.md", []byte(tc.src), Markdown)
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("got error %v, want an *Error", err)
			}
			if got := pe.Error(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if line, col := (&Article{Src: tc.src, Lines: splitLines(tc.src)}).Position(pe.Offset); line != pe.Line || col != pe.Column {
				t.Errorf("offset %d is at %d:%d, error says %d:%d", pe.Offset, line, col, pe.Line, pe.Column)
			}
		})
	}
}

func TestFrontMatterLang(t *testing.T) {
	tests := []struct{ src, want string }{
		{"---\nlang: de\n---\n", "de"},
		{"---\nlang: en-us\n---\n", "en-US"},
		{"---\nlang: zh-Hant-TW\n---\n", "zh-Hant-TW"},
		{"---\nlang: \"pt-BR\"\n---\n", "pt-BR"},
		{"---\nlang: und\n---\n", ""},
		{"---\nlang:\n---\n", ""},
		{"---\ntitle: x\n---\n", ""},
	}
	for _, tc := range tests {
		a, err := Parse("test.md", []byte(tc.src), Markdown)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if a.Lang != tc.want {
			t.Errorf("%q: Lang = %q, want %q", tc.src, a.Lang, tc.want)
		}
	}
}

// TestFrontMatterOnlyInMarkdown checks that plain text never reads front
// matter.
func TestFrontMatterOnlyInMarkdown(t *testing.T) {
	a, err := Parse("test.txt", []byte("---\ntitle: [\n---\n"), Text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Lang != "" || len(a.Suppressions) != 0 || a.Blocks[0].Kind != Headline {
		t.Errorf("plain text parsed as Markdown: %s", dump(a))
	}
}
