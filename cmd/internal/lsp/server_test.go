package lsp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rs/zerolog"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
)

// sameDiagnostics fails the test unless got and want hold the same
// diagnostics, ignoring related information.
func sameDiagnostics(t *testing.T, got, want []diagnostic) {
	t.Helper()
	norm := func(ds []diagnostic) []string {
		out := make([]string, len(ds))
		for i, d := range ds {
			out[i] = fmt.Sprintf("%d:%d-%d:%d sev=%d code=%s source=%s tags=%v %q",
				d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character,
				d.Severity, d.Code, d.Source, d.Tags, d.Message)
		}
		return out
	}
	g, w := norm(got), norm(want)
	if !reflect.DeepEqual(g, w) {
		t.Errorf("diagnostics differ\ngot:\n  %s\nwant:\n  %s", strings.Join(g, "\n  "), strings.Join(w, "\n  "))
	}
}

// openParams opens version 1 of a document.
func openParams(uri, languageID, text string) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": languageID, "version": 1, "text": text}}
}

func changeParams(uri string, version int, changes ...map[string]any) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": uri, "version": version}, "contentChanges": changes}
}

func docParams(uri string) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": uri}}
}

func rangeOf(startLine, startChar, endLine, endChar int) rng {
	return rng{position{startLine, startChar}, position{endLine, endChar}}
}

func codeActionParams(uri string, r rng, only ...string) map[string]any {
	ctx := map[string]any{"diagnostics": []any{}}
	if len(only) > 0 {
		ctx["only"] = only
	}
	return map[string]any{"textDocument": map[string]any{"uri": uri}, "range": r, "context": ctx}
}

