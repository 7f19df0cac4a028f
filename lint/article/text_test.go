package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"headline, subtitle, body",
			"The headline\n\nA short dek without a full stop\n\nThe first paragraph ends here.\n\nSecond.\n",
			"headline[0] 1-1: \"The headline\"\n" +
				"subtitle[0] 3-3: \"A short dek without a full stop\"\n" +
				"paragraph[0] 5-5: \"The first paragraph ends here.\"\n" +
				"paragraph[0] 7-7: \"Second.\"\n"},
		{"first paragraph is no subtitle",
			"The headline\n\nThe first paragraph ends with a full stop.\n\nSecond.\n",
			"headline[0] 1-1: \"The headline\"\n" +
				"paragraph[0] 3-3: \"The first paragraph ends with a full stop.\"\n" +
				"paragraph[0] 5-5: \"Second.\"\n"},
		{"no subtitle before a short line",
			"The headline\n\nA short line without a full stop\n\nAnother short line\n\nBody.\n",
			"headline[0] 1-1: \"The headline\"\n" +
				"paragraph[0] 3-3: \"A short line without a full stop\"\n" +
				"paragraph[0] 5-5: \"Another short line\"\n" +
				"paragraph[0] 7-7: \"Body.\"\n"},
		{"no subtitle without a body",
			"The headline\n\nA short dek without a full stop\n",
			"headline[0] 1-1: \"The headline\"\n" +
				"paragraph[0] 3-3: \"A short dek without a full stop\"\n"},
		{"headline with a paragraph below it",
			"The headline\nFirst line of text\n\nMore words without a stop\n\nBody.\n",
			"headline[0] 1-1: \"The headline\"\n" +
				"paragraph[0] 2-2: \"First line of text\"\n" +
				"paragraph[0] 4-4: \"More words without a stop\"\n" +
				"paragraph[0] 6-6: \"Body.\"\n"},
		{"multi-line paragraphs, white space trimmed",
			"  Headline \t\n\n one\n two  \n\u00a0\nthree\n",
			"headline[0] 1-1: \"Headline\"\n" +
				"paragraph[0] 3-4: \"one\" \"two\"\n" +
				"paragraph[0] 6-6: \"three\"\n"},
		{"CRLF and CR", "Headline\r\n\r\nOne.\rTwo.\r\n",
			"headline[0] 1-1: \"Headline\"\n" +
				"paragraph[0] 3-4: \"One.\" \"Two.\"\n"},
		{"Markdown syntax is text", "# Not markup\n\n<!-- newslint-disable -->\n",
			"headline[0] 1-1: \"# Not markup\"\n" +
				"paragraph[0] 3-3: \"<!-- newslint-disable -->\"\n"},
		{"empty", "", ""},
		{"blank", "\n \n\u00a0\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkModel(t, "test.txt", tc.src, Text, tc.want)
		})
	}
}

func TestLooksLikeSubtitle(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"12-hour talks yield no concrete ceasefire, Trump signals further discussions with Zelenskyy and NATO", true},
		{"Deutsches Parlament beschließt nationalen Gedenktag für Bundeswehr-Veteranen am 15. Juni", true},
		{"닛케이 인터뷰서 협력 강조", true},
		{"A big shift, but with some wiggle room", true},
		{"The first paragraph of the story ends with a full stop.", false},
		{"A question for the reader?", false},
		{"“A quotation that ends the line.”", false},
		{"Here is why:", false},
		{"मैनपुरी में एक ट्रक ने बाइक सवार को रौंद दिया।", false},
		{"Pittsburgh", false},
		{"Staff Reports", false},
		{"中广网河南分网消息", false},
		{"By Jane Doe and John Roe", false},
		{"ANCHORAGE, Alaska — President Donald Trump and Russian President Vladimir Putin met", false},
		{"BERLIN (dpa) - Die Regierung hat heute beschlossen dass", false},
		{"28 ноября 2011 г. | Время публикации 17:31", false},
		{"Updated on 2014-08-02 at noon by the desk", false},
		{"Source: the news agency of the region", false},
		{"来源：燕赵晚报 关键字：住宅租赁", false},
		{"Wien. Der Einsatz von KI schreitet voran. Fachleute fordern Regeln", false},
		{"新华社北京4月24日电 题：促进航天技术更好惠及人民。习近平主席致贺信。指明方向", false},
		{strings.Repeat("word ", 45) + "end", false},
	}
	for _, tc := range tests {
		if got := looksLikeSubtitle(tc.line); got != tc.want {
			t.Errorf("looksLikeSubtitle(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestReferenceArticle checks the structure of the reference article: the
// headline on line 1, the subtitle on line 3, and paragraphs after it; the
// lines holding only a no-break space separate blocks.
func TestReferenceArticle(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("article.txt", src, Text)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range checkInvariants(a) {
		t.Error(e)
	}
	wantKinds := map[int]Kind{1: Headline, 3: Subtitle, 7: Paragraph, 9: Paragraph}
	for line, kind := range wantKinds {
		b := a.Lines[line-1].Block
		if b < 0 || a.Blocks[b].Kind != kind {
			t.Errorf("line %d: block %d, want a %s", line, b, kind)
		}
	}
	if n := len(a.Blocks); n < 10 {
		t.Errorf("%d blocks, want the whole article", n)
	}
	if a.Subtitle() == nil || a.BlockText(a.Subtitle()) != "12-hour talks yield no concrete ceasefire, Trump signals further discussions with Zelenskyy and NATO" {
		t.Errorf("wrong subtitle: %+v", a.Subtitle())
	}
}
