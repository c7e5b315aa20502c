package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Errors for files fix will not replace.
var (
	errChanged  = errors.New("changed since timelint read it; not overwritten, run fix again")
	errReadOnly = errors.New("read-only; not written (make it writable to fix it)")
)

// writeAtomic replaces the file at path with data: it writes a temporary
// file in the same folder, gives it the original's mode, and renames it over
// the original, so a reader sees the old file or the new one, never half of
// one. A file changed since it was read (size or modification time differ
// from before) is left alone. On any failure the original is intact and the
// temporary file is gone.
func writeAtomic(path string, data []byte, before os.FileInfo) error {
	return writeAtomicWith(path, data, before, fileOps{write: (*os.File).Write, rename: os.Rename})
}

// fileOps are the two steps of writeAtomic that can fail half-way; tests
// make them fail to show that the original survives.
type fileOps struct {
	write  func(f *os.File, b []byte) (int, error)
	rename func(from, to string) error
}

func writeAtomicWith(path string, data []byte, before os.FileInfo, ops fileOps) (err error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	// Permission bits are checked here, not left to the system: root may
	// write anything, and a read-only file says "leave me" to root too.
	if err := checkWritable(target, before); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".timelint-*")
	if err != nil {
		return fmt.Errorf("%s: cannot write: %w", path, unwrapPathError(err))
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	if err := writeAndClose(tmp, data, before.Mode().Perm(), ops.write); err != nil {
		return fmt.Errorf("%s: cannot write: %w", path, err)
	}
	now, err := os.Stat(target)
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if now.Size() != before.Size() || !now.ModTime().Equal(before.ModTime()) {
		return fmt.Errorf("%s: %w", path, errChanged)
	}
	if err := ops.rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("%s: cannot replace: %w", path, unwrapPathError(err))
	}
	return nil
}

func checkWritable(target string, before os.FileInfo) error {
	if before.Mode().Perm()&0o222 == 0 {
		return errReadOnly
	}
	dir, err := os.Stat(filepath.Dir(target))
	if err != nil {
		return unwrapPathError(err)
	}
	if dir.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("its folder is %w", errReadOnly)
	}
	return nil
}

func writeAndClose(f *os.File, data []byte, perm os.FileMode, write func(*os.File, []byte) (int, error)) error {
	_, err := write(f, data)
	if err == nil {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return unwrapPathError(err)
}