// TestReferenceArticle opens the reference article and checks its
// diagnostics in both position encodings against the engine's findings,
// then applies a quick fix, the fix-all action and formatting.
func TestReferenceArticle(t *testing.T) {
	path, text := readArticle(t)
	for _, tc := range []struct {
		enc  unit
		caps map[string]any
	}{
		{u16, utf16Caps()},
		{u8, utf8Caps()},
	} {
		t.Run(string(tc.enc), func(t *testing.T) {
			opts := serverOptions(t)
			c := start(t, opts)
			res := c.initialize(tc.caps)
			caps := res["capabilities"].(map[string]any)
			if got := caps["positionEncoding"]; got != string(tc.enc) {
				t.Errorf("positionEncoding = %v, want %s", got, tc.enc)
			}
			if got := res["serverInfo"].(map[string]any)["name"]; got != "newslint" {
				t.Errorf("serverInfo.name = %v", got)
			}
			uri := fileURI(t, path)
			c.notify("textDocument/didOpen", openParams(uri, "plaintext", text))
			got := c.diagnostics(uri, 1)

			findings, fixed := oracle(t, opts.Linter, path, text, article.Text)
			sameDiagnostics(t, got, wantDiagnostics(text, findings, tc.enc))

			// The stray no-break spaces: U+00A0 is one UTF-16 unit and two
			// bytes. Lines 5, 11, ..., 83 (1-based).
			width := map[unit]int{u16: 1, u8: 2}[tc.enc]
			var nbsp []int
			for _, d := range got {
				if d.Code == "blank-line-whitespace" {
					if d.Range != rangeOf(d.Range.Start.Line, 0, d.Range.Start.Line, width) {
						t.Errorf("blank-line-whitespace at %+v, want one character at the start of the line", d.Range)
					}
					nbsp = append(nbsp, d.Range.Start.Line+1)
				}
			}
			wantNBSP := []int{5}
			for l := 11; l <= 83; l += 4 {
				wantNBSP = append(wantNBSP, l)
			}
			if !slices.Equal(nbsp, wantNBSP) {
				t.Errorf("blank-line-whitespace on lines %v, want %v", nbsp, wantNBSP)
			}
			// The missing final line break, after the Arabic footer.
			lastLine := strings.Count(text, "\n")
			last := text[strings.LastIndex(text, "\n")+1:]
			end := map[unit]int{u16: len(utf16.Encode([]rune(last))), u8: len(last)}[tc.enc]
			if !slices.ContainsFunc(got, func(d diagnostic) bool {
				return d.Code == "final-newline" && d.Range == rangeOf(lastLine, end, lastLine, end)
			}) {
				t.Errorf("no final-newline diagnostic at %d:%d", lastLine, end)
			}

			// The quick fix for the first no-break space.
			var actions []codeAction
			c.call("textDocument/codeAction", codeActionParams(uri, rangeOf(4, 0, 4, 0)), &actions)
			var quick *codeAction
			for i := range actions {
				if actions[i].Kind == "quickfix" && strings.HasPrefix(actions[i].Title, "blank-line-whitespace: ") {
					quick = &actions[i]
				}
			}
			if quick == nil {
				t.Fatalf("no blank-line-whitespace quick fix at line 5 among %+v", actions)
			}
			if !quick.IsPreferred || strings.Contains(quick.Title, "unsafe") {
				t.Errorf("safe fix %q: preferred %v", quick.Title, quick.IsPreferred)
			}
			if len(quick.Diagnostics) != 1 || quick.Diagnostics[0].Code != "blank-line-whitespace" {
				t.Errorf("quick fix diagnostics = %+v", quick.Diagnostics)
			}
			after := applyEdits(t, text, documentEdits(t, quick.Edit, uri, 1), tc.enc)
			if want := strings.Replace(text, "\u00a0", "", 1); after != want {
				t.Errorf("the quick fix did not remove the first no-break space only")
			}

			// The repeated subtitle has an unsafe fix only.
			actions = nil
			c.call("textDocument/codeAction", codeActionParams(uri, rangeOf(6, 3, 6, 3), "quickfix"), &actions)
			var unsafe []codeAction
			for _, a := range actions {
				if strings.HasPrefix(a.Title, "duplicate-subtitle: ") {
					unsafe = append(unsafe, a)
				}
				if a.Kind != "quickfix" {
					t.Errorf("action %q of kind %q for only=quickfix", a.Title, a.Kind)
				}
			}
			if len(unsafe) != 1 || !strings.HasSuffix(unsafe[0].Title, " (unsafe)") || unsafe[0].IsPreferred {
				t.Errorf("duplicate-subtitle actions = %+v, want one unsafe, not preferred", unsafe)
			}

			// Fix all: every safe fix, through the fix loop.
			actions = nil
			c.call("textDocument/codeAction", codeActionParams(uri, rangeOf(0, 0, 0, 0), "source.fixAll"), &actions)
			if len(actions) != 1 || actions[0].Kind != "source.fixAll.newslint" {
				t.Fatalf("source.fixAll actions = %+v", actions)
			}
			if got := applyEdits(t, text, documentEdits(t, actions[0].Edit, uri, 1), tc.enc); got != fixed {
				t.Errorf("fix all gives\n%q\nwant\n%q", got, fixed)
			}

			// Formatting gives the same text.
			var edits []textEdit
			c.call("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": uri}, "options": map[string]any{"tabSize": 4, "insertSpaces": true}}, &edits)
			formatted := applyEdits(t, text, edits, tc.enc)
			if formatted != fixed {
				t.Errorf("formatting gives\n%q\nwant\n%q", formatted, fixed)
			}

			// The formatted text has nothing left to fix safely.
			c.notify("textDocument/didChange", changeParams(uri, 2, map[string]any{"text": formatted}))
			got = c.diagnostics(uri, 2)
			remaining, _ := oracle(t, opts.Linter, path, formatted, article.Text)
			sameDiagnostics(t, got, wantDiagnostics(formatted, remaining, tc.enc))
			edits = nil
			c.call("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": uri}, "options": map[string]any{}}, &edits)
			if len(edits) != 0 {
				t.Errorf("formatting a formatted text: %+v", edits)
			}

			c.notify("textDocument/didClose", docParams(uri))
			c.waitFor("cleared diagnostics", func() bool {
				last := c.diags[len(c.diags)-1]
				return last.URI == uri && len(last.Diagnostics) == 0
			})
			if err := c.finish(); err != nil {
				t.Errorf("Serve = %v", err)
			}
		})
	}
}

