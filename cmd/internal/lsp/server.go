package lsp

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/config"
)

// serverName is the name the server gives itself, and the source of its
// diagnostics.
const serverName = "newslint"

// fixAllKind is the kind of the code action that applies every safe fix.
const fixAllKind = protocol.CodeActionKindSourceFixAll + "." + serverName

// state is where the server is in the protocol's life cycle.
type state int

const (
	stateNew      state = iota // waiting for initialize
	stateRunning               // initialized
	stateShutDown              // shutdown received; waiting for exit
)

// clientCaps are the client capabilities the server adapts to.
type clientCaps struct {
	// documentChanges: workspace edits may be versioned document edits.
	documentChanges bool
	// codeActionLiterals: code action results may be CodeAction values.
	codeActionLiterals bool
	// watchFiles: the client accepts dynamic registrations of file
	// watchers.
	watchFiles bool
}

// server is a language server. Its exported methods implement
// protocol.Server: notifications reach them one at a time, in the order
// the client sent them, while requests run concurrently with the messages
// that follow them (see guard).
type server struct {
	protocol.UnimplementedServer

	opts   Options
	log    zerolog.Logger
	client protocol.Client
	ctx    context.Context // canceled when Serve returns

	exited   chan struct{}
	exitOnce sync.Once
	wake     chan struct{} // signals the publisher; capacity 1
	wg       sync.WaitGroup

	mu      sync.Mutex
	stopped bool // no background work may start
	state   state
	enc     encoding
	caps    clientCaps
	root    string // the workspace folder, for documents not backed by a file
	// gen counts configuration changes; an analysis is valid for one
	// document version under one generation.
	gen  uint64
	docs map[uri.URI]*document
	// dirty holds the documents whose diagnostics must be published
	// again, and closed documents whose diagnostics must be cleared.
	dirty map[uri.URI]bool
	// published holds the documents that have diagnostics on the client,
	// with the analysis they came from.
	published map[uri.URI]published
}

func newServer(ctx context.Context, opts Options, client protocol.Client) *server {
	return &server{
		opts:      opts,
		log:       opts.Log,
		client:    client,
		ctx:       ctx,
		exited:    make(chan struct{}),
		wake:      make(chan struct{}, 1),
		docs:      make(map[uri.URI]*document),
		dirty:     make(map[uri.URI]bool),
		published: make(map[uri.URI]published),
	}
}

// start starts the background work: publishing diagnostics.
func (s *server) start() {
	s.wg.Go(s.publishLoop)
}

// stop waits for the background work to end; the server's context must
// be canceled first. No background work starts after stop.
func (s *server) stop() {
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()
	s.wg.Wait()
}

// goLocked runs fn in the background unless the server is stopping, and
// reports whether it does. The caller holds s.mu.
func (s *server) goLocked(fn func()) bool {
	if s.stopped {
		return false
	}
	s.wg.Go(fn)
	return true
}

func (s *server) lifecycle() state {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state
}

func (s *server) wasShutDown() bool { return s.lifecycle() == stateShutDown }

// Initialize records the client's capabilities and announces the
// server's.
func (s *server) Initialize(_ context.Context, params *protocol.InitializeParams) (*protocol.InitializeResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != stateNew {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "initialize sent twice")
	}
	s.state = stateRunning
	caps := &params.Capabilities
	if caps.General != nil {
		s.enc = negotiate(caps.General.PositionEncodings)
	}
	if w := caps.Workspace; w != nil {
		s.caps.documentChanges = w.WorkspaceEdit != nil && isTrue(w.WorkspaceEdit.DocumentChanges)
		s.caps.watchFiles = w.DidChangeWatchedFiles != nil && isTrue(w.DidChangeWatchedFiles.DynamicRegistration)
	}
	if td := caps.TextDocument; td != nil && td.CodeAction != nil {
		s.caps.codeActionLiterals = len(td.CodeAction.CodeActionLiteralSupport.CodeActionKind.ValueSet) > 0
	}
	s.root = rootOf(params)
	s.log.Info().
		Str("client", params.ClientInfo.Name).
		Str("encoding", string(s.enc.kind())).
		Str("root", s.root).
		Msg("initialize")

	res := &protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			PositionEncoding: s.enc.kind(),
			TextDocumentSync: &protocol.TextDocumentSyncOptions{
				OpenClose: ptr(true),
				Change:    ptr(protocol.TextDocumentSyncKindIncremental),
				Save:      protocol.Boolean(true),
			},
			DocumentFormattingProvider: protocol.Boolean(true),
		},
		ServerInfo: protocol.ServerInfo{Name: serverName},
	}
	if s.opts.Version != "" {
		res.ServerInfo.Version = protocol.NewOptional(s.opts.Version)
	}
	if s.caps.codeActionLiterals {
		res.Capabilities.CodeActionProvider = &protocol.CodeActionOptions{
			CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, fixAllKind},
		}
	}
	return res, nil
}

