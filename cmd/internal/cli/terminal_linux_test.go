package cli_test

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/newslint/newslint/cmd/internal/cli"
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
				"   |                   ^\n"
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
