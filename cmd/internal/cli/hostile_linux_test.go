package cli_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newslint/newslint/lint/linttest/synthetic"
)

// The hostile-input suite runs the newslint binary, built for the test,
// on inputs made to break it, and checks that each run ends in bounded
// time and memory with a clear message and the right exit code. The inputs
// are generated in the test; the large ones (tens of megabytes) are left
// out with -short.

// buildNewslint builds the newslint command into a folder that every user
// can read, and returns the binary's path.
func buildNewslint(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not available to build newslint")
	}
	dir := t.TempDir()
	openToAll(t, dir)
	bin := filepath.Join(dir, "newslint")
	cmd := exec.Command(goTool, "build", "-o", bin, "github.com/newslint/newslint/cmd/newslint")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// openToAll makes dir and its parent (the test's temporary folder)
// readable and searchable by every user, for runs as another user.
func openToAll(t *testing.T, dir string) {
	t.Helper()
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// result is the outcome of a run of the binary.
type result struct {
	code           int
	stdout, stderr string
	maxRSS         int64 // peak resident memory, bytes
	elapsed        time.Duration
}

// runOptions adjust a run of the binary.
type runOptions struct {
	// timeout ends the run with a failure; 0 means two minutes.
	timeout time.Duration
	// nobody runs the binary as the user nobody when the test runs as
	// root, so that file permissions apply.
	nobody bool
}

// gnuTime is GNU time (Debian's time package), which measures the peak
// memory of a program. Without it, memory is not checked.
const gnuTime = "/usr/bin/time"

// nobodyID is the user and group id of the user nobody.
const nobodyID = 65534

// runBinary runs bin with args in dir and returns what it did. It fails
// the test when the run does not end within the timeout.
func runBinary(t *testing.T, bin, dir string, opts runOptions, args ...string) result {
	t.Helper()
	if opts.timeout == 0 {
		opts.timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), opts.timeout)
	defer cancel()
	// The peak memory of a child of this process counts the memory of
	// this process (Linux records it when the child starts the program),
	// so it is measured by GNU time, whose child starts afresh.
	rssFile := ""
	if _, err := os.Stat(gnuTime); err == nil {
		rssDir := t.TempDir()
		// The program may run as nobody, who must be able to write.
		openToAll(t, rssDir)
		if err := os.Chmod(rssDir, 0o777); err != nil {
			t.Fatal(err)
		}
		rssFile = filepath.Join(rssDir, "rss")
		args = append([]string{"-f", "%M", "-o", rssFile, "--", bin}, args...)
		bin = gnuTime
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if opts.nobody && os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobodyID, Gid: nobodyID}}
	}
	start := time.Now()
	err := cmd.Run()
	res := result{elapsed: time.Since(start), stdout: stdout.String(), stderr: stderr.String()}
	if ctx.Err() != nil {
		t.Fatalf("newslint %s did not end within %v", strings.Join(args, " "), opts.timeout)
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		res.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("newslint %s: %v", strings.Join(args, " "), err)
	}
	if rssFile != "" {
		data, err := os.ReadFile(rssFile)
		if err != nil {
			t.Fatal(err)
		}
		// GNU time writes a line about the exit status before the
		// figure when the program exits with a status other than 0.
		fields := strings.Fields(string(data))
		if len(fields) == 0 {
			t.Fatalf("%s wrote no peak memory", gnuTime)
		}
		kb, err := strconv.ParseInt(fields[len(fields)-1], 10, 64)
		if err != nil {
			t.Fatalf("%s: peak memory %q: %v", gnuTime, data, err)
		}
		res.maxRSS = kb << 10
	}
	return res
}

// hostileCase is one hostile input.
type hostileCase struct {
	name string
	// large cases are left out with -short.
	large bool
	// setup writes the input into dir and returns the arguments of the
	// run and the size of the input in bytes.
	setup func(t *testing.T, dir string) (args []string, size int)
	// nobody runs newslint as the user nobody (see runOptions).
	nobody bool
	// code is the expected exit code; stderr, when not empty, a regular
	// expression standard error must match, else it must be empty.
	code   int
	stderr string
	// timeout bounds the run; 0 means two minutes.
	timeout time.Duration
}

// writeFiles writes files into dir and returns their total size.
func writeFiles(t *testing.T, dir string, files map[string]string) int {
	t.Helper()
	size := 0
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		size += len(data)
	}
	return size
}

