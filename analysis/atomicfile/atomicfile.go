// Package atomicfile writes user files so that a crash, a kill or a full
// disk leaves either the old file or the complete new one, never a mix:
// the content goes to a temporary file in the same folder, which is synced
// and then renamed over the target, and the folder is synced. Projects,
// actor lists, charts and exported data are all saved this way.
package atomicfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write writes what write produces to path atomically. An existing file
// keeps its permissions; a new one gets perm. When write fails, path is
// untouched and the temporary file removed.
func Write(path string, perm os.FileMode, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if fi, statErr := os.Stat(path); statErr == nil {
		perm = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// WriteFile writes data to path atomically (see [Write]).
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("saving %s: %w", path, err)
		}
		return nil
	})
}
