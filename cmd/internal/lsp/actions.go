package lsp

import (
	"context"
	"strings"

	"github.com/aymanbagabas/go-udiff"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/newslint/newslint/lint"
)

// CodeAction offers a code action for each fix of the findings in the
// requested range: safe fixes as preferred quick fixes, unsafe ones
// labeled as such. It also offers the source.fixAll.newslint action, which
// applies every safe fix in the document, when there is one to apply.
func (s *server) CodeAction(ctx context.Context, params *protocol.CodeActionParams) ([]protocol.CommandOrCodeAction, error) {
	a, err := s.current(ctx, params.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	documentChanges := s.caps.documentChanges
	s.mu.Unlock()
	actions := []protocol.CommandOrCodeAction{}
	if a.article == nil {
		return actions, nil
	}
	only := params.Context.Only
	from, to := a.index.offset(params.Range.Start, a.enc), a.index.offset(params.Range.End, a.enc)
	anySafe := false
	for i := range a.findings {
		f := &a.findings[i]
		preferred := false
		for _, fix := range f.Fixes {
			anySafe = anySafe || fix.Applicability == lint.Safe
			pos, end := findingRange(f)
			if !allows(only, protocol.CodeActionKindQuickFix) || pos > to || end < from {
				continue
			}
			title := f.Rule + ": " + fix.Message
			if fix.Applicability == lint.Unsafe {
				title += " (unsafe)"
			}
			edits, err := a.index.textEdits(fix.Edits, a.enc)
			if err != nil {
				s.log.Error().Err(err).Str("rule", f.Rule).Msg("invalid fix")
				continue
			}
			action := &protocol.CodeAction{
				Title:       title,
				Kind:        ptr(protocol.CodeActionKindQuickFix),
				Diagnostics: []protocol.Diagnostic{a.diagnostics[i]},
				Edit:        a.workspaceEdit(edits, documentChanges),
			}
			if fix.Applicability == lint.Safe && !preferred {
				preferred = true
				action.IsPreferred = ptr(true)
			}
			actions = append(actions, action)
		}
	}
	if anySafe && allows(only, fixAllKind) {
		edits, err := s.fixAllEdits(ctx, a)
		if err != nil {
			return nil, err
		}
		if len(edits) > 0 {
			actions = append(actions, &protocol.CodeAction{
				Title: serverName + ": apply all safe fixes",
				Kind:  ptr(fixAllKind),
				Edit:  a.workspaceEdit(edits, documentChanges),
			})
		}
	}
	return actions, nil
}

// Formatting applies every safe fix, as the command "newslint fix" does,
// and returns the changes as edits.
func (s *server) Formatting(ctx context.Context, params *protocol.DocumentFormattingParams) ([]protocol.TextEdit, error) {
	a, err := s.current(ctx, params.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	return s.fixAllEdits(ctx, a)
}

// fixAllEdits returns the edits that turn the analyzed text into the text
// with every safe fix applied: the smallest changes, character by
// character.
func (s *server) fixAllEdits(ctx context.Context, a *analysis) ([]protocol.TextEdit, error) {
	fixed, err := a.fixedText(ctx, s.opts.Linter)
	if err != nil {
		return nil, requestError(ctx, err)
	}
	diff := udiff.Strings(a.index.text, fixed)
	edits := make([]lint.Edit, len(diff))
	for i, e := range diff {
		edits[i] = lint.Edit{Pos: e.Start, End: e.End, NewText: e.New}
	}
	return a.index.textEdits(edits, a.enc)
}

// workspaceEdit wraps edits of the analyzed document: as an edit of its
// version when the client supports those, so that it refuses to apply the
// edit to a newer text, else as plain changes.
func (a *analysis) workspaceEdit(edits []protocol.TextEdit, versioned bool) *protocol.WorkspaceEdit {
	if !versioned {
		return &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{a.uri: edits}}
	}
	elems := make([]protocol.TextDocumentEditElement, len(edits))
	for i := range edits {
		elems[i] = &edits[i]
	}
	return &protocol.WorkspaceEdit{DocumentChanges: []protocol.DocumentChange{
		&protocol.TextDocumentEdit{
			TextDocument: protocol.OptionalVersionedTextDocumentIdentifier{
				TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: a.uri},
				Version:                ptr(a.key.version),
			},
			Edits: elems,
		},
	}}
}

// allows reports whether a code action of the given kind may be returned
// for a request that asks only for some kinds. Kinds are hierarchical:
// asking for "source" allows "source.fixAll.newslint".
func allows(only []protocol.CodeActionKind, kind protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if kind == o || strings.HasPrefix(string(kind), string(o)+".") {
			return true
		}
	}
	return false
}
