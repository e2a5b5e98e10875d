package project

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// SetPaths records the corpus's files and folders, relative to the folder
// of the project file at projectPath where they lie beneath it (absolute
// when projectPath is "").
func (p *Project) SetPaths(projectPath string, paths []string) {
	p.Documents = Documents{}
	base := filepath.Dir(projectPath)

	for _, path := range paths {
		abs, err := filepath.Abs(path)
		if err != nil {
			abs = path
		}
		if rel, err := filepath.Rel(base, abs); projectPath != "" && err == nil && !strings.HasPrefix(rel, "..") {
			p.Documents.Paths = append(p.Documents.Paths, filepath.ToSlash(rel))
			continue
		}
		p.Documents.Paths = append(p.Documents.Paths, abs)
	}
}

// ResolvedPaths returns the document paths as absolute paths, resolving
// relative ones against the folder of the project file at projectPath.
func (p *Project) ResolvedPaths(projectPath string) []string {
	base := filepath.Dir(projectPath)
	out := make([]string, 0, len(p.Documents.Paths))
	for _, path := range p.Documents.Paths {
		path = filepath.FromSlash(path)
		if !filepath.IsAbs(path) {
			path = filepath.Join(base, path)
		}
		out = append(out, path)
	}
	return out
}

// ApplyMetadata applies the metadata edits to the loaded corpus's documents
// and returns the IDs it found no document for, and the edits whose date
// could not be read.
func (p *Project) ApplyMetadata(c *corpus.Corpus) (unknown []string, err error) {
	var bad []string
	for id, m := range p.Metadata {
		d := c.ByID(id)
		if d == nil {
			unknown = append(unknown, id)
			continue
		}
		if m.Title != "" {
			d.Title = m.Title
		}
		if m.Source != "" {
			d.Source = m.Source
		}
		if m.URL != "" {
			d.URL = m.URL
		}
		if m.Date != "" {
			t, perr := corpus.ParseDate(m.Date)
			if perr != nil {
				bad = append(bad, id)
				continue
			}
			d.Date = t
		}
	}
	if len(bad) > 0 {
		err = fmt.Errorf("project: unreadable dates in the metadata of %s", strings.Join(bad, ", "))
	}
	return unknown, err
}

// EditMetadata records an edit of one document's metadata (and applies it
// to d).
func (p *Project) EditMetadata(d *corpus.Document, title, source string, date time.Time, url string) {
	if p.Metadata == nil {
		p.Metadata = map[string]Metadata{}
	}
	m := Metadata{Title: title, Source: source, URL: url}
	if !date.IsZero() {
		m.Date = date.Format("2006-01-02")
	}
	p.Metadata[d.ID] = m
	d.Title, d.Source, d.Date, d.URL = title, source, date, url
}