// TestNonASCIIPositions checks positions after characters that take one,
// two, three and four bytes, and one and two UTF-16 unit.
func TestNonASCIIPositions(t *testing.T) {
	// "😀" and "𝐀" are outside the Basic Multilingual Plane: two UTF-16
	// unit, four bytes. "中文" are CJK: one unit, three bytes each.
	text := "Titre 😀 中文 \t\n\nDes 𝐀 et é avec  deux espaces, puis 😀 fin.\n"
	for _, tc := range []struct {
		enc  unit
		caps map[string]any
		// The trailing white space of line 1 and the repeated spaces of
		// line 3, counted by hand.
		trailing, repeated rng
	}{
		{u16, utf16Caps(), rangeOf(0, 11, 0, 13), rangeOf(2, 16, 2, 18)},
		{u8, utf8Caps(), rangeOf(0, 17, 0, 19), rangeOf(2, 19, 2, 21)},
	} {
		t.Run(string(tc.enc), func(t *testing.T) {
			opts := serverOptions(t)
			c := start(t, opts)
			c.initialize(tc.caps)
			path := filepath.Join(t.TempDir(), "emoji.txt")
			uri := fileURI(t, path)
			c.notify("textDocument/didOpen", openParams(uri, "plaintext", text))
			got := c.diagnostics(uri, 1)
			findings, _ := oracle(t, opts.Linter, path, text, article.Text)
			sameDiagnostics(t, got, wantDiagnostics(text, findings, tc.enc))
			for _, want := range []struct {
				code string
				r    rng
			}{{"trailing-whitespace", tc.trailing}, {"repeated-spaces", tc.repeated}} {
				if !slices.ContainsFunc(got, func(d diagnostic) bool { return d.Code == want.code && d.Range == want.r }) {
					t.Errorf("no %s diagnostic at %+v in %+v", want.code, want.r, got)
				}
			}
		})
	}
}

// TestIncrementalChanges edits a document with incremental changes around
// non-ASCII characters and checks that the server's text follows: its
// diagnostics and its formatting must match the client's text.
func TestIncrementalChanges(t *testing.T) {
	for _, tc := range []struct {
		enc  unit
		caps map[string]any
	}{
		{u16, utf16Caps()},
		{u8, utf8Caps()},
	} {
		t.Run(string(tc.enc), func(t *testing.T) {
			opts := serverOptions(t)
			c := start(t, opts)
			c.initialize(tc.caps)
			path := filepath.Join(t.TempDir(), "draft.txt")
			uri := fileURI(t, path)
			text := "Titre 😀 中文\n\nUn paragraphe 😀 correct.\n"
			c.notify("textDocument/didOpen", openParams(uri, "plaintext", text))
			c.diagnostics(uri, 1)

			// Each step is one didChange with one or more changes, ranges
			// given as offsets into the text before each change.
			type change struct {
				pos, end int
				text     string
			}
			steps := [][]change{
				// Trailing spaces after the emoji of the headline.
				{{len("Titre 😀 中文"), len("Titre 😀 中文"), "  "}},
				// Two changes at once: double a space after the emoji of
				// the paragraph, then add a third line.
				{
					{len("Titre 😀 中文  \n\nUn paragraphe 😀"), len("Titre 😀 中文  \n\nUn paragraphe 😀"), " "},
					{len("Titre 😀 中文  \n\nUn paragraphe 😀  correct.\n"), len("Titre 😀 中文  \n\nUn paragraphe 😀  correct.\n"), "\nFin 𝐀.\u00a0\n"},
				},
				// Replace "中文" across its characters with a CRLF line end.
				{{len("Titre 😀 "), len("Titre 😀 中文"), "亚洲\r\n"}},
				// Delete the emoji of the headline.
				{{len("Titre "), len("Titre 😀"), ""}},
			}
			for i, step := range steps {
				version := i + 2
				var changes []map[string]any
				for _, ch := range step {
					r := rng{pos(text, ch.pos, tc.enc), pos(text, ch.end, tc.enc)}
					changes = append(changes, map[string]any{"range": r, "text": ch.text})
					text = text[:ch.pos] + ch.text + text[ch.end:]
				}
				c.notify("textDocument/didChange", changeParams(uri, version, changes...))
				got := c.diagnostics(uri, version)
				findings, fixed := oracle(t, opts.Linter, path, text, article.Text)
				sameDiagnostics(t, got, wantDiagnostics(text, findings, tc.enc))
				var edits []textEdit
				c.call("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": uri}, "options": map[string]any{}}, &edits)
				if got := applyEdits(t, text, edits, tc.enc); got != fixed {
					t.Errorf("step %d: formatting gives %q, want %q", i, got, fixed)
				}
			}
			// A full-text change replaces everything.
			text = "Nouveau titre\n\nTexte propre.\n"
			c.notify("textDocument/didChange", changeParams(uri, 10, map[string]any{"text": text}))
			got := c.diagnostics(uri, 10)
			findings, _ := oracle(t, opts.Linter, path, text, article.Text)
			sameDiagnostics(t, got, wantDiagnostics(text, findings, tc.enc))
		})
	}
}

