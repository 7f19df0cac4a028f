package article

import (
	"strings"
	"testing"
)

// markdownCases are Markdown articles and the model the parser must build
// for them (see dump for the notation).
var markdownCases = []struct {
	name, src, want string
}{
	{name: "atx headline", src: "# Title\n\nBody text.\n", want: "" +
		"headline[1] 1-1: \"Title\"\n" +
		"paragraph[0] 3-3: \"Body text.\"\n"},
	{name: "setext headline", src: "Title\n=====\n\nBody.\n", want: "" +
		"headline[1] 1-2: \"Title\"\n" +
		"paragraph[0] 4-4: \"Body.\"\n"},
	{name: "headline after a comment", src: "<!-- note -->\n# Title\n\nBody\n", want: "" +
		"html[0] 1-1:\n" +
		"headline[1] 2-2: \"Title\"\n" +
		"paragraph[0] 4-4: \"Body\"\n" +
		"verbatim 1\n"},
	{name: "level-1 heading after content", src: "Intro.\n\n# Title\n", want: "" +
		"paragraph[0] 1-1: \"Intro.\"\n" +
		"heading[1] 3-3: \"Title\"\n"},
	{name: "nested level-1 heading", src: "> # Quoted\n", want: "heading[1] 1-1: \"Quoted\"\n"},
	{name: "heading levels", src: "# A\n## B ##\n###### C\n####### D\n", want: "" +
		"headline[1] 1-1: \"A\"\n" +
		"heading[2] 2-2: \"B\"\n" +
		"heading[6] 3-3: \"C\"\n" +
		"paragraph[0] 4-4: \"####### D\"\n"},
	{name: "setext heading with hard break", src: "Intro\n\nFoo  \nbar\n---\n", want: "" +
		"paragraph[0] 1-1: \"Intro\"\n" +
		"heading[2] 3-5: \"Foo\" \"bar\"\n" +
		"hard 3\n"},
	{name: "empty heading", src: "Intro\n\n#\n", want: "" +
		"paragraph[0] 1-1: \"Intro\"\n" +
		"heading[1] 3-3:\n"},
	{name: "inline markup", src: "Some *em* and **strong** and ~~gone~~ and [link text](http://x.example \"title\") and ![alt text](i.png).\n", want: "paragraph[0] 1-1: \"Some \" \"em\" \" and \" \"strong\" \" and \" \"gone\" \" and \" \"link text\" \" and \" \"alt text\" \".\"\n"},
	{name: "code spans and raw html", src: "Use `code` and <b>bold</b> <!-- c --> here.\n", want: "paragraph[0] 1-1: \"Use \" \" and \" \"bold\" \" \" \" here.\"\n"},
	{name: "autolinks and bare urls", src: "See <https://a.example> or https://b.example/x or www.c.example and mail@d.example.\n", want: "paragraph[0] 1-1: \"See \" \" or \" \" or \" \" and \" \".\"\n"},
	{name: "escapes and entities", src: "A \\*star\\* &amp; &copy; \\\\ back\\.\n", want: "paragraph[0] 1-1: \"A \" \"*star\" \"* &amp; &copy; \" \"\\\\ back\" \".\"\n"},
	{name: "reference links", src: "[x]: http://x.example \"T\"\n\nSee [the x][x] and [x].\n", want: "paragraph[0] 3-3: \"See \" \"the x\" \" and \" \"x\" \".\"\n"},
	{name: "hard breaks", src: "one  \ntwo\\\nthree \nfour  \n", want: "" +
		"paragraph[0] 1-4: \"one\" \"two\" \"three\" \"four\"\n" +
		"hard 1\n"},
	{name: "nested quotes", src: "> a\n> > b\n> > c\nlazy\n>\n> d\n", want: "" +
		"quote[0] 1-1: \"a\"\n" +
		"quote[1] 2-4: \"b\" \"c\" \"lazy\"\n" +
		"quote[0] 6-6: \"d\"\n"},
	{name: "nested lists", src: "- a\n  - b\n    - c\n- d\n\n  d2\n\n1. one\n2. two\n", want: "" +
		"list item[0] 1-1: \"a\"\n" +
		"list item[1] 2-2: \"b\"\n" +
		"list item[2] 3-3: \"c\"\n" +
		"list item[0] 4-4: \"d\"\n" +
		"list item[0] 6-6: \"d2\"\n" +
		"list item[0] 8-8: \"one\"\n" +
		"list item[0] 9-9: \"two\"\n"},
	{name: "quote in list, list in quote", src: "- > q\n\n> - l\n", want: "" +
		"quote[1] 1-1: \"q\"\n" +
		"list item[1] 3-3: \"l\"\n"},
	{name: "task list", src: "- [ ] todo\n- [x] done\n", want: "" +
		"list item[0] 1-1: \"todo\"\n" +
		"list item[0] 2-2: \"done\"\n"},
	{name: "fenced code with trailing spaces", src: "```go  \nx := 1  \n```\n\ntext  \nmore\n", want: "" +
		"code[0] 1-3:\n" +
		"paragraph[0] 5-6: \"text\" \"more\"\n" +
		"verbatim 1,2,3\n" +
		"hard 5\n"},
	{name: "unclosed fence", src: "Text\n\n~~~\ncode\n\n", want: "" +
		"paragraph[0] 1-1: \"Text\"\n" +
		"code[0] 3-5:\n" +
		"verbatim 3,4,5\n"},
	{name: "fence closed by its container", src: "> ```\n> code\n\nafter\n", want: "" +
		"code[1] 1-2:\n" +
		"paragraph[0] 4-4: \"after\"\n" +
		"verbatim 1,2\n"},
	{name: "indented code", src: "Text\n\n    code  \n    more\n\npara\n", want: "" +
		"paragraph[0] 1-1: \"Text\"\n" +
		"code[0] 3-4:\n" +
		"paragraph[0] 6-6: \"para\"\n" +
		"verbatim 3,4\n"},
	{name: "code in list item", src: "- a\n\n      code\n- b\n", want: "" +
		"list item[0] 1-1: \"a\"\n" +
		"code[1] 3-3:\n" +
		"list item[0] 4-4: \"b\"\n" +
		"verbatim 3\n"},
	{name: "html blocks", src: "<div>\n  text  \n</div>\n\nPara\n\n<script>\n<!-- newslint-disable -->\n</script>\n", want: "" +
		"html[0] 1-3:\n" +
		"paragraph[0] 5-5: \"Para\"\n" +
		"html[0] 7-9:\n" +
		"verbatim 1,2,3,7,8,9\n"},
	{name: "table", src: "| a | b |\n|---|:-:|\n| `c` | d \\| e |\n| f |\n\nafter\n", want: "" +
		"table[0] 1-1: \"a\" \"b\"\n" +
		"table[0] 3-3: \"d \" \"| e\"\n" +
		"table[0] 4-4: \"f\"\n" +
		"paragraph[0] 6-6: \"after\"\n"},
	{name: "table in a quote", src: "> | a |\n> | - |\n> | b |\n", want: "" +
		"table[1] 1-1: \"a\"\n" +
		"table[1] 3-3: \"b\"\n"},
	{name: "thematic break", src: "a\n\n***\n\nb\n", want: "" +
		"paragraph[0] 1-1: \"a\"\n" +
		"paragraph[0] 5-5: \"b\"\n"},
	{name: "CRLF", src: "# T\r\n\r\none  \r\ntwo\r\n\r\n```\r\nc  \r\n```\r\n", want: "" +
		"headline[1] 1-1: \"T\"\n" +
		"paragraph[0] 3-4: \"one\" \"two\"\n" +
		"code[0] 6-8:\n" +
		"verbatim 6,7,8\n" +
		"hard 3\n"},
	{name: "lone CR", src: "# T\r\rpara  \rline\r", want: "" +
		"headline[1] 1-1: \"T\"\n" +
		"paragraph[0] 3-4: \"para\" \"line\"\n" +
		"hard 3\n"},
	{name: "mixed line ends", src: "# T\n\r\none\rtwo\r\n", want: "" +
		"headline[1] 1-1: \"T\"\n" +
		"paragraph[0] 3-4: \"one\" \"two\"\n"},
	{name: "no-break space paragraph", src: "# T\n\n\u00a0\n\nText\u00a0\n", want: "" +
		"headline[1] 1-1: \"T\"\n" +
		"paragraph[0] 3-3:\n" +
		"paragraph[0] 5-5: \"Text\"\n"},
	{name: "unmatched emphasis", src: "foo*bar and 2*3*4 and _x\n", want: "paragraph[0] 1-1: \"foo\" \"bar and 2\" \"3*4 and _x\"\n"},
	{name: "inline html in heading", src: "# A <span>b</span> c\n", want: "headline[1] 1-1: \"A \" \"b\" \" c\"\n"},
	{name: "empty", src: "", want: ""},
	{name: "blank lines only", src: "\n\n  \n", want: ""},
	{name: "front matter", src: "---\ntitle: The title\nsubtitle: 'A dek'\nlang: de-DE\nauthor: x\n---\n# Not the headline\n\nBody\n", want: "" +
		"front matter[0] 1-6:\n" +
		"headline[0] 2-2: \"The title\"\n" +
		"subtitle[0] 3-3: \"A dek\"\n" +
		"heading[1] 7-7: \"Not the headline\"\n" +
		"paragraph[0] 9-9: \"Body\"\n" +
		"verbatim 1,4,5,6\n" +
		"lang de-DE\n"},
	{name: "front matter description", src: "---\ndescription: \"Desc\"\n...\nBody\n", want: "" +
		"front matter[0] 1-3:\n" +
		"subtitle[0] 2-2: \"Desc\"\n" +
		"paragraph[0] 4-4: \"Body\"\n" +
		"verbatim 1,3\n"},
	{name: "front matter subtitle wins", src: "---\ndescription: D\nsubtitle: S\n---\n", want: "" +
		"front matter[0] 1-4:\n" +
		"subtitle[0] 3-3: \"S\"\n" +
		"verbatim 1,2,4\n"},
	{name: "front matter block scalars", src: "---\ntitle: |\n  Long\n  title\n\nsubtitle: >\n  dek\nx: 1\n---\n", want: "" +
		"front matter[0] 1-9:\n" +
		"headline[0] 2-4:\n" +
		"subtitle[0] 6-7:\n" +
		"verbatim 1,2,3,4,5,6,7,8,9\n"},
	{name: "front matter escapes", src: "---\ntitle: \"a \\\"b\\\"\"\nsubtitle: 'it''s'\n---\n", want: "" +
		"front matter[0] 1-4:\n" +
		"headline[0] 2-2:\n" +
		"subtitle[0] 3-3:\n" +
		"verbatim 1,2,3,4\n"},
	{name: "front matter folded plain", src: "---\ntitle: a\n  b\n---\n", want: "" +
		"front matter[0] 1-4:\n" +
		"headline[0] 2-3:\n" +
		"verbatim 1,2,3,4\n"},
	{name: "front matter value on next line", src: "---\ntitle:\n  Next line\n---\n", want: "" +
		"front matter[0] 1-4:\n" +
		"headline[0] 2-3: \"Next line\"\n" +
		"verbatim 1,4\n"},
	{name: "front matter null title", src: "---\ntitle:\nsubtitle: ~\n---\n# Head\n", want: "" +
		"front matter[0] 1-4:\n" +
		"headline[1] 5-5: \"Head\"\n" +
		"verbatim 1,2,3,4\n"},
	{name: "front matter flow mapping", src: "---\n{title: a, subtitle: b}\n---\n", want: "" +
		"front matter[0] 1-3:\n" +
		"headline[0] 2-2:\n" +
		"verbatim 1,2,3\n"},
	{name: "front matter case-insensitive keys", src: "---\nTitle: T\nLang: und\n---\n", want: "" +
		"front matter[0] 1-4:\n" +
		"headline[0] 2-2: \"T\"\n" +
		"verbatim 1,3,4\n"},
	{name: "front matter empty", src: "---\n---\n# Head\n", want: "" +
		"front matter[0] 1-2:\n" +
		"headline[1] 3-3: \"Head\"\n" +
		"verbatim 1,2\n"},
	{name: "front matter comments only", src: "---\n# c\n---\n", want: "" +
		"front matter[0] 1-3:\n" +
		"verbatim 1,2,3\n"},
	{name: "front matter with BOM", src: "\uFEFF---\ntitle: T\n---\n", want: "" +
		"front matter[0] 1-3:\n" +
		"headline[0] 2-2: \"T\"\n" +
		"verbatim 1,3\n"},
	{name: "front matter non-ASCII", src: "---\ntitle: Ça «va» 日本\n---\n", want: "" +
		"front matter[0] 1-3:\n" +
		"headline[0] 2-2: \"Ça «va» 日本\"\n" +
		"verbatim 1,3\n"},
	{name: "front matter column after non-ASCII", src: "---\n{ä: 1, title: x}\n---\n", want: "" +
		"front matter[0] 1-3:\n" +
		"headline[0] 2-2: \"x\"\n" +
		"verbatim 1,3\n"},
	{name: "front matter CRLF", src: "---\r\ntitle: T  \r\n---\r\nBody\r\n", want: "" +
		"front matter[0] 1-3:\n" +
		"headline[0] 2-2: \"T\"\n" +
		"paragraph[0] 4-4: \"Body\"\n" +
		"verbatim 1,3\n"},
	{name: "unclosed front matter", src: "---\ntitle: x\n", want: "paragraph[0] 2-2: \"title: x\"\n"},
	{name: "suppressions", src: strings.Join([]string{
		"<!-- newslint-disable a, b -->",
		"one",
		"<!-- newslint-enable a -->",
		"two",
		"<!-- newslint-enable -->",
		"<!-- newslint-disable-next-line -->",
		"three",
		"Inline <!-- newslint-disable-next-line c --> here",
		"four",
		"",
		"<!-- newslint-disable d e -- a reason -->",
		"<!-- not a directive -->",
		"`<!-- newslint-disable f -->`",
		"<!-- newslint-enable e -->",
		"<!--newslint-disable-->",
		"",
		"    <!-- newslint-disable g -->",
		"",
		"last <!-- newslint-disable-next-line h -->",
	}, "\n"), want: "" +
		"html[0] 1-1:\n" +
		"paragraph[0] 2-2: \"one\"\n" +
		"html[0] 3-3:\n" +
		"paragraph[0] 4-4: \"two\"\n" +
		"html[0] 5-5:\n" +
		"html[0] 6-6:\n" +
		"paragraph[0] 7-9: \"three\" \"Inline \" \" here\" \"four\"\n" +
		"html[0] 11-11:\n" +
		"html[0] 12-12:\n" +
		"paragraph[0] 13-13:\n" +
		"html[0] 14-14:\n" +
		"html[0] 15-15:\n" +
		"code[0] 17-17:\n" +
		"paragraph[0] 19-19: \"last\"\n" +
		"verbatim 1,3,5,6,11,12,14,15,17\n" +
		"suppress \"<!-- newslint-disable a, b -->\" [a] 1:1-3:1\n" +
		"suppress \"<!-- newslint-disable a, b -->\" [b] 1:1-5:1\n" +
		"suppress \"<!-- newslint-disable-next-line -->\" [] 7:1-8:1\n" +
		"suppress \"<!-- newslint-disable-next-line c -->\" [c] 9:1-10:1\n" +
		"suppress \"<!-- newslint-disable d e -- a reason -->\" [e] 11:1-14:1\n" +
		"suppress \"<!-- newslint-disable d e -- a reason -->\" [d] 11:1-19:43\n" +
		"suppress \"<!--newslint-disable-->\" [] 15:1-19:43\n" +
		"suppress \"<!-- newslint-disable-next-line h -->\" [h] 19:43-19:43\n"},
	{name: "enable without disable", src: "<!-- newslint-enable a -->\ntext\n", want: "" +
		"html[0] 1-1:\n" +
		"paragraph[0] 2-2: \"text\"\n" +
		"verbatim 1\n"},
	{name: "multi-line comment directive", src: "a <!-- newslint-disable-next-line\nx y -->\nb\n", want: "" +
		"paragraph[0] 1-3: \"a\" \"b\"\n" +
		"suppress \"<!-- newslint-disable-next-line\\nx y -->\" [x y] 3:1-4:1\n"},
	{name: "tab before an empty heading", src: "- [x] \r\t#\n\t# a\n", want: "" +
		"" +
		"list item[0] 1-1:\n" +
		"heading[1] 2-2:\n" +
		"heading[1] 3-3: \"a\"\n"},
	{name: "fence before an item with an empty first line", src: "- ```\n  code\n-\n  foo\n", want: "" +
		"" +
		"code[1] 1-2:\n" +
		"list item[0] 4-4: \"foo\"\n" +
		"verbatim 1,2\n"},
	{name: "deep quote", src: strings.Repeat(">", 150) + " deep\n", want: "quote[99] 1-1: \">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> deep\"\n"},
	{name: "deep list", src: strings.Repeat("- ", 80) + "deep\n", want: "list item[49] 1-1: \"- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - deep\"\n"},
}