// rootOf returns the client's first workspace folder, else its root
// folder, else "".
func rootOf(params *protocol.InitializeParams) string {
	if folders, ok := params.WorkspaceFolders.Get(); ok {
		for _, f := range folders {
			if f.URI.IsFile() {
				return f.URI.FsPath()
			}
		}
	}
	//nolint:staticcheck // Clients older than workspace folders send only the root.
	if u := params.RootURI; u != nil && u.IsFile() {
		return u.FsPath()
	}
	return ""
}

// Initialized asks the client to report changes to configuration files,
// when it can.
func (s *server) Initialized(context.Context, *protocol.InitializedParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.caps.watchFiles {
		return nil
	}
	opts, err := protocol.Marshal(&protocol.DidChangeWatchedFilesRegistrationOptions{
		Watchers: []protocol.FileSystemWatcher{
			{GlobPattern: protocol.Pattern("**/" + config.FileName)},
			{GlobPattern: protocol.Pattern("**/" + config.AltFileName)},
		},
	})
	if err != nil {
		return fmt.Errorf("encoding the file watchers: %w", err)
	}
	params := &protocol.RegistrationParams{Registrations: []protocol.Registration{{
		ID:              "newslint-config-files",
		Method:          protocol.MethodWorkspaceDidChangeWatchedFiles,
		RegisterOptions: opts,
	}}}
	// The client answers on the connection this handler is reading, so
	// the request must not wait here.
	s.goLocked(func() {
		if err := s.client.RegisterCapability(s.ctx, params); err != nil && s.ctx.Err() == nil {
			s.log.Warn().Err(err).Msg("the client refused to watch configuration files")
		}
	})
	return nil
}

// Shutdown stops publishing diagnostics; the server then waits for exit.
func (s *server) Shutdown(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state = stateShutDown
	for _, d := range s.docs {
		d.cancel()
	}
	s.log.Debug().Msg("shutdown")
	return nil
}

// Exit ends Serve.
func (s *server) Exit(context.Context) error {
	s.exitOnce.Do(func() { close(s.exited) })
	return nil
}

// DidOpen starts tracking a document and lints it.
func (s *server) DidOpen(_ context.Context, params *protocol.DidOpenTextDocumentParams) error {
	item := &params.TextDocument
	d := &document{
		uri:     item.URI,
		version: item.Version,
		text:    item.Text,
	}
	if item.URI.IsFile() {
		d.path = item.URI.FsPath()
	}
	name := d.path
	if name == "" {
		name = uri.Basename(item.URI)
	}
	d.format = formatOf(string(item.LanguageID), name)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.docs[item.URI]; old != nil {
		old.cancel()
	}
	s.docs[item.URI] = d
	s.markDirty(item.URI)
	s.log.Debug().Str("uri", string(item.URI)).Int32("version", item.Version).Str("format", d.format.String()).Msg("open")
	return nil
}

