package project

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteFileAtomic writes data to path so that path holds either its old
// content or all of data, whatever happens: it writes a temporary file in
// the same folder, syncs it, renames it over path and syncs the folder.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("project: save: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("project: save: %w", err)
	}
	if err = tmp.Chmod(perm); err != nil {
		return fmt.Errorf("project: save: %w", err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("project: save: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("project: save: %w", err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("project: save: %w", err)
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