// one returns a setup that writes one file and checks it.
func one(name, data string) func(*testing.T, string) ([]string, int) {
	return func(t *testing.T, dir string) ([]string, int) {
		return []string{"check", name}, writeFiles(t, dir, map[string]string{name: data})
	}
}

// deepMarkdown returns Markdown nested depth levels deep in block quotes,
// lists, links and emphasis, and a list indented 100 levels deep.
func deepMarkdown(depth int) string {
	var sb strings.Builder
	sb.WriteString("# Deeply nested\n\n")
	sb.WriteString(strings.Repeat("> ", depth) + "Quoted text.\n\n")
	sb.WriteString(strings.Repeat("- ", depth) + "Listed text.\n\n")
	sb.WriteString(strings.Repeat("> - 1. ", depth) + "Mixed text.\n\n")
	for i := range 100 {
		sb.WriteString(strings.Repeat("  ", i) + "- Item " + strconv.Itoa(i) + ".\n")
	}
	sb.WriteString("\n" + strings.Repeat("[", depth) + "Linked" + strings.Repeat("](https://example.com)", depth) + "\n\n")
	sb.WriteString(strings.Repeat("*", depth) + "Emphasized" + strings.Repeat("*", depth) + "\n\n")
	sb.WriteString(strings.Repeat("<div>", depth) + "\n")
	return sb.String()
}

// lazy returns a setup that writes one file made by gen, with a generator
// of its own, when the case runs, and checks it.
func lazy(name string, gen func(g *synthetic.Generator) string) func(*testing.T, string) ([]string, int) {
	return func(t *testing.T, dir string) ([]string, int) {
		return one(name, gen(synthetic.New(3)))(t, dir)
	}
}

func hostileCases() []hostileCase {
	return []hostileCase{
		{
			name:   "invalid UTF-8",
			setup:  one("latin1.txt", "Headline\n\nCaf\xe9 au lait.\n"),
			code:   2,
			stderr: `^latin1.txt:3:4: error: invalid UTF-8 \(byte 0xE9\); newslint reads UTF-8 text only\n$`,
		},
		{
			name:   "UTF-16 with a byte order mark",
			setup:  one("utf16.txt", "\xff\xfeH\x00e\x00a\x00d\x00\n\x00"),
			code:   2,
			stderr: `^utf16.txt: error: file is UTF-16 \(it starts with a UTF-16 byte order mark\); convert it to UTF-8\n$`,
		},
		{
			name:   "NUL bytes",
			setup:  one("binary.txt", "Headline\n\nab\x00\x00\x01\x02cd\n"),
			code:   2,
			stderr: `^binary.txt:3:3: error: NUL byte: this looks like a binary file, not a text article\n$`,
		},
		{
			name:  "empty file",
			setup: one("empty.txt", ""),
			code:  0,
		},
		{
			name:    "50 MB file",
			large:   true,
			setup:   lazy("big.txt", func(g *synthetic.Generator) string { return g.Article(50 << 20) }),
			code:    0,
			timeout: 10 * time.Minute,
		},
		{
			name:    "10 MB single line",
			large:   true,
			setup:   lazy("line.txt", func(g *synthetic.Generator) string { return g.LongLine(10 << 20) }),
			code:    0,
			timeout: 5 * time.Minute,
		},
		{
			name:    "10 MB file without a line break",
			large:   true,
			setup:   lazy("oneline.txt", func(g *synthetic.Generator) string { return strings.TrimSuffix(g.LongLine(10<<20), "\n") }),
			code:    1, // final-newline, and the layout: a 10 MB headline
			timeout: 5 * time.Minute,
		},
		{
			name:    "100,000 paragraphs",
			large:   true,
			setup:   lazy("paragraphs.txt", func(g *synthetic.Generator) string { return g.Paragraphs(100_000) }),
			code:    0,
			timeout: 5 * time.Minute,
		},
		{
			name:  "deeply nested Markdown",
			setup: one("deep.md", deepMarkdown(100_000)),
			code:  -1, // findings or none: the run must end cleanly
		},
		{
			name: "unreadable file",
			setup: func(t *testing.T, dir string) ([]string, int) {
				writeFiles(t, dir, map[string]string{"secret.txt": "Headline\n\nText.\n", "open.txt": "Headline \n\nText.\n"})
				if err := os.Chmod(filepath.Join(dir, "secret.txt"), 0); err != nil {
					t.Fatal(err)
				}
				return []string{"check", "secret.txt", "open.txt"}, 0
			},
			nobody: true,
			code:   2,
			stderr: `^secret.txt: error: cannot read: permission denied\n$`,
		},
		{
			name: "unreadable folder",
			setup: func(t *testing.T, dir string) ([]string, int) {
				writeFiles(t, dir, map[string]string{"news/closed/a.txt": "Headline\n\nText.\n", "news/b.txt": "Headline\n\nText.\n"})
				if err := os.Chmod(filepath.Join(dir, "news", "closed"), 0); err != nil {
					t.Fatal(err)
				}
				return []string{"check", "news"}, 0
			},
			nobody: true,
			code:   2,
			stderr: `^news/closed: error: cannot read folder: permission denied\n$`,
		},
		{
			name: "symbolic link loop",
			setup: func(t *testing.T, dir string) ([]string, int) {
				writeFiles(t, dir, map[string]string{"news/a.txt": "Headline\n\nText.\n"})
				for link, target := range map[string]string{"news/loop": "..", "news/self.txt": "self.txt", "news/ping.txt": "pong.txt", "news/pong.txt": "ping.txt"} {
					if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
						t.Fatal(err)
					}
				}
				return []string{"check", "news"}, 0
			},
			code: 2,
			stderr: `^news/loop/news: error: folder loop: leads back to news, which is already being checked; not followed\n` +
				`news/ping.txt: error: broken symbolic link: too many levels of symbolic links \(a symbolic link loop\)\n` +
				`news/pong.txt: error: broken symbolic link: too many levels of symbolic links \(a symbolic link loop\)\n` +
				`news/self.txt: error: broken symbolic link: too many levels of symbolic links \(a symbolic link loop\)\n$`,
		},
		{
			name: "folder of 10,000 files",
			setup: func(t *testing.T, dir string) ([]string, int) {
				files := map[string]string{}
				g := synthetic.New(4)
				for i := range 10_000 {
					files[fmt.Sprintf("archive/%05d.txt", i)] = g.Article(200)
				}
				return []string{"check", "--quiet", "archive"}, writeFiles(t, dir, files)
			},
			code:    0,
			timeout: 5 * time.Minute,
		},
	}
}

