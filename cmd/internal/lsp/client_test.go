package lsp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/rs/zerolog"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/config"
	"github.com/newslint/newslint/rules"
)

// The test client speaks JSON-RPC with plain encoding/json and its own
// position arithmetic, independently of the protocol library the server
// uses, so that the tests check what goes over the wire.

// timeout bounds every wait for the server.
const timeout = 20 * time.Second

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return fmt.Sprintf("%d: %s", e.Code, e.Message) }

// message is any JSON-RPC message.
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

type position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type rng struct {
	Start position `json:"start"`
	End   position `json:"end"`
}

type diagnostic struct {
	Range              rng             `json:"range"`
	Severity           int             `json:"severity"`
	Code               string          `json:"code"`
	Source             string          `json:"source"`
	Message            string          `json:"message"`
	Tags               []int           `json:"tags"`
	RelatedInformation []relatedInfo   `json:"relatedInformation"`
	Data               json.RawMessage `json:"data"`
}

type relatedInfo struct {
	Location struct {
		URI   string `json:"uri"`
		Range rng    `json:"range"`
	} `json:"location"`
	Message string `json:"message"`
}

type publishParams struct {
	URI         string       `json:"uri"`
	Version     *int         `json:"version"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

type textEdit struct {
	Range   rng    `json:"range"`
	NewText string `json:"newText"`
}

type workspaceEdit struct {
	Changes         map[string][]textEdit `json:"changes"`
	DocumentChanges []struct {
		TextDocument struct {
			URI     string `json:"uri"`
			Version *int   `json:"version"`
		} `json:"textDocument"`
		Edits []textEdit `json:"edits"`
	} `json:"documentChanges"`
}

type codeAction struct {
	Title       string         `json:"title"`
	Kind        string         `json:"kind"`
	IsPreferred bool           `json:"isPreferred"`
	Diagnostics []diagnostic   `json:"diagnostics"`
	Edit        *workspaceEdit `json:"edit"`
}

// client is a language client connected to a server running Serve in
// memory.
type client struct {
	t    *testing.T
	w    io.WriteCloser
	wmu  sync.Mutex
	done chan error // Serve's result

	mu       sync.Mutex
	nextID   int
	pending  map[string]chan *message
	diags    []publishParams // every publishDiagnostics, in order
	requests []message       // requests from the server
	changed  chan struct{}   // signaled on every notification or request
}

// serverOptions returns the options of a server running every rule.
func serverOptions(t *testing.T, extra ...*lint.Rule) Options {
	t.Helper()
	l, err := lint.New(append(rules.All(), extra...)...)
	if err != nil {
		t.Fatal(err)
	}
	return Options{Linter: l, Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.DebugLevel), Version: "test"}
}

// start runs a server and connects a client to it. The server is shut
// down when the test ends, if the test did not end it.
func start(t *testing.T, opts Options) *client {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &client{
		t:       t,
		w:       inW,
		done:    make(chan error, 1),
		pending: make(map[string]chan *message),
		changed: make(chan struct{}, 1),
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		err := Serve(ctx, inR, outW, opts)
		outW.Close()
		c.done <- err
	}()
	go c.read(outR)
	t.Cleanup(func() {
		cancel()
		inW.Close()
		select {
		case err := <-c.done:
			if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, ErrExitWithoutShutdown) {
				t.Errorf("Serve = %v", err)
			}
		case <-time.After(timeout):
			t.Error("the server did not stop")
		}
	})
	return c
}

// read reads the server's messages until the end of its output.
func (c *client) read(r io.Reader) {
	br := bufio.NewReader(r)
	tr := textproto.NewReader(br)
	for {
		h, err := tr.ReadMIMEHeader()
		if err != nil {
			if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrClosedPipe) {
				c.t.Errorf("reading from the server: %v", err)
			}
			return
		}
		n, err := strconv.Atoi(h.Get("Content-Length"))
		if err != nil {
			c.t.Errorf("bad Content-Length header %q", h.Get("Content-Length"))
			return
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(br, body); err != nil {
			c.t.Errorf("reading from the server: %v", err)
			return
		}
		var m message
		if err := json.Unmarshal(body, &m); err != nil {
			c.t.Errorf("invalid JSON from the server: %v: %s", err, body)
			return
		}
		if m.JSONRPC != "2.0" {
			c.t.Errorf("message without jsonrpc 2.0: %s", body)
		}
		switch {
		case m.Method != "" && m.ID != nil: // a request from the server
			c.mu.Lock()
			c.requests = append(c.requests, m)
			c.mu.Unlock()
			c.signal()
			c.send(map[string]any{"jsonrpc": "2.0", "id": m.ID, "result": nil})
		case m.Method == "textDocument/publishDiagnostics":
			var p publishParams
			if err := json.Unmarshal(m.Params, &p); err != nil {
				c.t.Errorf("publishDiagnostics: %v: %s", err, m.Params)
				continue
			}
			c.mu.Lock()
			c.diags = append(c.diags, p)
			c.mu.Unlock()
			c.signal()
		case m.Method != "":
			c.signal()
		default:
			c.mu.Lock()
			ch := c.pending[string(m.ID)]
			delete(c.pending, string(m.ID))
			c.mu.Unlock()
			if ch == nil {
				c.t.Errorf("response to an unknown request: %s", body)
				continue
			}
			ch <- &m
		}
	}
}

func (c *client) signal() {
	select {
	case c.changed <- struct{}{}:
	default:
	}
}

// send writes one message.
func (c *client) send(v any) {
	data, err := json.Marshal(v)
	if err != nil {
		c.t.Fatal(err)
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(data), data)
}

// request sends a request and returns its id and the channel its response
// arrives on.
func (c *client) request(method string, params any) (int, chan *message) {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan *message, 1)
	c.pending[strconv.Itoa(id)] = ch
	c.mu.Unlock()
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	return id, ch
}

// response waits for a response.
func (c *client) response(ch chan *message) *message {
	c.t.Helper()
	select {
	case m := <-ch:
		return m
	case <-time.After(timeout):
		c.t.Fatalf("no response from the server\n%s", stacks())
		return nil
	}
}

// call sends a request, waits for its response and decodes the result
// into result, failing the test on an error response.
func (c *client) call(method string, params, result any) {
	c.t.Helper()
	_, ch := c.request(method, params)
	m := c.response(ch)
	if m.Error != nil {
		c.t.Fatalf("%s: error %v", method, m.Error)
	}
	if result != nil {
		if err := json.Unmarshal(m.Result, result); err != nil {
			c.t.Fatalf("%s: decoding %s: %v", method, m.Result, err)
		}
	}
}

// callError sends a request that must fail and returns its error.
func (c *client) callError(method string, params any) *rpcError {
	c.t.Helper()
	_, ch := c.request(method, params)
	m := c.response(ch)
	if m.Error == nil {
		c.t.Fatalf("%s: want an error, got result %s", method, m.Result)
	}
	return m.Error
}

func (c *client) notify(method string, params any) {
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// initialize initializes the server with the given capabilities.
func (c *client) initialize(caps map[string]any) map[string]any {
	c.t.Helper()
	var res map[string]any
	c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": caps}, &res)
	c.notify("initialized", map[string]any{})
	return res
}

// waitFor waits until cond, evaluated with c.mu held, is true.
func (c *client) waitFor(what string, cond func() bool) {
	c.t.Helper()
	deadline := time.After(timeout)
	for {
		c.mu.Lock()
		ok := cond()
		c.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-c.changed:
		case <-deadline:
			c.t.Fatalf("timed out waiting for %s\n%s", what, stacks())
		}
	}
}

// diagnostics waits for the diagnostics of a version of a document and
// returns them. A publication for a later version also ends the wait, and
// fails the test.
func (c *client) diagnostics(uri string, version int) []diagnostic {
	c.t.Helper()
	var found *publishParams
	c.waitFor(fmt.Sprintf("diagnostics of %s version %d", uri, version), func() bool {
		for i := len(c.diags) - 1; i >= 0; i-- {
			if p := &c.diags[i]; p.URI == uri && p.Version != nil && *p.Version >= version {
				found = p
				return true
			}
		}
		return false
	})
	if *found.Version != version {
		c.t.Fatalf("got diagnostics of %s version %d, want version %d", uri, *found.Version, version)
	}
	return found.Diagnostics
}

// publications returns how many times diagnostics were published for a
// document.
func (c *client) publications(uri string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, p := range c.diags {
		if p.URI == uri {
			n++
		}
	}
	return n
}

// exchange runs an initialize, shutdown and exit, and returns Serve's
// result.
func (c *client) finish() error {
	c.t.Helper()
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	select {
	case err := <-c.done:
		c.done <- err // for the cleanup
		return err
	case <-time.After(timeout):
		c.t.Fatal("the server did not exit")
		return nil
	}
}

// utf16Caps are the capabilities of a client that counts positions in
// UTF-16 (offering no other encoding) and supports code action literals
// and versioned edits.
func utf16Caps() map[string]any {
	return map[string]any{
		"textDocument": map[string]any{
			"codeAction": map[string]any{
				"codeActionLiteralSupport": map[string]any{
					"codeActionKind": map[string]any{"valueSet": []string{"quickfix", "source", "source.fixAll"}},
				},
				"isPreferredSupport": true,
			},
			"publishDiagnostics": map[string]any{"versionSupport": true},
		},
		"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": true}},
	}
}

// utf8Caps are utf16Caps offering UTF-8 first.
func utf8Caps() map[string]any {
	caps := utf16Caps()
	caps["general"] = map[string]any{"positionEncodings": []string{"utf-8", "utf-16"}}
	return caps
}

// unit is the unit the test client counts positions in.
type unit string

const (
	u16 unit = "utf-16"
	u8  unit = "utf-8"
)

// pos returns the position of a byte offset in text, computed
// independently of the server's line index.
func pos(text string, off int, enc unit) position {
	line := strings.Count(text[:off], "\n")
	start := strings.LastIndex(text[:off], "\n") + 1
	col := text[start:off]
	if enc == u8 {
		return position{line, len(col)}
	}
	return position{line, len(utf16.Encode([]rune(col)))}
}

// offsetOf returns the byte offset of a position in text, which must lie
// inside it.
func offsetOf(t *testing.T, text string, p position, enc unit) int {
	t.Helper()
	off := 0
	for range p.Line {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			t.Fatalf("position %+v: line beyond the text", p)
		}
		off += i + 1
	}
	if enc == u8 {
		return off + p.Character
	}
	n := 0
	for n < p.Character {
		r, size := utf8.DecodeRuneInString(text[off:])
		if size == 0 || r == '\n' {
			t.Fatalf("position %+v: character beyond the line", p)
		}
		n += len(utf16.Encode([]rune{r}))
		off += size
	}
	if n != p.Character {
		t.Fatalf("position %+v splits a character", p)
	}
	return off
}

// applyEdits applies text edits, which must not overlap, to text.
func applyEdits(t *testing.T, text string, edits []textEdit, enc unit) string {
	t.Helper()
	type span struct {
		pos, end int
		text     string
	}
	spans := make([]span, len(edits))
	for i, e := range edits {
		spans[i] = span{offsetOf(t, text, e.Range.Start, enc), offsetOf(t, text, e.Range.End, enc), e.NewText}
	}
	var b strings.Builder
	last := 0
	for len(spans) > 0 {
		first := 0
		for i := range spans {
			if spans[i].pos < spans[first].pos {
				first = i
			}
		}
		s := spans[first]
		spans = append(spans[:first], spans[first+1:]...)
		if s.pos < last || s.end < s.pos {
			t.Fatalf("overlapping or inverted edits: %+v", edits)
		}
		b.WriteString(text[last:s.pos])
		b.WriteString(s.text)
		last = s.end
	}
	b.WriteString(text[last:])
	return b.String()
}

// documentEdits returns the edits of a workspace edit for one document,
// checking the version of a versioned edit.
func documentEdits(t *testing.T, we *workspaceEdit, uri string, version int) []textEdit {
	t.Helper()
	if we == nil {
		t.Fatal("code action without an edit")
	}
	var edits []textEdit
	for _, dc := range we.DocumentChanges {
		if dc.TextDocument.URI != uri {
			t.Fatalf("edit of %s, want %s", dc.TextDocument.URI, uri)
		}
		if dc.TextDocument.Version == nil || *dc.TextDocument.Version != version {
			t.Fatalf("edit of version %v, want %d", dc.TextDocument.Version, version)
		}
		edits = append(edits, dc.Edits...)
	}
	for u, es := range we.Changes {
		if u != uri {
			t.Fatalf("edit of %s, want %s", u, uri)
		}
		edits = append(edits, es...)
	}
	return edits
}

// oracle lints text as the command line would and returns the findings
// and the text with every safe fix applied.
func oracle(t *testing.T, l *lint.Linter, path, text string, format article.Format) ([]lint.Finding, string) {
	t.Helper()
	cfg, err := config.NewResolver(l, "").For(path)
	if err != nil {
		t.Fatal(err)
	}
	settings := cfg.Settings(path)
	a, err := article.Parse(path, []byte(text), format)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := l.Lint(context.Background(), a, settings)
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Fix(context.Background(), a, settings, lint.FixOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return fs, res.Article.Src
}

// wantDiagnostics returns the diagnostics the server must publish for the
// findings, positions counted independently.
func wantDiagnostics(text string, fs []lint.Finding, enc unit) []diagnostic {
	out := make([]diagnostic, len(fs))
	sev := map[lint.Severity]int{lint.Error: 1, lint.Warning: 2, lint.Info: 3}
	for i, f := range fs {
		p, e := f.Pos, f.End
		if p == lint.WholeFile {
			p, e = 0, 0
		}
		// A range cannot start or end inside a CRLF line break: it
		// covers it.
		if p > 0 && p < len(text) && text[p-1:p+1] == "\r\n" {
			p--
		}
		if e > 0 && e < len(text) && text[e-1:e+1] == "\r\n" {
			e++
		}
		out[i] = diagnostic{
			Range:    rng{pos(text, p, enc), pos(text, e, enc)},
			Severity: sev[f.Severity],
			Code:     f.Rule,
			Source:   "newslint",
			Message:  f.Message,
		}
		if f.Rule == lint.UnusedSuppressionName {
			out[i].Tags = []int{1}
		}
	}
	return out
}

// fileURI returns the file URI of a path, as editors write it.
func fileURI(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return "file://" + filepath.ToSlash(abs)
}

// readArticle returns the reference article.
func readArticle(t *testing.T) (path, text string) {
	t.Helper()
	path = filepath.Join("..", "..", "..", "testdata", "article.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, string(data)
}

// stacks returns the stacks of every goroutine, to explain a timeout.
func stacks() string {
	buf := make([]byte, 1<<20)
	return string(buf[:runtime.Stack(buf, true)])
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// lines returns the JSON log lines written so far.
func (s *syncBuffer) entries(t *testing.T) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	dec := json.NewDecoder(bytes.NewReader(s.b.Bytes()))
	for {
		var m map[string]any
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			return out
		} else if err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
}
