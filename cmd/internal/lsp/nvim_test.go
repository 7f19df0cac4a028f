package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/rules"
)

// buildNewslint builds the newslint command into a temporary folder and
// returns its path. It skips the test when the go command is missing.
func buildNewslint(t *testing.T) string {
	t.Helper()
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not in PATH")
	}
	bin := filepath.Join(t.TempDir(), "newslint")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, gocmd, "build", "-o", bin, "github.com/newslint/newslint/cmd/newslint").CombinedOutput()
	if err != nil {
		t.Fatalf("building newslint: %v\n%s", err, out)
	}
	return bin
}

// TestCommand runs "newslint lsp" and checks its exit status: 0 after
// shutdown and exit, 1 after an exit without shutdown.
func TestCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := buildNewslint(t)
	for _, tc := range []struct {
		name     string
		shutdown bool
		status   int
	}{
		{"orderly", true, 0},
		{"exit without shutdown", false, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), timeout)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "lsp", "--stdio")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			r := bufio.NewReader(stdout)
			send := func(v map[string]any) {
				v["jsonrpc"] = "2.0"
				data, _ := json.Marshal(v)
				fmt.Fprintf(stdin, "Content-Length: %d\r\n\r\n%s", len(data), data)
			}
			send(map[string]any{"id": 1, "method": "initialize", "params": map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}})
			if m := readMessage(t, r); string(m.ID) != "1" || !strings.Contains(string(m.Result), `"positionEncoding":"utf-16"`) {
				t.Fatalf("initialize: %+v", m)
			}
			send(map[string]any{"method": "initialized", "params": map[string]any{}})
			if tc.shutdown {
				send(map[string]any{"id": 2, "method": "shutdown"})
				if m := readMessage(t, r); string(m.ID) != "2" || m.Error != nil {
					t.Fatalf("shutdown: %+v", m)
				}
			}
			send(map[string]any{"method": "exit"})
			err = cmd.Wait()
			status := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				status = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if status != tc.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tc.status, stderr.String())
			}
		})
	}
}

// readMessage reads one message from the server.
func readMessage(t *testing.T, r *bufio.Reader) *message {
	t.Helper()
	h, err := textproto.NewReader(r).ReadMIMEHeader()
	if err != nil {
		t.Fatalf("reading a header: %v", err)
	}
	n, err := strconv.Atoi(h.Get("Content-Length"))
	if err != nil {
		t.Fatalf("Content-Length: %v", err)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		t.Fatal(err)
	}
	var m message
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	return &m
}

