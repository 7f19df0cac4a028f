// Package lsp is newslint's language server: it speaks the Language Server
// Protocol over a pair of streams (standard input and output for
// "newslint lsp") so that editors lint articles as they are written.
//
// The server lints the text the editor holds, saved or not: it publishes
// diagnostics when a document is opened and after every change, offers a
// code action for each fix a finding carries (safe fixes as preferred quick
// fixes, unsafe ones labeled "(unsafe)"), a source.fixAll.newslint action
// and document formatting that apply every safe fix through the engine's
// fix loop. Positions are exchanged in UTF-8 when the client offers it and
// in UTF-16 otherwise. Each document uses the .newslint.yaml nearest to it,
// read again whenever it is linted, and open documents are linted again
// when a configuration file changes.
//
// The protocol types come from go.lsp.dev/protocol and the JSON-RPC 2.0
// transport from go.lsp.dev/jsonrpc2. Notifications are handled in the
// order they arrive, so that document changes apply in order; linting runs
// in the background, once per version of a document, and requests that
// wait for it can be canceled.
package lsp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/newslint/newslint/lint"
)

// Options configure a language server.
type Options struct {
	// Linter runs the rules; it is required.
	Linter *lint.Linter
	// Log receives the server's log messages. It must not write to the
	// stream the protocol is spoken on; standard error is the usual
	// place.
	Log zerolog.Logger
	// Config, when not "", is the configuration file every document uses
	// (the --config flag); otherwise each document uses the .newslint.yaml
	// nearest to it.
	Config string
	// Version is the server version reported to the client.
	Version string
}

// ErrExitWithoutShutdown is returned by Serve when the client sent the exit
// notification without asking the server to shut down first. The protocol
// asks the server process to exit with status 1 then.
var ErrExitWithoutShutdown = errors.New("lsp: exit without shutdown")

// exitTimeout bounds how long Serve waits for the connection to close after
// the exit notification: a read blocked on standard input cannot always be
// interrupted, and the process is about to end anyway.
const exitTimeout = 2 * time.Second

// Serve runs a language server that reads requests from in and writes
// responses and notifications to out, framed with Content-Length headers as
// the protocol prescribes. It returns when the client sends the exit
// notification, when in reaches its end, or when ctx is canceled. It returns
// nil after an orderly shutdown and exit or at the end of the input, and
// ErrExitWithoutShutdown when the client exits without asking for a
// shutdown first.
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) error {
	if opts.Linter == nil {
		return errors.New("lsp: Options.Linter is required")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	conn := jsonrpc2.NewConn(jsonrpc2.NewHeaderStream(&stdio{in: in, out: out}), jsonrpc2.WithCodec(codec{}))
	s := newServer(ctx, opts, protocol.ClientDispatcher(conn))
	conn.Go(ctx, protocol.CancelHandler(s.guard(protocol.ServerHandler(s, jsonrpc2.MethodNotFoundHandler))))
	s.start()

	var err error
	select {
	case <-conn.Done():
		if cerr := conn.Err(); cerr != nil {
			err = fmt.Errorf("lsp: reading from the client: %w", cerr)
		}
		s.log.Debug().Msg("the client closed the connection")
	case <-s.exited:
		if !s.wasShutDown() {
			err = ErrExitWithoutShutdown
		}
		s.log.Debug().Msg("exit")
	case <-ctx.Done():
		err = ctx.Err()
	}
	cancel()
	s.stop()
	closeConn(conn)
	return err
}

// closeConn closes the connection, waiting at most exitTimeout.
func closeConn(conn jsonrpc2.Conn) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = conn.Close()
	}()
	select {
	case <-done:
	case <-time.After(exitTimeout):
	}
}

// stdio joins a reader and a writer into the io.ReadWriteCloser a stream
// needs. Close closes the reader when it can be closed, which ends a read
// in progress on a pipe.
type stdio struct {
	in  io.Reader
	out io.Writer
}

