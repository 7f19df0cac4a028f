package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFile replaces the file at path with data, the way an editor saves:
// it writes a temporary file in the same folder, gives it the original's
// permissions (and, where possible, owner), and renames it over the
// original, so that the file is never left half written. A symbolic link
// is followed, not replaced. orig is the file's status when it was read;
// a file that changed since, or that is read-only, is not written.
func writeFile(path string, data []byte, orig fs.FileInfo) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("cannot write: %s", pathError(err))
	}
	st, err := os.Stat(target)
	if err != nil {
		return fmt.Errorf("cannot write: %s", pathError(err))
	}
	if !st.Mode().IsRegular() {
		return errors.New("not a regular file: cannot fix it in place")
	}
	if st.Mode().Perm()&0o222 == 0 {
		return errors.New("file is read-only: not fixed")
	}
	if orig != nil && (!st.ModTime().Equal(orig.ModTime()) || st.Size() != orig.Size()) {
		return errors.New("file changed while it was being fixed: not written")
	}
	// Opening for writing checks the permission the rename would bypass;
	// it changes nothing.
	if f, err := os.OpenFile(target, os.O_WRONLY, 0); err != nil {
		return fmt.Errorf("cannot write: %s", pathError(err))
	} else if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write: %w", err)
	}

	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".newslint-*")
	if err != nil {
		return fmt.Errorf("cannot create a temporary file beside it: %s", pathError(err))
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			_ = tmp.Close()
			_ = os.Remove(name)
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("cannot write the temporary file %s: %w", name, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write the temporary file %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write the temporary file %s: %w", name, err)
	}
	mode := st.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
	if err := os.Chmod(name, mode); err != nil {
		return fmt.Errorf("cannot set the permissions of the temporary file %s: %w", name, err)
	}
	if err := keepOwner(name, st); err != nil {
		return fmt.Errorf("cannot give the temporary file %s the owner of the original: %w", name, err)
	}
	if err := os.Rename(name, target); err != nil {
		return fmt.Errorf("cannot replace the file: %w", err)
	}
	ok = true
	return nil
}