// TestMarkdown checks that a document's language chooses how it is parsed:
// in Markdown, two trailing spaces are a hard line break, not a defect.
func TestMarkdown(t *testing.T) {
	text := "# Un titre\n\nUne ligne avec un saut  \nforcé, puis un espace en fin \n"
	dir := t.TempDir()
	for _, tc := range []struct {
		name, languageID string
		format           article.Format
	}{
		{"note.md", "markdown", article.Markdown},
		{"note.txt", "markdown", article.Markdown},
		{"note.txt", "plaintext", article.Text},
		{"note.md", "", article.Markdown},
		{"note.txt", "", article.Text},
	} {
		t.Run(tc.name+"/"+tc.languageID, func(t *testing.T) {
			opts := serverOptions(t)
			c := start(t, opts)
			c.initialize(utf16Caps())
			path := filepath.Join(dir, tc.name)
			uri := fileURI(t, path)
			c.notify("textDocument/didOpen", openParams(uri, tc.languageID, text))
			got := c.diagnostics(uri, 1)
			findings, _ := oracle(t, opts.Linter, path, text, tc.format)
			sameDiagnostics(t, got, wantDiagnostics(text, findings, u16))
			hardBreak := slices.ContainsFunc(got, func(d diagnostic) bool { return d.Range.Start.Line == 2 && d.Code == "trailing-whitespace" })
			if hardBreak != (tc.format == article.Text) {
				t.Errorf("trailing white space of the hard break reported: %v", hardBreak)
			}
		})
	}
}

// TestUntitled lints a document that is not backed by a file, using the
// workspace folder's configuration.
func TestUntitled(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".newslint.yaml"), "rules:\n  trailing-whitespace: off\n")
	c := start(t, serverOptions(t))
	var res map[string]any
	c.call("initialize", map[string]any{
		"processId":        nil,
		"rootUri":          nil,
		"capabilities":     utf16Caps(),
		"workspaceFolders": []any{map[string]any{"uri": fileURI(t, dir), "name": "news"}},
	}, &res)
	c.notify("initialized", map[string]any{})
	c.notify("textDocument/didOpen", openParams("untitled:Untitled-1", "markdown", "Titre  \n\nUn  texte.\n"))
	got := c.diagnostics("untitled:Untitled-1", 1)
	var codes []string
	for _, d := range got {
		codes = append(codes, d.Code)
	}
	if !slices.Contains(codes, "repeated-spaces") || slices.Contains(codes, "trailing-whitespace") {
		t.Errorf("codes = %v, want repeated-spaces and no trailing-whitespace (off in the workspace configuration)", codes)
	}
}