func TestMarkdown(t *testing.T) {
	for _, tc := range markdownCases {
		t.Run(tc.name, func(t *testing.T) {
			checkModel(t, "test.md", tc.src, Markdown, tc.want)
		})
	}
}

// checkModel parses src and compares the dump of its model with want,
// checking the model's invariants too.
func checkModel(t *testing.T, name, src string, format Format, want string) {
	t.Helper()
	a, err := Parse(name, []byte(src), format)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range checkInvariants(a) {
		t.Error(e)
	}
	if got := dump(a); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestParseDirective(t *testing.T) {
	tests := []struct {
		comment string
		verb    string
		rules   []string
		ok      bool
	}{
		{"<!-- newslint-disable -->", directiveDisable, nil, true},
		{"<!--newslint-disable-->", directiveDisable, nil, true},
		{"<!-- newslint-disable a -->", directiveDisable, []string{"a"}, true},
		{"<!-- newslint-disable a,b, c d -->", directiveDisable, []string{"a", "b", "c", "d"}, true},
		{"<!-- newslint-disable a, a -->", directiveDisable, []string{"a"}, true},
		{"<!-- newslint-enable a -- because -->", directiveEnable, []string{"a"}, true},
		{"<!-- newslint-disable-next-line\n  a\n-->", directiveDisableNextLine, []string{"a"}, true},
		{"<!-- newslint-disable-line a -->", "", nil, false},
		{"<!-- please newslint-disable a -->", "", nil, false},
		{"<!-- NEWSLINT-DISABLE -->", "", nil, false},
		{"<!---->", "", nil, false},
		{"<b>", "", nil, false},
	}
	for _, tc := range tests {
		verb, rules, ok := parseDirective(tc.comment)
		if verb != tc.verb || ok != tc.ok || strings.Join(rules, " ") != strings.Join(tc.rules, " ") {
			t.Errorf("parseDirective(%q) = %q, %q, %v; want %q, %q, %v", tc.comment, verb, rules, ok, tc.verb, tc.rules, tc.ok)
		}
	}
}