// nvimScript drives Neovim as a language client: it starts newslint on the
// article in the current buffer, collects the diagnostics, applies the
// quick fix for the first one, formats the buffer and saves it, and writes
// what it saw as JSON. It runs on Neovim 0.7 and later.
const nvimScript = `
local out = os.getenv('NEWSLINT_TEST_OUT')
local results = { errors = {} }
local bufnr = vim.api.nvim_get_current_buf()
local exited = false

local function fail(msg)
  table.insert(results.errors, msg)
  error(msg, 0)
end

local function wait(what, cond)
  if not vim.wait(20000, cond, 20) then
    fail('timed out waiting for ' .. what)
  end
end

local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then
      code = d.user_data.lsp.code
    end
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = code, source = d.source, message = d.message,
    })
  end
  return list
end

local function count(code)
  local n = 0
  for _, d in ipairs(diagnostics()) do
    if d.code == code then n = n + 1 end
  end
  return n
end

local function request(client, method, params)
  local resp, err = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
  if not resp or not resp[client.id] then
    fail(method .. ': no response: ' .. tostring(err))
  end
  if resp[client.id].err then
    fail(method .. ': ' .. vim.inspect(resp[client.id].err))
  end
  return resp[client.id].result
end

local function run()
  -- With 'fixeol' (the default), Neovim adds a final line break when it
  -- saves, whatever the buffer holds; without it, the saved file is exactly
  -- the text the server sees and edits.
  vim.bo[bufnr].fixeol = false
  local caps = vim.lsp.protocol.make_client_capabilities()
  if os.getenv('NEWSLINT_TEST_ENCODING') == 'utf-16' then
    caps.general = caps.general or {}
    caps.general.positionEncodings = { 'utf-16' }
  end
  local config = {
    name = 'newslint',
    cmd = { os.getenv('NEWSLINT_TEST_BIN'), 'lsp', '--log-level', 'info' },
    root_dir = os.getenv('NEWSLINT_TEST_DIR'),
    capabilities = caps,
    on_exit = function(code, signal)
      exited = true
      results.exit_code = code
      results.exit_signal = signal
    end,
  }
  local id
  if vim.lsp.start then
    id = vim.lsp.start(config)
  else
    id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, id)
  end
  if not id then fail('the client did not start') end
  wait('the server to initialize', function()
    local c = vim.lsp.get_client_by_id(id)
    return c ~= nil and c.initialized
  end)
  local client = vim.lsp.get_client_by_id(id)
  results.encoding = client.offset_encoding

  wait('diagnostics', function() return #diagnostics() > 0 end)
  results.diagnostics = diagnostics()
  local before = count('blank-line-whitespace')

  -- The quick fix for the stray no-break space of line 5.
  local uri = vim.uri_from_bufnr(bufnr)
  local actions = request(client, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 4, character = 0 }, ['end'] = { line = 4, character = 0 } },
    context = { diagnostics = {} },
  })
  local chosen
  results.titles = {}
  for _, a in ipairs(actions or {}) do
    table.insert(results.titles, a.title)
    if a.kind == 'quickfix' and a.isPreferred and a.title:find('^blank%-line%-whitespace: ') then
      chosen = a
    end
  end
  if not chosen then fail('no quick fix for line 5') end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  results.line5 = vim.api.nvim_buf_get_lines(bufnr, 4, 5, false)[1]
  -- Neovim sends the change; the server lints the unsaved buffer again.
  wait('diagnostics after the quick fix', function() return count('blank-line-whitespace') == before - 1 end)
  results.after_fix = diagnostics()

  -- The unsafe fix of the repeated subtitle on line 7.
  local unsafe = request(client, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 6, character = 2 }, ['end'] = { line = 6, character = 2 } },
    context = { diagnostics = {}, only = { 'quickfix' } },
  })
  results.unsafe_titles = {}
  for _, a in ipairs(unsafe or {}) do
    table.insert(results.unsafe_titles, a.title)
  end

  -- Formatting applies every safe fix; then the buffer is saved.
  local edits = request(client, 'textDocument/formatting', {
    textDocument = { uri = uri },
    options = { tabSize = 4, insertSpaces = true },
  })
  vim.lsp.util.apply_text_edits(edits or {}, bufnr, client.offset_encoding)
  vim.cmd('silent write!')

  vim.lsp.stop_client(id)
  wait('the server to exit', function() return exited end)
end

local ok, err = pcall(run)
if not ok then
  results.error = tostring(err)
end
vim.fn.writefile({ vim.fn.json_encode(results) }, out)
vim.cmd('qa!')
`

// nvimDiagnostic is a diagnostic as Neovim holds it: lines and columns
// zero-based, columns in bytes.
type nvimDiagnostic struct {
	Lnum     int    `json:"lnum"`
	Col      int    `json:"col"`
	EndLnum  int    `json:"end_lnum"`
	EndCol   int    `json:"end_col"`
	Severity int    `json:"severity"`
	Code     string `json:"code"`
	Source   string `json:"source"`
	Message  string `json:"message"`
}

func (d nvimDiagnostic) String() string {
	return fmt.Sprintf("%d:%d-%d:%d sev=%d %s %s %q", d.Lnum, d.Col, d.EndLnum, d.EndCol, d.Severity, d.Code, d.Source, d.Message)
}

type nvimResults struct {
	Errors       []string         `json:"errors"`
	Error        string           `json:"error"`
	Encoding     string           `json:"encoding"`
	Diagnostics  []nvimDiagnostic `json:"diagnostics"`
	AfterFix     []nvimDiagnostic `json:"after_fix"`
	Titles       []string         `json:"titles"`
	UnsafeTitles []string         `json:"unsafe_titles"`
	Line5        *string          `json:"line5"`
	ExitCode     *int             `json:"exit_code"`
	ExitSignal   *int             `json:"exit_signal"`
}

