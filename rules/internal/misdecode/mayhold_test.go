package misdecode

import (
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint/article"
	"github.com/newslint/newslint/lint/linttest"
)

// referenceMayHold is mayHold as it was before it skipped ASCII eight bytes
// at a time.
func (cs *codecSet) referenceMayHold(s string) bool {
	var leads uint8
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			leads = 0
			i++
			continue
		case c >= 0xF0:
			leads = 0
			i += 4
			continue
		case c >= 0xE3 && c != 0xEF:
			leads = 0
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r <= 0x9F {
			return true
		}
		bits := cs.role(r)
		if leads != 0 && (r == utf8.RuneError || (bits>>1)&leads != 0) {
			return true
		}
		leads = bits & (leadBit | leadBit<<2 | leadBit<<4)
	}
	return false
}

// checkMayHold compares mayHold with referenceMayHold on s and on every
// suffix of it that starts a character.
func checkMayHold(t *testing.T, cs *codecSet, s string) {
	t.Helper()
	for i := range s {
		if got, want := cs.mayHold(s[i:]), cs.referenceMayHold(s[i:]); got != want {
			t.Fatalf("mayHold(%q) = %v, want %v", s[i:], got, want)
		}
	}
}

// TestMayHoldCorpus compares mayHold with the reference on every block of
// the shared corpus.
func TestMayHoldCorpus(t *testing.T) {
	cs := newCodecSet()
	for _, ca := range linttest.Corpus(t) {
		src := ca.Read(t)
		a, err := article.Parse(ca.Path, src, article.Text)
		if err != nil {
			t.Fatal(err)
		}
		for i := range a.Blocks {
			s := a.Text(a.Blocks[i].Span)
			if got, want := cs.mayHold(s), cs.referenceMayHold(s); got != want {
				t.Errorf("%s: mayHold(%q) = %v, want %v", ca.Path, s, got, want)
			}
		}
	}
}

// FuzzMayHold compares mayHold with the reference on arbitrary text.
func FuzzMayHold(f *testing.F) {
	for _, s := range []string{"cafÃ©", "plain ASCII, long enough for eight bytes at a time: Ã©", "\u0093x\u0094", "Ð¿Ñ€", "日本語 text Ã"} {
		f.Add(s)
	}
	cs := newCodecSet()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkMayHold(t, cs, s)
	})
}