// TestParseError reports text that is not an article where the problem is.
func TestParseError(t *testing.T) {
	c := start(t, serverOptions(t))
	c.initialize(utf16Caps())
	uri := fileURI(t, filepath.Join(t.TempDir(), "binary.txt"))
	c.notify("textDocument/didOpen", openParams(uri, "plaintext", "Titre 😀\n\nDu texte \x00 ici.\n"))
	got := c.diagnostics(uri, 1)
	if len(got) != 1 {
		t.Fatalf("diagnostics = %+v, want one", got)
	}
	d := got[0]
	if d.Range != rangeOf(2, 9, 2, 10) || d.Severity != 1 || !strings.Contains(d.Message, "NUL byte") {
		t.Errorf("diagnostic = %+v, want an error about the NUL byte at 2:9-2:10", d)
	}
	var edits []textEdit
	c.call("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": uri}, "options": map[string]any{}}, &edits)
	if len(edits) != 0 {
		t.Errorf("formatting unreadable text: %+v", edits)
	}
	// An empty document holds no article: no diagnostics.
	c.notify("textDocument/didChange", changeParams(uri, 2, map[string]any{"text": ""}))
	if got := c.diagnostics(uri, 2); len(got) != 0 {
		t.Errorf("empty document: %+v", got)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestConfigReload changes the configuration file of an open document and
// checks that its diagnostics follow, whichever way the client reports the
// change.
func TestConfigReload(t *testing.T) {
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, ".newslint.yaml")
	writeFile(t, cfgPath, "rules:\n  final-newline: off\n")
	caps := utf16Caps()
	caps["workspace"].(map[string]any)["didChangeWatchedFiles"] = map[string]any{"dynamicRegistration": true}
	c := start(t, serverOptions(t))
	c.initialize(caps)

	// The server asks to watch configuration files.
	c.waitFor("client/registerCapability", func() bool {
		for _, r := range c.requests {
			if r.Method == "client/registerCapability" && strings.Contains(string(r.Params), `"**/.newslint.yaml"`) &&
				strings.Contains(string(r.Params), `"workspace/didChangeWatchedFiles"`) {
				return true
			}
		}
		return false
	})

	uri := fileURI(t, filepath.Join(dir, "sub", "article.txt"))
	text := "Titre\n\nUn texte sans saut de ligne final."
	c.notify("textDocument/didOpen", openParams(uri, "plaintext", text))
	has := func(ds []diagnostic, code string) bool {
		return slices.ContainsFunc(ds, func(d diagnostic) bool { return d.Code == code })
	}
	if got := c.diagnostics(uri, 1); has(got, "final-newline") {
		t.Errorf("final-newline reported while off: %+v", got)
	}

	// A watched-file event.
	n := c.publications(uri)
	writeFile(t, cfgPath, "rules:\n  final-newline: error\n")
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": fileURI(t, cfgPath), "type": 2}}})
	c.waitFor("diagnostics after the configuration changed", func() bool { return len(c.diags) > n })
	got := c.diagnostics(uri, 1)
	if !slices.ContainsFunc(got, func(d diagnostic) bool { return d.Code == "final-newline" && d.Severity == 1 }) {
		t.Errorf("final-newline not reported as an error after the configuration changed: %+v", got)
	}

	// An invalid configuration, reported by didChangeConfiguration: the
	// article is not checked, and the diagnostic points to the problem.
	n = c.publications(uri)
	writeFile(t, cfgPath, "rules:\n  final-newline: error\n  no-such-rule: off\n")
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{}})
	c.waitFor("diagnostics after the configuration broke", func() bool { return len(c.diags) > n })
	got = c.diagnostics(uri, 1)
	if len(got) != 1 || got[0].Severity != 1 || !strings.Contains(got[0].Message, "no-such-rule") {
		t.Fatalf("diagnostics with an invalid configuration = %+v", got)
	}
	if rel := got[0].RelatedInformation; len(rel) != 1 || rel[0].Location.URI != fileURI(t, cfgPath) ||
		rel[0].Location.Range.Start != (position{2, 2}) {
		t.Errorf("related information = %+v, want the configuration file at 2:2", rel)
	}

	// Saving the configuration in the editor.
	n = c.publications(uri)
	writeFile(t, cfgPath, "rules:\n  final-newline: info\n")
	c.notify("textDocument/didSave", docParams(fileURI(t, cfgPath)))
	c.waitFor("diagnostics after saving the configuration", func() bool { return len(c.diags) > n })
	got = c.diagnostics(uri, 1)
	if !slices.ContainsFunc(got, func(d diagnostic) bool { return d.Code == "final-newline" && d.Severity == 3 }) {
		t.Errorf("final-newline not reported as info after saving the configuration: %+v", got)
	}

	// Without any notice, the next change reads the configuration again.
	writeFile(t, cfgPath, "rules:\n  final-newline: off\n")
	c.notify("textDocument/didChange", changeParams(uri, 2, map[string]any{"text": text + " Encore."}))
	if got := c.diagnostics(uri, 2); has(got, "final-newline") {
		t.Errorf("final-newline reported after the configuration switched it off: %+v", got)
	}

	// A configuration that excludes the file: nothing is reported.
	writeFile(t, cfgPath, "exclude: [sub]\n")
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": fileURI(t, cfgPath), "type": 2}}})
	c.notify("textDocument/didChange", changeParams(uri, 3, map[string]any{"text": text + "  "}))
	if got := c.diagnostics(uri, 3); len(got) != 0 {
		t.Errorf("excluded file: %+v", got)
	}
}

