package actors

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v3"

	"github.com/corpus-explorer/corpus-explorer/analysis/atomicfile"
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
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	return nil
}
