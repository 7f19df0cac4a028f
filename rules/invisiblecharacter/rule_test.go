package invisiblecharacter_test

import (
	"testing"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules/internal/articletest"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/invisiblecharacter"
)

func TestRule(t *testing.T) {
	linttest.Run(t, "testdata", invisiblecharacter.New())
}

// TestVerbatim checks that code blocks and other verbatim lines are never
// inspected, in plain text and in Markdown, while the same text in a
// paragraph is reported.
func TestVerbatim(t *testing.T) {
	const defect = "Zero\u200bwidth"
	for _, format := range []article.Format{article.Text, article.Markdown} {
		a := articletest.Build(format,
			[]articletest.Block{{Kind: article.Headline}, {Kind: article.Code}, {Kind: article.Paragraph}},
			articletest.Line{Text: "Headline", Block: 0},
			articletest.Line{Block: -1},
			articletest.Line{Text: "```", Block: 1, Verbatim: true},
			articletest.Line{Text: defect, Block: 1, Verbatim: true},
			articletest.Line{Text: "```", Block: 1, Verbatim: true},
			articletest.Line{Block: -1},
			articletest.Line{Text: defect, Block: 2},
		)
		fs, _ := articletest.Fix(t, invisiblecharacter.New(), a)
		if len(fs) == 0 {
			t.Fatalf("%s: the paragraph's defect is not reported", format)
		}
		para := a.Lines[6]
		for _, f := range fs {
			if f.Pos < para.Start || f.End > para.End {
				t.Errorf("%s: finding %q at [%d,%d) outside the paragraph [%d,%d)", format, f.Message, f.Pos, f.End, para.Start, para.End)
			}
		}
	}
}
