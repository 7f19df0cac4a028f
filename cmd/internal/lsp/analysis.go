package lsp

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/config"
)

// errSuperseded is the cause of canceling an analysis whose document or
// configuration changed before it finished.
var errSuperseded = errors.New("lsp: the document changed")

// docKey identifies what an analysis was made of: one version of a
// document under one generation of the configuration.
type docKey struct {
	version int32
	gen     uint64
}

// document is an open document as the client holds it.
type document struct {
	uri uri.URI
	// path is the document's file, or "" when it is not backed by one.
	path    string
	format  article.Format
	version int32
	text    string

	// analysis is the analysis of the current version, once made.
	analysis *analysis
	// inflight is the analysis in progress, or nil.
	inflight *inflight
}

// cancel stops the analysis in progress, if any. The caller holds s.mu.
func (d *document) cancel() {
	if d.inflight != nil {
		d.inflight.cancel(errSuperseded)
		d.inflight = nil
	}
}

// inflight is an analysis in progress, which the publisher and requests
// for the same version share.
type inflight struct {
	key    docKey
	cancel context.CancelCauseFunc
	done   chan struct{} // closed when res and err are set
	res    *analysis
	err    error
}

// wait waits for f to finish or ctx to be canceled.
func wait(ctx context.Context, f *inflight) (*analysis, error) {
	select {
	case <-f.done:
		return f.res, f.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// snapshot is what an analysis reads of a document and the server.
type snapshot struct {
	uri        uri.URI
	path       string // the document's file, or ""
	configPath string // the path whose configuration applies, or ""
	format     article.Format
	text       string
	key        docKey
	enc        encoding
}

// analysis is the result of linting one version of a document.
type analysis struct {
	key   docKey
	uri   uri.URI
	index *lineIndex // over the text that was linted
	enc   encoding

	// article is the parsed article, or nil when the document was not
	// linted: it is empty, excluded by the configuration, or has a
	// problem.
	article  *article.Article
	settings *lint.Settings
	findings []lint.Finding
	// diagnostics are the diagnostics to publish: one for each finding,
	// in the same order, or one for the problem that kept the document
	// from being linted.
	diagnostics []protocol.Diagnostic

	fixMu sync.Mutex
	fixed *string // the text with every safe fix applied, once computed
}

// fixedText returns the text with every safe fix applied by the engine's
// fix loop, computing it once.
func (a *analysis) fixedText(ctx context.Context, l *lint.Linter) (string, error) {
	a.fixMu.Lock()
	defer a.fixMu.Unlock()
	if a.fixed != nil {
		return *a.fixed, nil
	}
	if a.article == nil {
		return a.index.text, nil
	}
	res, err := l.Fix(ctx, a.article, a.settings, lint.FixOptions{})
	if err != nil {
		return "", err
	}
	a.fixed = &res.Article.Src
	return res.Article.Src, nil
}

// begin returns the analysis of the document's current version when it is
// made, else the analysis in progress for it, starting one when there is
// none. The caller holds s.mu.
func (s *server) begin(d *document) (*analysis, *inflight) {
	key := docKey{version: d.version, gen: s.gen}
	if a := d.analysis; a != nil && a.key == key {
		return a, nil
	}
	if f := d.inflight; f != nil && f.key == key {
		return nil, f
	}
	d.cancel()
	ctx, cancel := context.WithCancelCause(s.ctx)
	f := &inflight{key: key, cancel: cancel, done: make(chan struct{})}
	d.inflight = f
	snap := &snapshot{
		uri:        d.uri,
		path:       d.path,
		configPath: s.configPath(d),
		format:     d.format,
		text:       d.text,
		key:        key,
		enc:        s.enc,
	}
	started := s.goLocked(func() {
		defer cancel(nil)
		res, err := s.analyze(ctx, snap)
		s.mu.Lock()
		if d.inflight == f {
			d.inflight = nil
			if err == nil {
				d.analysis = res
			}
		}
		f.res, f.err = res, err
		s.mu.Unlock()
		close(f.done)
	})
	if !started {
		d.inflight = nil
		cancel(nil)
		f.err = context.Canceled
		close(f.done)
	}
	return nil, f
}

// current returns the analysis of an open document as it is when the
// request arrives, for a request. Once it knows which analysis that is, it
// releases the request, so that the messages that follow are read while
// it waits.
func (s *server) current(ctx context.Context, u uri.URI) (*analysis, error) {
	s.mu.Lock()
	d := s.docs[u]
	if d == nil {
		s.mu.Unlock()
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not open", u)
	}
	a, f := s.begin(d)
	s.mu.Unlock()
	release(ctx)
	if f == nil {
		return a, nil
	}
	a, err := wait(ctx, f)
	if err != nil {
		return nil, requestError(ctx, err)
	}
	return a, nil
}

// analyze lints a snapshot of a document. It returns an error only when
// ctx is canceled; problems with the document or its configuration become
// diagnostics.
func (s *server) analyze(ctx context.Context, snap *snapshot) (*analysis, error) {
	start := time.Now()
	a := &analysis{key: snap.key, uri: snap.uri, index: newLineIndex(snap.text), enc: snap.enc}
	log := s.log.With().Str("uri", string(snap.uri)).Int32("version", snap.key.version).Logger()
	if snap.text == "" {
		log.Debug().Msg("empty document: nothing to check")
		return a, nil
	}
	var cfg *config.File
	if snap.configPath != "" || s.opts.Config != "" {
		// A new resolver reads the configuration as it is now: files
		// may have changed since the last analysis.
		var err error
		cfg, err = config.NewResolver(s.opts.Linter, s.opts.Config).For(snap.configPath)
		if err != nil {
			log.Warn().Err(err).Msg("invalid configuration")
			a.diagnostics = []protocol.Diagnostic{configDiagnostic(err, snap.enc)}
			return a, nil
		}
		if cfg != nil && snap.path != "" && cfg.Excluded(snap.path) {
			log.Debug().Str("config", cfg.Path).Msg("excluded by the configuration")
			return a, nil
		}
	}
	settings := cfg.Settings(snap.configPath)
	name := snap.path
	if name == "" {
		name = string(snap.uri)
	}
	art, err := article.Parse(name, []byte(snap.text), snap.format)
	if err != nil {
		a.diagnostics = []protocol.Diagnostic{parseDiagnostic(a.index, err, snap.enc)}
		return a, nil
	}
	findings, err := s.opts.Linter.Lint(ctx, art, settings)
	if err != nil {
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		msg, detail, _ := strings.Cut(err.Error(), "\n")
		log.Error().Str("detail", detail).Msg(msg)
		a.diagnostics = []protocol.Diagnostic{problemDiagnostic(protocol.Range{}, "newslint could not check this article: "+msg)}
		return a, nil
	}
	a.article, a.settings, a.findings = art, settings, findings
	a.diagnostics = make([]protocol.Diagnostic, len(findings))
	for i := range findings {
		a.diagnostics[i] = findingDiagnostic(a.index, &findings[i], snap.enc)
	}
	log.Debug().Int("findings", len(findings)).Dur("took", time.Since(start)).Msg("linted")
	return a, nil
}

// published is what the client shows for a document.
type published struct {
	doc *document
	key docKey
}

// publishLoop publishes the diagnostics of the documents marked dirty
// until the server's context is canceled. Being the only goroutine that
// publishes, it keeps the notifications for each document in order.
func (s *server) publishLoop() {
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-s.wake:
		}
		s.mu.Lock()
		if s.state == stateShutDown {
			s.mu.Unlock()
			continue
		}
		uris := slices.Sorted(maps.Keys(s.dirty))
		clear(s.dirty)
		s.mu.Unlock()
		for _, u := range uris {
			s.publish(u)
		}
	}
}

