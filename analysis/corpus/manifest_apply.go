package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// readManifest opens and parses the manifest; no manifest is not an error.
func readManifest(open func() (io.ReadCloser, error)) (*Manifest, error) {
	rc, err := open()
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, unwrapPathError(err))
	}
	defer rc.Close()
	return ParseManifest(io.LimitReader(rc, 256<<20), ManifestName)
}

// applyManifest copies the manifest's metadata onto the documents and
// reports rows naming files that did not load or do not exist; rels[k] is
// the path of c.Docs[k] relative to the corpus root, slash-separated.
func applyManifest(c *Corpus, m *Manifest, files []file, rels []string) {
	c.TagNames = m.TagNames
	byRel := make(map[string]*Document, len(c.Docs))
	for k, d := range c.Docs {
		byRel[rels[k]] = d
	}
	var listed map[string]bool // built only when a row names no loaded file
	for _, e := range sortedEntries(m) {
		d := byRel[e.File]
		if d == nil {
			if listed == nil {
				listed = make(map[string]bool, len(files))
				for _, f := range files {
					listed[f.rel] = true
				}
			}
			reason := "no such file in the corpus"
			if listed[e.File] {
				reason = "the file did not load"
			}
			c.Problems = append(c.Problems, Problem{Path: fmt.Sprintf("%s line %d", ManifestName, e.Line),
				Err: fmt.Errorf("%w: %s: %s", ErrBadManifest, e.File, reason)})
			continue
		}
		if e.Title != "" {
			d.Title = e.Title
		}
		if e.Source != "" {
			d.Source = e.Source
		}
		if e.URL != "" {
			d.URL = e.URL
		}
		if e.HasDate {
			d.Date = e.Date
		}
		if e.Tags != nil {
			d.Tags = e.Tags
		}
	}
}

func sortedEntries(m *Manifest) []*ManifestEntry {
	out := make([]*ManifestEntry, 0, len(m.Entries))
	for _, e := range m.Entries {
		out = append(out, e)
	}
	sortByLine(out)
	return out
}
