package cli_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newslint/newslint/lint/linttest/synthetic"
)

// The no-data-loss tests run the newslint binary's fix over many files and
// check that whatever happens to the process, every file holds either its
// old text or its fixed text, exactly: never a mix, never a truncated file.

// archiveFiles is the number of articles the tests fix.
const archiveFiles = 200

// fixArgs are the arguments of the fix runs: the white-space rules only,
// which are enough to make every file change and keep each run short, so
// that the kills fall while files are being written.
var fixArgs = []string{"fix", "--quiet", "--select",
	"trailing-whitespace,repeated-spaces,irregular-whitespace,line-endings,blank-line-whitespace,consecutive-blank-lines,final-newline", "."}

// archive is a folder of articles with white-space defects and the text
// each one has after fixing.
type archive struct {
	dir   string
	old   map[string]string // file name → text before fixing
	fixed map[string]string // file name → text after fixing
}

// newArchive writes archiveFiles defective articles into a new folder and
// learns their fixed text by fixing a copy with bin.
func newArchive(t *testing.T, bin string) *archive {
	t.Helper()
	a := &archive{dir: t.TempDir(), old: map[string]string{}, fixed: map[string]string{}}
	g := synthetic.New(11)
	for i := range archiveFiles {
		name := fmt.Sprintf("%03d.txt", i)
		// Each article has trailing white space after its headline, and
		// more defects at random.
		a.old[name] = strings.Replace(g.Blemish(g.Article(2000+i*20), 3), "\n", " \n", 1)
	}
	ref := t.TempDir()
	a.restore(t, ref)
	res := runBinary(t, bin, ref, runOptions{}, fixArgs...)
	if res.code > 1 {
		t.Fatalf("fixing the reference copy: exit %d\n%s", res.code, head(res.stderr))
	}
	for name, old := range a.old {
		data, err := os.ReadFile(filepath.Join(ref, name))
		if err != nil {
			t.Fatal(err)
		}
		if string(data) == old {
			t.Fatalf("%s: fix changed nothing; the test needs defective articles", name)
		}
		a.fixed[name] = string(data)
	}
	return a
}

// restore writes the old text of every article into dir.
func (a *archive) restore(t *testing.T, dir string) {
	t.Helper()
	for name, text := range a.old {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// verify checks that every article in a.dir holds its old or its fixed
// text and returns how many hold the fixed one. Temporary files that a
// killed fix left behind are removed, and counted.
func (a *archive) verify(t *testing.T) (fixed, leftovers int) {
	t.Helper()
	ents, err := os.ReadDir(a.dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if _, ok := a.old[e.Name()]; ok {
			continue
		}
		if !strings.Contains(e.Name(), ".newslint-") {
			t.Errorf("unexpected file %s", e.Name())
			continue
		}
		leftovers++
		if err := os.Remove(filepath.Join(a.dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	for name, old := range a.old {
		data, err := os.ReadFile(filepath.Join(a.dir, name))
		if err != nil {
			t.Fatal(err)
		}
		switch string(data) {
		case old:
		case a.fixed[name]:
			fixed++
		default:
			t.Errorf("%s holds neither its old nor its fixed text (%d bytes; old %d, fixed %d)",
				name, len(data), len(old), len(a.fixed[name]))
		}
	}
	return fixed, leftovers
}

// TestFixKilled kills fix with SIGKILL at random moments and checks that
// every file is left whole, old or new.
func TestFixKilled(t *testing.T) {
	bin := buildNewslint(t)
	a := newArchive(t, bin)
	// Time a whole run, to spread the kills over it.
	a.restore(t, a.dir)
	full := runBinary(t, bin, a.dir, runOptions{}, fixArgs...).elapsed
	seed := uint64(time.Now().UnixNano())
	t.Logf("a whole run takes %v; random seed %d", full.Round(time.Millisecond), seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	rounds := 20
	if testing.Short() {
		rounds = 5
	}
	for round := range rounds {
		a.restore(t, a.dir)
		delay := time.Duration(rng.Int64N(int64(full) + 1))
		cmd := exec.Command(bin, fixArgs...)
		cmd.Dir = a.dir
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		fixed, leftovers := a.verify(t)
		t.Logf("round %d: killed after %v: %d of %d files fixed, %d temporary files left behind",
			round, delay.Round(time.Millisecond), fixed, archiveFiles, leftovers)
		if t.Failed() {
			return
		}
	}
	// A run after the kills finishes the work.
	res := runBinary(t, bin, a.dir, runOptions{}, fixArgs...)
	if res.code > 1 {
		t.Fatalf("fix after the kills: exit %d\n%s", res.code, head(res.stderr))
	}
	if fixed, _ := a.verify(t); fixed != archiveFiles {
		t.Errorf("after a full run, %d of %d files are fixed", fixed, archiveFiles)
	}
}

// TestFixConcurrent runs two fix processes on the same files at once: each
// file must end whole, and fixed, whichever process wrote it.
func TestFixConcurrent(t *testing.T) {
	bin := buildNewslint(t)
	a := newArchive(t, bin)
	rounds := 5
	if testing.Short() {
		rounds = 2
	}
	for round := range rounds {
		a.restore(t, a.dir)
		var wg sync.WaitGroup
		results := make([]result, 2)
		for i := range results {
			wg.Go(func() {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
				defer cancel()
				cmd := exec.CommandContext(ctx, bin, fixArgs...)
				cmd.Dir = a.dir
				var stderr strings.Builder
				cmd.Stderr = &stderr
				err := cmd.Run()
				results[i].stderr = stderr.String()
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					results[i].code = ee.ExitCode()
				} else if err != nil {
					results[i].code = -1
					results[i].stderr += err.Error()
				}
			})
		}
		wg.Wait()
		for i, res := range results {
			// A process may find that the other one replaced a file it
			// was fixing, and leave it: that is an error (exit 2) that
			// names the file, never a corrupt file.
			for _, line := range strings.Split(strings.TrimSpace(res.stderr), "\n") {
				if line != "" && !strings.Contains(line, "file changed while it was being fixed: not written") {
					t.Errorf("process %d (exit %d): unexpected message %q", i, res.code, line)
				}
			}
		}
		fixed, leftovers := a.verify(t)
		t.Logf("round %d: exits %d and %d; %d of %d files fixed", round, results[0].code, results[1].code, fixed, archiveFiles)
		if leftovers > 0 {
			t.Errorf("%d temporary files left behind", leftovers)
		}
		if fixed != archiveFiles {
			t.Errorf("%d of %d files fixed by two concurrent runs, want all", fixed, archiveFiles)
		}
	}
}