// publish brings the client's diagnostics for a document up to date: the
// diagnostics of its current version, or none once it is closed.
func (s *server) publish(u uri.URI) {
	s.mu.Lock()
	d := s.docs[u]
	if d == nil {
		_, had := s.published[u]
		delete(s.published, u)
		s.mu.Unlock()
		if had {
			s.notify(&protocol.PublishDiagnosticsParams{URI: u, Diagnostics: []protocol.Diagnostic{}})
		}
		return
	}
	key := docKey{version: d.version, gen: s.gen}
	if p, ok := s.published[u]; ok && p.doc == d && p.key == key {
		s.mu.Unlock()
		return
	}
	a, f := s.begin(d)
	s.mu.Unlock()
	if f != nil {
		var err error
		if a, err = wait(s.ctx, f); err != nil {
			// A newer version or configuration replaced this one, and
			// is queued; or the server is stopping.
			return
		}
	}
	s.mu.Lock()
	if s.docs[u] != d || a.key != (docKey{version: d.version, gen: s.gen}) || s.state == stateShutDown {
		s.mu.Unlock()
		return
	}
	s.published[u] = published{doc: d, key: a.key}
	s.mu.Unlock()
	s.notify(&protocol.PublishDiagnosticsParams{
		URI:         u,
		Version:     protocol.NewOptional(a.key.version),
		Diagnostics: a.diagnostics,
	})
}

// notify sends diagnostics to the client.
func (s *server) notify(params *protocol.PublishDiagnosticsParams) {
	if err := s.client.PublishDiagnostics(s.ctx, params); err != nil && s.ctx.Err() == nil {
		s.log.Warn().Err(err).Str("uri", string(params.URI)).Msg("publishing diagnostics")
	}
}
