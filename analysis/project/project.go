// Package project reads and writes Corpus Explorer project files
// (.cxproj): one human-readable YAML file that records which documents make
// up the corpus (file and folder paths, or the embedded seeds), the user's
// metadata edits, the actor registry, settings, each tab's saved state and
// saved searches.
//
// Paths are stored relative to the project file's folder when they lie
// beneath it, so a project folder can be moved or shared. Saving is atomic:
// the file is written to a temporary file in the same folder, synced and
// renamed over the old one, so a crash never leaves a half-written project.
package project

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
)

// Extension is the project file's extension.
const Extension = ".cxproj"

// Version is the file format version this package writes and reads.
const Version = 1

// Errors returned by Parse and Load (wrapped).
var (
	ErrSyntax  = errors.New("project: not a valid project file")
	ErrVersion = errors.New("project: unsupported project file version")
)

// Project is the content of a project file.
type Project struct {
	// Version is the format version (see [Version]).
	Version int `yaml:"version"`
	// Name is an optional display name.
	Name string `yaml:"name,omitempty"`
	// Documents says what the corpus is made of.
	Documents Documents `yaml:"documents"`
	// Metadata holds the user's metadata edits by document ID.
	Metadata map[string]Metadata `yaml:"metadata,omitempty"`
	// Registry is the actor registry, inline in the YAML of package actors;
	// nil means the default registry.
	Registry *actors.Registry `yaml:"registry,omitempty"`
	// Settings are app settings worth keeping with the project.
	Settings map[string]string `yaml:"settings,omitempty"`
	// Tabs holds each tab's saved state (views.StateKeeper), by tab ID.
	Tabs map[string]map[string]string `yaml:"tabs,omitempty"`
	// Searches are saved searches.
	Searches []Search `yaml:"searches,omitempty"`
}

// Documents lists the corpus's documents: the embedded seeds, or paths to
// files and folders (relative to the project file's folder where possible).
type Documents struct {
	Seeds bool     `yaml:"seeds,omitempty"`
	Paths []string `yaml:"paths,omitempty"`
}

// Metadata is one document's edited metadata; empty fields are not edited.
// Date is written as YYYY-MM-DD.
type Metadata struct {
	Title  string `yaml:"title,omitempty"`
	Source string `yaml:"source,omitempty"`
	Date   string `yaml:"date,omitempty"`
	URL    string `yaml:"url,omitempty"`
}

// Search is a saved search query.
type Search struct {
	Name  string `yaml:"name"`
	Query string `yaml:"query"`
}

// New returns an empty project of the current version.
func New() *Project { return &Project{Version: Version} }

// Parse reads a project from YAML. It never panics on bad input.
func Parse(data []byte) (p *Project, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("%w: %v", ErrSyntax, r)
		}
	}()
	var probe struct {
		Version *int `yaml:"version"`
	}
	if err := yaml.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSyntax, err)
	}
	if probe.Version == nil {
		return nil, fmt.Errorf("%w: no \"version\" field (is this a Corpus Explorer project?)", ErrSyntax)
	}
	if *probe.Version != Version {
		return nil, fmt.Errorf("%w: version %d (this Corpus Explorer reads version %d)", ErrVersion, *probe.Version, Version)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	p = New()
	if err := dec.Decode(p); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSyntax, err)
	}
	if p.Registry != nil {
		for i, a := range p.Registry.Actors {
			if a == nil || strings.TrimSpace(a.Name) == "" {
				return nil, fmt.Errorf("%w: registry actor %d has no name", ErrSyntax, i+1)
			}
		}
	}
	return p, nil
}

// Marshal returns the project as YAML.
func (p *Project) Marshal() ([]byte, error) {
	if p.Version == 0 {
		p.Version = Version
	}
	var buf bytes.Buffer
	buf.WriteString("# Corpus Explorer project\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(p); err != nil {
		return nil, fmt.Errorf("project: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("project: %w", err)
	}
	return buf.Bytes(), nil
}

// Load reads a project file.
func Load(path string) (*Project, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("project: %w", err)
	}
	p, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return p, nil
}

// Save writes the project to path atomically.
func (p *Project) Save(path string) error {
	data, err := p.Marshal()
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, data, 0o644)
}