// DidChange applies the changes to the document and lints it again.
func (s *server) DidChange(_ context.Context, params *protocol.DidChangeTextDocumentParams) error {
	u := params.TextDocument.URI
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[u]
	if d == nil {
		return fmt.Errorf("change to %s, which is not open", u)
	}
	text := d.text
	for i, ch := range params.ContentChanges {
		switch ch := ch.(type) {
		case *protocol.TextDocumentContentChangeWholeDocument:
			text = ch.Text
		case *protocol.TextDocumentContentChangePartial:
			ix := newLineIndex(text)
			start, end := ix.offset(ch.Range.Start, s.enc), ix.offset(ch.Range.End, s.enc)
			if end < start {
				return fmt.Errorf("change %d to %s version %d: the range ends before it starts", i, u, params.TextDocument.Version)
			}
			text = text[:start] + ch.Text + text[end:]
		default:
			return fmt.Errorf("change %d to %s: unexpected change %T", i, u, ch)
		}
	}
	d.cancel()
	d.text = text
	d.version = params.TextDocument.Version
	d.analysis = nil
	s.markDirty(u)
	return nil
}

// DidClose stops tracking a document and clears its diagnostics.
func (s *server) DidClose(_ context.Context, params *protocol.DidCloseTextDocumentParams) error {
	u := params.TextDocument.URI
	s.mu.Lock()
	defer s.mu.Unlock()
	if d := s.docs[u]; d != nil {
		d.cancel()
		delete(s.docs, u)
	}
	s.markDirty(u)
	return nil
}

// DidSave reloads the configuration when the saved document is a
// configuration file. Articles need nothing: they are linted as the
// client holds them.
func (s *server) DidSave(_ context.Context, params *protocol.DidSaveTextDocumentParams) error {
	if isConfigFile(params.TextDocument.URI) {
		s.configChanged("saved " + uri.Basename(params.TextDocument.URI))
	}
	return nil
}

// DidChangeWatchedFiles reloads the configuration when a configuration
// file changed.
func (s *server) DidChangeWatchedFiles(_ context.Context, params *protocol.DidChangeWatchedFilesParams) error {
	if slices.ContainsFunc(params.Changes, func(e protocol.FileEvent) bool { return isConfigFile(e.URI) }) {
		s.configChanged("configuration files changed")
	}
	return nil
}

// DidChangeConfiguration reloads the configuration. The server has no
// settings of its own: the change is a hint that its surroundings changed.
func (s *server) DidChangeConfiguration(context.Context, *protocol.DidChangeConfigurationParams) error {
	s.configChanged("the client's configuration changed")
	return nil
}

// configChanged lints every open document again.
func (s *server) configChanged(why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gen++
	for u, d := range s.docs {
		d.cancel()
		s.markDirty(u)
	}
	s.log.Info().Str("why", why).Msg("reloading the configuration")
}

// markDirty queues a document for publishing and wakes the publisher. The
// caller holds s.mu.
func (s *server) markDirty(u uri.URI) {
	s.dirty[u] = true
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// isConfigFile reports whether u names a configuration file.
func isConfigFile(u uri.URI) bool {
	base := uri.Basename(u)
	return base == config.FileName || base == config.AltFileName
}

// formatOf returns the format of a document from its language identifier,
// else from its name's extension.
func formatOf(languageID, name string) article.Format {
	switch strings.ToLower(languageID) {
	case "markdown", "mdx", "rmd", "quarto":
		return article.Markdown
	case "plaintext", "text", "txt":
		return article.Text
	}
	return article.FormatOf(name)
}

// configPath returns the path whose configuration applies to d, or "" for
// none: the document's own path, else a file in the workspace folder.
func (s *server) configPath(d *document) string {
	switch {
	case d.path != "":
		return d.path
	case s.root != "":
		return filepath.Join(s.root, "untitled")
	}
	return ""
}

// requestError maps the error of waiting for an analysis to the error a
// request returns.
func requestError(ctx context.Context, err error) error {
	switch {
	case ctx.Err() != nil:
		return protocol.ErrRequestCancelled
	case errors.Is(err, context.Canceled), errors.Is(err, errSuperseded):
		return protocol.ErrContentModified
	}
	return jsonrpc2.Errorf(jsonrpc2.InternalError, "newslint: %v", err)
}

func ptr[T any](v T) *T { return &v }

func isTrue(b *bool) bool { return b != nil && *b }