// TestNeovim runs Neovim headless as a real language client of "newslint
// lsp" on the reference article, in UTF-8 (when Neovim offers it) and in
// UTF-16. It skips when nvim is not installed (Debian: apt-get install -y
// neovim).
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed (Debian: apt-get install -y neovim)")
	}
	if testing.Short() {
		t.Skip("starts Neovim")
	}
	bin := buildNewslint(t)
	_, text := readArticle(t)
	l, err := lint.New(rules.All()...)
	if err != nil {
		t.Fatal(err)
	}
	for _, encoding := range []string{"default", "utf-16"} {
		t.Run(encoding, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "article.txt")
			writeFile(t, path, text)
			script := filepath.Join(dir, "test.lua")
			writeFile(t, script, nvimScript)
			out := filepath.Join(dir, "results.json")
			home := filepath.Join(dir, "home")

			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-n", "-i", "NONE", "-c", "luafile "+script, path)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(),
				"HOME="+home,
				"XDG_CONFIG_HOME="+filepath.Join(home, "config"),
				"XDG_DATA_HOME="+filepath.Join(home, "data"),
				"XDG_STATE_HOME="+filepath.Join(home, "state"),
				"XDG_CACHE_HOME="+filepath.Join(home, "cache"),
				"NEWSLINT_TEST_BIN="+bin,
				"NEWSLINT_TEST_DIR="+dir,
				"NEWSLINT_TEST_OUT="+out,
				"NEWSLINT_TEST_ENCODING="+encoding,
			)
			output, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("nvim: %v\n%s%s", err, output, nvimLog(home))
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatalf("nvim wrote no results: %v\n%s%s", err, output, nvimLog(home))
			}
			var res nvimResults
			if err := json.Unmarshal(data, &res); err != nil {
				t.Fatalf("%v: %s", err, data)
			}
			if res.Error != "" {
				t.Fatalf("the Lua script failed: %s\n%s%s", res.Error, output, nvimLog(home))
			}
			t.Logf("Neovim used %s positions", res.Encoding)
			if encoding == "utf-16" && res.Encoding != "utf-16" {
				t.Errorf("encoding %q, want utf-16", res.Encoding)
			}

			// The diagnostics of the article as opened, with byte columns
			// that Neovim computed from the server's positions.
			findings, _ := oracle(t, l, path, text, article.Text)
			sameNvimDiagnostics(t, "on open", res.Diagnostics, wantNvim(text, findings))

			// The quick fix removed the no-break space of line 5 in the
			// buffer, and the server linted the unsaved change.
			if res.Line5 == nil || *res.Line5 != "" {
				t.Errorf("line 5 after the quick fix = %v, want empty", res.Line5)
			}
			fixedOne := strings.Replace(text, "\u00a0", "", 1)
			findings, fixed := oracle(t, l, path, fixedOne, article.Text)
			sameNvimDiagnostics(t, "after the quick fix", res.AfterFix, wantNvim(fixedOne, findings))

			if !slices.ContainsFunc(res.UnsafeTitles, func(s string) bool {
				return strings.HasPrefix(s, "duplicate-subtitle: ") && strings.HasSuffix(s, " (unsafe)")
			}) {
				t.Errorf("code actions on line 7 = %q, want an unsafe duplicate-subtitle fix", res.UnsafeTitles)
			}

			// Formatting and saving gives the fixed article.
			saved, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(saved) != fixed {
				t.Errorf("saved article after formatting:\n%q\nwant:\n%q", saved, fixed)
			}
			if res.ExitCode == nil || *res.ExitCode != 0 {
				t.Errorf("server exit code %v, want 0", res.ExitCode)
			}
		})
	}
}

// wantNvim returns the diagnostics Neovim must hold for the findings.
func wantNvim(text string, fs []lint.Finding) []nvimDiagnostic {
	var out []nvimDiagnostic
	for _, d := range wantDiagnostics(text, fs, u8) {
		out = append(out, nvimDiagnostic{
			Lnum: d.Range.Start.Line, Col: d.Range.Start.Character,
			EndLnum: d.Range.End.Line, EndCol: d.Range.End.Character,
			Severity: d.Severity, Code: d.Code, Source: d.Source, Message: d.Message,
		})
	}
	return out
}

func sameNvimDiagnostics(t *testing.T, when string, got, want []nvimDiagnostic) {
	t.Helper()
	key := func(d nvimDiagnostic) string { return d.String() }
	g, w := make([]string, len(got)), make([]string, len(want))
	for i := range got {
		g[i] = key(got[i])
	}
	for i := range want {
		w[i] = key(want[i])
	}
	// Neovim orders diagnostics its own way.
	slices.Sort(g)
	slices.Sort(w)
	if !slices.Equal(g, w) {
		t.Errorf("diagnostics %s differ\ngot:\n  %s\nwant:\n  %s", when, strings.Join(g, "\n  "), strings.Join(w, "\n  "))
	}
}

// nvimLog returns Neovim's language client log, for failures.
func nvimLog(home string) string {
	var b strings.Builder
	for _, p := range []string{"cache/nvim/lsp.log", "state/nvim/lsp.log"} {
		if data, err := os.ReadFile(filepath.Join(home, p)); err == nil {
			fmt.Fprintf(&b, "\n--- %s:\n%s", p, data)
		}
	}
	return b.String()
}