// maxRSS is the peak memory allowed for a run over size bytes of input:
// a fixed allowance for the program and its rules, plus a bounded multiple
// of the input, so that memory grows at most linearly.
func maxRSS(size int) int64 { return 128<<20 + 48*int64(size) }

func TestHostileInput(t *testing.T) {
	bin := buildNewslint(t)
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			if tc.large {
				if testing.Short() {
					t.Skip("large input: left out with -short")
				}
				// A single file keeps one core busy: the large cases
				// share the machine's cores.
				t.Parallel()
			}
			dir := t.TempDir()
			openToAll(t, dir)
			args, size := tc.setup(t, dir)
			res := runBinary(t, bin, dir, runOptions{timeout: tc.timeout, nobody: tc.nobody}, args...)
			t.Logf("%d bytes: exit %d in %v, peak memory %d MiB", size, res.code, res.elapsed.Round(time.Millisecond), res.maxRSS>>20)
			if tc.code >= 0 && res.code != tc.code || tc.code < 0 && res.code > 1 {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", res.code, tc.code, head(res.stdout), head(res.stderr))
			}
			switch {
			case tc.stderr == "" && res.stderr != "":
				t.Errorf("unexpected standard error:\n%s", head(res.stderr))
			case tc.stderr != "" && !regexp.MustCompile(tc.stderr).MatchString(res.stderr):
				t.Errorf("standard error:\n%s\nwant it to match %q", head(res.stderr), tc.stderr)
			}
			if res.maxRSS == 0 {
				t.Logf("peak memory not measured: %s is not installed", gnuTime)
			} else if limit := maxRSS(size); res.maxRSS > limit {
				t.Errorf("peak memory %d MiB for %d bytes of input, over the bound of %d MiB", res.maxRSS>>20, size, limit>>20)
			}
		})
	}
}

// head returns the first lines of s.
func head(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > 20 {
		return strings.Join(lines[:20], "") + fmt.Sprintf("... (%d more lines)\n", len(lines)-20)
	}
	return s
}