func (s *stdio) Read(p []byte) (int, error)  { return s.in.Read(p) }
func (s *stdio) Write(p []byte) (int, error) { return s.out.Write(p) }

func (s *stdio) Close() error {
	if c, ok := s.in.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// codec marshals request parameters and results with the protocol
// package's union-aware encoder, and passes raw JSON through unchanged.
type codec struct{}

func (codec) Marshal(v any) ([]byte, error) {
	switch m := v.(type) {
	case jsonrpc2.RawMessage:
		if m == nil {
			return []byte("null"), nil
		}
		return m, nil
	case *jsonrpc2.RawMessage:
		if m == nil || *m == nil {
			return []byte("null"), nil
		}
		return *m, nil
	}
	return protocol.Marshal(v)
}

func (codec) Unmarshal(data []byte, v any) error {
	if p, ok := v.(*jsonrpc2.RawMessage); ok {
		*p = append(jsonrpc2.RawMessage(nil), data...)
		return nil
	}
	return protocol.Unmarshal(data, v)
}

// guard wraps the protocol handler with the life cycle rules of the
// protocol: requests before initialize fail with ServerNotInitialized,
// requests after shutdown with InvalidRequest, and notifications in either
// state other than exit are dropped. It never lets a notification's error
// or a panic end the connection: they are logged instead.
//
// Messages are handled one at a time in the order they arrive, on the
// connection's reading goroutine, so that document changes apply in order;
// notifications never wait for linting. A request that has to wait takes
// what it needs from the server's state first, then calls release to let
// the messages that follow it be read, a $/cancelRequest among them. Every
// request is released by the time it returns: the connection must not
// recycle a request's context while the cancellation handler, which
// derived a context from it, may still watch it.
func (s *server) guard(next jsonrpc2.Handler) jsonrpc2.Handler {
	return func(ctx context.Context, req *jsonrpc2.Request) (result any, err error) {
		call := req.IsCall()
		// The method points into the connection's read buffer, which
		// the next message overwrites once the request is released.
		method := strings.Clone(req.Method())
		if call {
			var once sync.Once
			rel := func() { once.Do(func() { jsonrpc2.Async(ctx) }) }
			defer rel()
			ctx = context.WithValue(ctx, releaseKey{}, rel)
		}
		defer func() {
			if p := recover(); p != nil {
				s.log.Error().Str("method", method).Str("stack", string(debug.Stack())).Msgf("internal error: %v", p)
				result, err = nil, jsonrpc2.Errorf(jsonrpc2.InternalError, "newslint: internal error in %s: %v", method, p)
			}
			if !call && err != nil {
				s.log.Warn().Err(err).Str("method", method).Msg("notification failed")
				result, err = nil, nil
			}
		}()
		switch st := s.lifecycle(); {
		case method == protocol.MethodExit:
		case st == stateNew && method != protocol.MethodInitialize:
			if !call {
				s.log.Debug().Str("method", method).Msg("notification before initialize: dropped")
				return nil, nil
			}
			return nil, jsonrpc2.Errorf(jsonrpc2.ServerNotInitialized, "%s before initialize", method)
		case st == stateShutDown:
			if !call {
				return nil, nil
			}
			return nil, jsonrpc2.Errorf(jsonrpc2.InvalidRequest, "%s after shutdown", method)
		}
		start := time.Now()
		result, err = next(ctx, req)
		ev := s.log.Trace()
		if call && err != nil {
			ev = s.log.Debug().Err(err)
		}
		ev.Str("method", method).Dur("took", time.Since(start)).Msg("handled")
		return result, err
	}
}

// releaseKey is the context key of a request's release function.
type releaseKey struct{}

// release lets the server read the messages that follow the request whose
// context is ctx while the request goes on. It does nothing the second
// time, or outside a request.
func release(ctx context.Context) {
	if rel, ok := ctx.Value(releaseKey{}).(func()); ok {
		rel()
	}
}