// TestConfigOverride uses one configuration file for every document.
func TestConfigOverride(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".newslint.yaml"), "rules:\n  repeated-spaces: off\n")
	override := filepath.Join(t.TempDir(), "shared.yaml")
	writeFile(t, override, "rules:\n  trailing-whitespace: off\n")
	opts := serverOptions(t)
	opts.Config = override
	c := start(t, opts)
	c.initialize(utf16Caps())
	uri := fileURI(t, filepath.Join(dir, "a.txt"))
	c.notify("textDocument/didOpen", openParams(uri, "plaintext", "Titre  \n\nUn  texte.\n"))
	var codes []string
	for _, d := range c.diagnostics(uri, 1) {
		codes = append(codes, d.Code)
	}
	if !slices.Contains(codes, "repeated-spaces") || slices.Contains(codes, "trailing-whitespace") {
		t.Errorf("codes = %v, want the override's settings (repeated-spaces on, trailing-whitespace off)", codes)
	}
}

// TestLifecycle checks the protocol's rules for initialize, shutdown and
// exit.
func TestLifecycle(t *testing.T) {
	t.Run("orderly", func(t *testing.T) {
		c := start(t, serverOptions(t))
		if e := c.callError("textDocument/formatting", map[string]any{}); e.Code != -32002 {
			t.Errorf("request before initialize: error %v, want -32002", e)
		}
		c.initialize(utf16Caps())
		if e := c.callError("initialize", map[string]any{"capabilities": map[string]any{}}); e.Code != -32600 {
			t.Errorf("second initialize: error %v, want -32600", e)
		}
		if e := c.callError("textDocument/hover", map[string]any{}); e.Code != -32601 {
			t.Errorf("unsupported request: error %v, want -32601", e)
		}
		if e := c.callError("textDocument/formatting", docParams("file:///not/open.txt")); e.Code != -32602 {
			t.Errorf("formatting a document that is not open: error %v, want -32602", e)
		}
		// Unknown notifications and bad parameters of notifications are
		// ignored: the connection survives them.
		c.notify("$/unknownNotification", map[string]any{"x": 1})
		c.notify("textDocument/didOpen", map[string]any{"textDocument": 42})
		c.notify("textDocument/didChange", changeParams("file:///not/open.txt", 2, map[string]any{"text": "x"}))
		c.call("shutdown", nil, nil)
		if e := c.callError("textDocument/formatting", docParams("file:///a.txt")); e.Code != -32600 {
			t.Errorf("request after shutdown: error %v, want -32600", e)
		}
		c.notify("exit", nil)
		if err := <-c.done; err != nil {
			t.Errorf("Serve = %v, want nil", err)
		}
		c.done <- nil
	})
	t.Run("exit without shutdown", func(t *testing.T) {
		c := start(t, serverOptions(t))
		c.initialize(utf16Caps())
		c.notify("exit", nil)
		err := <-c.done
		c.done <- err
		if !errors.Is(err, ErrExitWithoutShutdown) {
			t.Errorf("Serve = %v, want ErrExitWithoutShutdown", err)
		}
	})
	t.Run("end of input", func(t *testing.T) {
		c := start(t, serverOptions(t))
		c.initialize(utf16Caps())
		c.w.Close()
		err := <-c.done
		c.done <- err
		if err != nil {
			t.Errorf("Serve = %v, want nil", err)
		}
	})
	t.Run("no linter", func(t *testing.T) {
		if err := Serve(context.Background(), strings.NewReader(""), &strings.Builder{}, Options{}); err == nil {
			t.Error("Serve without a linter: no error")
		}
	})
}

