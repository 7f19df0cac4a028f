package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// The progress bar appears on a terminal for runs over progressFiles
// files at once, and for any run of two files or more once it has lasted
// progressDelay. It is redrawn every progressTick.
const (
	progressFiles = 50
	progressDelay = time.Second
	progressTick  = 100 * time.Millisecond
)

// console coordinates the command's output streams with a status line
// (the progress bar) drawn on the terminal of standard error: the status
// line is erased before anything else is written to a terminal, and drawn
// again at the next tick.
type console struct {
	mu     sync.Mutex
	status *stream // where the status line is drawn; nil when none
	shown  bool    // the status line is on screen
}

// stream is an output stream of the command. Its writes are serialized
// with the other streams' and with the status line.
type stream struct {
	c   *console
	w   io.Writer
	tty bool // w is a terminal
}

func (c *console) stream(w io.Writer) *stream {
	return &stream{c: c, w: w, tty: isTerminal(w)}
}

func (s *stream) Write(p []byte) (int, error) {
	s.c.mu.Lock()
	defer s.c.mu.Unlock()
	if s.tty {
		s.c.eraseLocked()
	}
	return s.w.Write(p)
}

// eraseLocked erases the status line. c.mu is held.
func (c *console) eraseLocked() {
	if c.shown {
		c.shown = false
		_, _ = io.WriteString(c.status.w, "\r\x1b[K")
	}
}

// drawLocked draws the status line. c.mu is held.
func (c *console) drawLocked(line string) {
	c.shown = true
	_, _ = io.WriteString(c.status.w, "\r"+line+"\x1b[K")
}

// progress is a progress bar for a run over many files.
type progress struct {
	c     *console
	verb  string // "Checking" or "Fixing"
	total int
	start time.Time
	width int // the terminal's width in columns

	done    int  // files done; c.mu guards it
	visible bool // the run is long enough to show the bar; c.mu guards it
	stop    chan struct{}
	wg      sync.WaitGroup
}

// startProgress starts a progress bar for a run over total files when
// standard error is a terminal and the user has not asked for quiet. It
// returns nil otherwise; the methods of a nil progress do nothing.
func (r *runner) startProgress(verb string, total int) *progress {
	e := r.e
	errOut, ok := e.c.Stderr.(*stream)
	if r.flags.quiet || total < 2 || !ok || !errOut.tty || e.c.Getenv("TERM") == "dumb" {
		return nil
	}
	p := &progress{c: errOut.c, verb: verb, total: total, start: time.Now(), width: 80, stop: make(chan struct{})}
	if f, ok := errOut.w.(interface{ Fd() uintptr }); ok {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			p.width = w
		}
	}
	p.c.mu.Lock()
	p.c.status = errOut
	if total > progressFiles {
		p.visible = true
		p.c.drawLocked(p.line())
	}
	p.c.mu.Unlock()
	p.wg.Go(p.loop)
	return p
}

// loop redraws the bar at each tick until stop is closed.
func (p *progress) loop() {
	t := time.NewTicker(progressTick)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case now := <-t.C:
			p.c.mu.Lock()
			if !p.visible && now.Sub(p.start) >= progressDelay {
				p.visible = true
			}
			if p.visible {
				p.c.drawLocked(p.line())
			}
			p.c.mu.Unlock()
		}
	}
}

// advance counts one more file done.
func (p *progress) advance() {
	if p == nil {
		return
	}
	p.c.mu.Lock()
	p.done++
	p.c.mu.Unlock()
}

// finish erases the bar for good.
func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
	p.c.mu.Lock()
	p.c.eraseLocked()
	p.c.status = nil
	p.c.mu.Unlock()
}

// line returns the bar as drawn: "Checking [=====>    ] 120/400 files",
// fitted to the terminal's width.
func (p *progress) line() string {
	count := fmt.Sprintf(" %d/%d files", p.done, p.total)
	// The bar takes what is left of the line, within limits; the last
	// column stays free so that the terminal does not wrap.
	barWidth := min(40, p.width-1-len(p.verb)-len(count)-3)
	if barWidth < 10 {
		return p.verb + count
	}
	filled := barWidth * p.done / p.total
	bar := strings.Repeat("=", filled)
	if filled < barWidth {
		bar += ">" + strings.Repeat(" ", barWidth-filled-1)
	}
	return p.verb + " [" + bar + "]" + count
}
