// Package lint is newslint's engine: rules inspect a parsed article and
// report findings over byte ranges of its source, findings carry fixes made
// of text edits, and the engine applies fixes until the article is stable.
//
// The design follows golang.org/x/tools/go/analysis: a Rule is a plain value
// (like an Analyzer), a Finding is a Diagnostic, a Fix is a SuggestedFix and
// an Edit is a TextEdit. Fixes from different findings are independent edits
// to one baseline text; the engine merges them.
package lint

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/newslint/newslint/lint/article"
)

// Severity is how serious a finding is.
type Severity int

// The severities, in increasing order. The zero value means "the rule's
// default" in a Finding a rule reports.
const (
	Info Severity = iota + 1
	Warning
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity parses "info", "warning" or "error".
func ParseSeverity(name string) (Severity, error) {
	switch strings.ToLower(name) {
	case "info":
		return Info, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", name)
}

// Applicability tells whether a fix may be applied without a person's review.
type Applicability int

// The applicabilities.
const (
	// Safe fixes keep every word of the article: they change only layout
	// and encoding (white space, invisible characters, normalization).
	Safe Applicability = iota
	// Unsafe fixes remove or change words; they are applied only when the
	// user asks for them.
	Unsafe
)

// String returns "safe" or "unsafe".
func (a Applicability) String() string {
	if a == Unsafe {
		return "unsafe"
	}
	return "safe"
}

// MarshalText implements encoding.TextMarshaler.
func (a Applicability) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// Fixability describes which kinds of fix a rule can offer.
type Fixability int

// Fixability flags.
const (
	NoFix     Fixability = 0
	SafeFix   Fixability = 1 // the rule offers safe fixes
	UnsafeFix Fixability = 2 // the rule offers unsafe fixes
)

// String returns "safe", "unsafe", "safe, unsafe" or "none".
func (f Fixability) String() string {
	switch f {
	case SafeFix:
		return "safe"
	case UnsafeFix:
		return "unsafe"
	case SafeFix | UnsafeFix:
		return "safe, unsafe"
	}
	return "none"
}

// Edit replaces the bytes [Pos, End) of the source with NewText. Pos == End
// is an insertion.
type Edit struct {
	Pos, End int
	NewText  string
}

// Fix is one way to repair a finding: a set of non-overlapping edits that
// are applied together or not at all.
type Fix struct {
	Message       string
	Applicability Applicability
	Edits         []Edit
}

// WholeFile is the Pos and End of a finding that concerns the whole file
// rather than a range of it.
const WholeFile = -1

// Finding is a problem a rule found in an article.
type Finding struct {
	Rule     string
	Severity Severity
	Message  string
	// Pos and End delimit the offending bytes; both are WholeFile for a
	// finding about the whole file.
	Pos, End int
	Fixes    []Fix
	// Data carries rule-specific facts for machine-readable output, such
	// as the language a mixed-language finding detected.
	Data map[string]string
}

// Rule is one check. Rules are plain values: the engine runs them, applies
// configuration and suppressions, and positions their findings.
type Rule struct {
	// Name is the rule's public, stable name, such as
	// "trailing-whitespace".
	Name string
	// Doc is the rule's documentation in Markdown. Its first line is a
	// one-sentence summary; the rest explains the rule and gives an
	// example (see rules/doc.md).
	Doc string
	// Severity is the default severity of the rule's findings.
	Severity Severity
	// Fixable tells which kinds of fix the rule offers.
	Fixable Fixability
	// Options, when not nil, returns a pointer to a new value holding the
	// rule's default options; configuration is decoded into it (by the
	// value's yaml field tags) and, when the value is an OptionsValidator,
	// checked with Validate.
	Options func() any
	// Run inspects pass.Article and reports findings with pass.Report.
	Run func(ctx context.Context, pass *Pass) error
}

// Summary returns the first line of the rule's documentation.
func (r *Rule) Summary() string {
	s, _, _ := strings.Cut(strings.TrimSpace(r.Doc), "\n")
	return strings.TrimSpace(s)
}

// OptionsValidator is implemented by rule options that check their values
// beyond their types, such as ranges. Configuration loading calls Validate
// after decoding and reports its error at the rule's settings.
type OptionsValidator interface {
	Validate() error
}

// Pass is what one rule sees of one article.
type Pass struct {
	Rule    *Rule
	Article *article.Article
	// Options is the rule's options (from Rule.Options, with the
	// configuration applied), or nil.
	Options any
	// Settings are the effective settings for the article.
	Settings *Settings

	report func(Finding)
	memo   *memo
}

// Report records a finding. Rule is filled in, and a zero Severity becomes
// the rule's default.
func (p *Pass) Report(f Finding) {
	f.Rule = p.Rule.Name
	if f.Severity == 0 {
		f.Severity = p.Rule.Severity
	}
	p.report(f)
}

// Reportf records a finding without fixes over [pos, end).
func (p *Pass) Reportf(pos, end int, format string, args ...any) {
	p.Report(Finding{Pos: pos, End: end, Message: fmt.Sprintf(format, args...)})
}

// Memo returns the value stored under key for the article of this Lint
// call, calling compute to make it the first time any rule asks. Rules use
// it to share work that depends only on the article and its settings, such
// as identifying the article's language, instead of each repeating it.
//
// Values live for one Linter.Lint call: the next call, or the next round of
// the fix loop, starts afresh. compute runs at most once per key, even when
// callers ask concurrently; its error is remembered and returned like its
// value. Values are shared, so callers must not modify them.
//
// Like a context key, key must be comparable and should be a value of an
// unexported type of the package that owns the value, so that packages
// cannot collide; it may carry the parameters the value depends on. Memo
// panics when key is not comparable. A Pass not made by the engine has no
// store, and Memo just calls compute.
func (p *Pass) Memo(key any, compute func() (any, error)) (any, error) {
	if p.memo == nil {
		return compute()
	}
	return p.memo.get(key, compute)
}

// memo is the store behind Pass.Memo, shared by the passes of one Lint
// call.
type memo struct {
	mu      sync.Mutex
	entries map[any]*memoEntry
}

// memoEntry is one value of a memo, computed once.
type memoEntry struct {
	once sync.Once
	val  any
	err  error
}

func (m *memo) get(key any, compute func() (any, error)) (any, error) {
	m.mu.Lock()
	if m.entries == nil {
		m.entries = map[any]*memoEntry{}
	}
	e, ok := m.entries[key]
	if !ok {
		e = &memoEntry{}
		m.entries[key] = e
	}
	m.mu.Unlock()
	e.once.Do(func() {
		// compute may panic: the engine turns the panic into an
		// error for the rule that asked, and later callers get
		// this error instead of a missing value.
		e.err = fmt.Errorf("lint: computing the value for %T panicked", key)
		e.val, e.err = compute()
	})
	return e.val, e.err
}