// blockingRule returns a rule that, on an article holding "SLOW", sends
// the article's text to started and blocks until its context is canceled.
func blockingRule(started chan<- string) *lint.Rule {
	return &lint.Rule{
		Name:     "test-blocking",
		Doc:      "Blocks on SLOW.",
		Severity: lint.Info,
		Run: func(ctx context.Context, pass *lint.Pass) error {
			if !strings.Contains(pass.Article.Src, "SLOW") {
				return nil
			}
			started <- pass.Article.Src
			<-ctx.Done()
			return ctx.Err()
		},
	}
}

// TestCancellation cancels requests waiting for a slow analysis, with
// $/cancelRequest and by changing the document.
func TestCancellation(t *testing.T) {
	started := make(chan string, 10)
	opts := serverOptions(t, blockingRule(started))
	c := start(t, opts)
	c.initialize(utf16Caps())
	uri := fileURI(t, filepath.Join(t.TempDir(), "slow.txt"))
	c.notify("textDocument/didOpen", openParams(uri, "plaintext", "Titre\n\nSLOW one.\n"))
	<-started

	// $/cancelRequest ends a request waiting for the analysis.
	id, ch := c.request("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": uri}, "options": map[string]any{}})
	c.notify("$/cancelRequest", map[string]any{"id": id})
	if m := c.response(ch); m.Error == nil || m.Error.Code != -32800 {
		t.Errorf("canceled request: response %+v, want error -32800", m)
	}

	// A change makes a waiting request's answer useless.
	_, ch = c.request("textDocument/codeAction", codeActionParams(uri, rangeOf(0, 0, 0, 0)))
	c.notify("textDocument/didChange", changeParams(uri, 2, map[string]any{"text": "Titre\n\nSLOW two.\n"}))
	if m := c.response(ch); m.Error == nil || m.Error.Code != -32801 {
		t.Errorf("request on a changed document: response %+v, want error -32801", m)
	}
	if src := <-started; !strings.Contains(src, "two") {
		t.Errorf("second analysis of %q", src)
	}

	// The analysis of version 1 was abandoned; version 3 is published.
	c.notify("textDocument/didChange", changeParams(uri, 3, map[string]any{"text": "Titre\n\nFast  now.\n"}))
	got := c.diagnostics(uri, 3)
	if !slices.ContainsFunc(got, func(d diagnostic) bool { return d.Code == "repeated-spaces" }) {
		t.Errorf("diagnostics of version 3 = %+v", got)
	}
	for _, p := range c.diags {
		if p.Version != nil && *p.Version < 3 {
			t.Errorf("diagnostics published for abandoned version %d", *p.Version)
		}
	}
}

