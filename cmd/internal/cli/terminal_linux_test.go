package cli_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/newslint/newslint/cmd/internal/cli"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/trailingwhitespace"
)

// openPTY opens a pseudo-terminal and returns its controlling side and the
// terminal the program writes to.
func openPTY(t *testing.T) (ptmx, tty *os.File) {
	t.Helper()
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	t.Cleanup(func() { ptmx.Close() })
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptmx.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlocking the pseudo-terminal: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptmx.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("naming the pseudo-terminal: %v", e)
	}
	tty, err = os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("opening the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { tty.Close() })
	return ptmx, tty
}

// TestTerminalOutput checks that text output on a terminal shows the source
// line with a marker, in color unless NO_COLOR or --no-color says not to.
func TestTerminalOutput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte("Storm closes ports \n\nBody.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		noColor string
		args    []string
		color   bool
	}{
		{"color", "", nil, true},
		{"NO_COLOR", "1", nil, false},
		{"--no-color", "", []string{"--no-color"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ptmx, tty := openPTY(t)
			c := &cli.Command{
				Stdout: tty,
				Stderr: io.Discard,
				Getenv: func(k string) string {
					switch k {
					case "NO_COLOR":
						return tt.noColor
					case "TERM":
						return "xterm"
					}
					return ""
				},
			}
			args := append([]string{"check", "--select", "trailing-whitespace"}, tt.args...)
			if code := c.Main(append(args, path)); code != cli.ExitFindings {
				t.Fatalf("exit code %d", code)
			}
			tty.Close()
			out, _ := io.ReadAll(ptmx) // ends with EIO once the terminal is closed
			got := strings.ReplaceAll(string(out), "\r\n", "\n")
			if strings.Contains(got, "\x1b[") != tt.color {
				t.Errorf("colors: %v, want %v:\n%q", !tt.color, tt.color, got)
			}
			plain := stripANSI(got)
			want := path + ":1:19: warning: trailing white space: a space [trailing-whitespace]\n" +
				" 1 | Storm closes ports \n" +
				"   |                   ^\n" +
				"Found 1 problem (1 warning) in 1 file; 1 fixable with \"newslint fix " + shellQuote(path) + "\".\n"
			if plain != want {
				t.Errorf("got\n%s\nwant\n%s", plain, want)
			}
		})
	}
}

// stripANSI removes ANSI color sequences.
func stripANSI(s string) string {
	var sb strings.Builder
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		sb.WriteString(s[:i])
		j := strings.IndexByte(s[i:], 'm')
		if j < 0 {
			return sb.String()
		}
		s = s[i+j+1:]
	}
}

// shellQuote quotes s for a POSIX shell, as the summary line does.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// TestProgressBar checks that a run over many files shows a progress bar
// on a terminal, erased before findings are written to the same terminal
// and at the end, and that the bar stays away with --quiet, TERM=dumb and
// short runs.
func TestProgressBar(t *testing.T) {
	dir := t.TempDir()
	var many []string
	for i := range 60 {
		p := filepath.Join(dir, "a"+strconv.Itoa(i)+".txt")
		many = append(many, p)
		if err := os.WriteFile(p, []byte("Storm closes ports \n\nBody.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name  string
		term  string
		args  []string
		paths []string
		bar   bool
	}{
		{"many files", "xterm", nil, many, true},
		{"--quiet", "xterm", []string{"--quiet"}, many, false},
		{"TERM=dumb", "dumb", nil, many, false},
		{"few files", "xterm", nil, many[:3], false},
		// A run that lasts shows the bar, however few its files.
		{"few slow files", "xterm", []string{"--select", "slow", "-j", "1"}, many[:2], true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ptmx, tty := openPTY(t)
			read := make(chan string)
			go func() {
				out, _ := io.ReadAll(ptmx) // ends with EIO once the terminal is closed
				read <- string(out)
			}()
			c := &cli.Command{
				Stdout: tty,
				Stderr: tty,
				Getenv: func(k string) string {
					if k == "TERM" {
						return tt.term
					}
					return ""
				},
				Rules: func() []*lint.Rule { return []*lint.Rule{trailingwhitespace.New(), slowRule()} },
			}
			args := append([]string{"check", "--select", "trailing-whitespace", "--no-color"}, tt.args...)
			if code := c.Main(append(args, tt.paths...)); code != cli.ExitFindings {
				t.Fatalf("exit code %d", code)
			}
			tty.Close()
			out := <-read
			if got := strings.Contains(out, "Checking ["); got != tt.bar {
				t.Fatalf("progress bar shown: %v, want %v:\n%q", got, tt.bar, out)
			}
			findings := 0
			for _, line := range strings.Split(out, "\n") {
				// What the line shows: the text after the last carriage
				// return, less the erasing sequences.
				line = strings.TrimSuffix(line, "\r")
				if i := strings.LastIndexByte(line, '\r'); i >= 0 {
					line = line[i+1:]
				}
				line = strings.ReplaceAll(line, "\x1b[K", "")
				if strings.Contains(line, "warning:") {
					findings++
					if !strings.HasPrefix(line, dir) {
						t.Errorf("finding mixed with the progress bar: %q", line)
					}
				}
			}
			if findings != len(tt.paths) {
				t.Errorf("%d findings shown, want %d", findings, len(tt.paths))
			}
			if i := strings.LastIndex(out, "Checking ["); i >= 0 && !strings.Contains(out[i:], "\r\x1b[K") {
				t.Errorf("the progress bar is not erased at the end: %q", out[i:])
			}
		})
	}
}

// slowRule returns a rule that takes 700 milliseconds over each article.
func slowRule() *lint.Rule {
	return &lint.Rule{
		Name:     "slow",
		Doc:      "Takes its time.\n",
		Severity: lint.Info,
		Run: func(ctx context.Context, _ *lint.Pass) error {
			select {
			case <-time.After(700 * time.Millisecond):
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		},
	}
}
