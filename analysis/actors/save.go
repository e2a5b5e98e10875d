package actors

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"
)

// Marshal returns the registry as YAML in the shape [Parse] reads.
func (r *Registry) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	reg := r
	if reg.Actors == nil {
		reg = &Registry{Actors: []*Actor{}}
	}
	if err := enc.Encode(reg); err != nil {
		return nil, fmt.Errorf("actors: encoding the registry: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("actors: encoding the registry: %w", err)
	}
	return buf.Bytes(), nil
}

// Save writes the registry to path atomically: to a temporary file in the
// same folder, synced, then renamed over path.
func (r *Registry) Save(path string) error {
	data, err := r.Marshal()
	if err != nil {
		return err
	}
	return writeAtomic(path, data)
}

// writeAtomic writes data to path through a temporary file and a rename, so
// a crash leaves either the old file or the new one.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("actors: saving %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("actors: saving %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("actors: saving %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("actors: saving %s: %w", path, err)
	}
	if fi, statErr := os.Stat(path); statErr == nil {
		os.Chmod(f.Name(), fi.Mode().Perm())
	} else {
		os.Chmod(f.Name(), 0o644)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("actors: saving %s: %w", path, err)
	}
	return nil
}