// TestLintOnce checks that requests share the analysis of a version
// instead of linting it again, and that quick successive changes do not
// lint versions that are already outdated more than once.
func TestLintOnce(t *testing.T) {
	var logs syncBuffer
	opts := serverOptions(t)
	opts.Log = zerolog.New(&logs).Level(zerolog.DebugLevel)
	c := start(t, opts)
	c.initialize(utf16Caps())
	path, text := readArticle(t)
	uri := fileURI(t, path)
	c.notify("textDocument/didOpen", openParams(uri, "plaintext", text))
	c.diagnostics(uri, 1)
	var actions []codeAction
	c.call("textDocument/codeAction", codeActionParams(uri, rangeOf(4, 0, 4, 1)), &actions)
	c.call("textDocument/codeAction", codeActionParams(uri, rangeOf(0, 0, 100, 0)), &actions)
	var edits []textEdit
	c.call("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": uri}, "options": map[string]any{}}, &edits)
	for v := 2; v <= 6; v++ {
		c.notify("textDocument/didChange", changeParams(uri, v, map[string]any{
			"range": rangeOf(0, 0, 0, 0), "text": "x",
		}))
	}
	c.diagnostics(uri, 6)
	c.call("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": uri}, "options": map[string]any{}}, &edits)

	linted := map[float64]int{}
	for _, e := range logs.entries(t) {
		if e["message"] == "linted" {
			linted[e["version"].(float64)]++
		}
	}
	for v, n := range linted {
		if n > 1 {
			t.Errorf("version %v linted %d times", v, n)
		}
	}
	if linted[1] != 1 || linted[6] != 1 {
		t.Errorf("linted versions = %v, want 1 and 6 once each", linted)
	}
	if got := c.publications(uri); got > 6 {
		t.Errorf("%d publications for 6 versions", got)
	}
}

// TestConcurrentRequests sends many requests without waiting, interleaved
// with changes and cancellations, and checks that each gets a proper
// answer and that the last version is published.
func TestConcurrentRequests(t *testing.T) {
	c := start(t, serverOptions(t))
	c.initialize(utf8Caps())
	uri := fileURI(t, filepath.Join(t.TempDir(), "busy.md"))
	text := "# Titre 😀\n\nUn  texte \u00a0 avec des défauts. \n"
	c.notify("textDocument/didOpen", openParams(uri, "markdown", text))
	var pending []chan *message
	version := 1
	for i := range 120 {
		var ch chan *message
		var id int
		if i%2 == 0 {
			id, ch = c.request("textDocument/codeAction", codeActionParams(uri, rangeOf(0, 0, 3, 0)))
		} else {
			id, ch = c.request("textDocument/formatting", map[string]any{"textDocument": map[string]any{"uri": uri}, "options": map[string]any{}})
		}
		pending = append(pending, ch)
		switch {
		case i%7 == 3:
			c.notify("$/cancelRequest", map[string]any{"id": id})
		case i%10 == 9:
			version++
			c.notify("textDocument/didChange", changeParams(uri, version, map[string]any{"range": rangeOf(2, 0, 2, 0), "text": "x"}))
		}
	}
	for i, ch := range pending {
		m := c.response(ch)
		if m.Error != nil && m.Error.Code != -32800 && m.Error.Code != -32801 {
			t.Errorf("request %d: error %v", i, m.Error)
		}
	}
	got := c.diagnostics(uri, version)
	if !slices.ContainsFunc(got, func(d diagnostic) bool { return d.Code == "repeated-spaces" }) {
		t.Errorf("diagnostics of the last version = %+v", got)
	}
	if err := c.finish(); err != nil {
		t.Errorf("Serve = %v", err)
	}
}
