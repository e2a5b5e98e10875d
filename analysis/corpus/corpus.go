package corpus

import (
	"fmt"
	"strconv"
	"sync"
)

// Corpus is a loaded collection of documents, in a stable order (sorted by
// path).
type Corpus struct {
	// Name is a short display name (the folder's base name, or the seeds').
	Name string
	// Origin identifies where the corpus came from: an absolute folder path,
	// "seeds", or the absolute paths of a file list joined by newlines.
	Origin string
	// Root is the folder documents' IDs are relative to ("" for the seeds).
	Root string
	// Docs are the documents that loaded.
	Docs []*Document
	// TagNames are the manifest's extra column names, in manifest order.
	TagNames []string
	// Problems lists every file that was skipped or loaded with a caveat.
	Problems []Problem

	mu   sync.RWMutex // guards byID
	byID map[string]*Document
}

// Words returns the total number of words in the corpus.
func (c *Corpus) Words() int {
	n := 0
	for _, d := range c.Docs {
		n += d.Words
	}
	return n
}

// Bytes returns the total size of the documents' normalised text in bytes.
func (c *Corpus) Bytes() int {
	n := 0
	for _, d := range c.Docs {
		n += len(d.Text)
	}
	return n
}

// ByID returns the document with the given ID, or nil. It is safe for
// concurrent use. Load builds the index; for a hand-built corpus it is built
// on first use, and rebuilt when the number of documents changed.
func (c *Corpus) ByID(id string) *Document {
	c.mu.RLock()
	if c.byID != nil && len(c.byID) == len(c.Docs) {
		d := c.byID[id]
		c.mu.RUnlock()
		return d
	}
	c.mu.RUnlock()
	c.index()
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.byID[id]
}

// index (re)builds the ID map.
func (c *Corpus) index() {
	m := make(map[string]*Document, len(c.Docs))
	for _, d := range c.Docs {
		m[d.ID] = d
	}
	c.mu.Lock()
	c.byID = m
	c.mu.Unlock()
}

// Index returns the position of the document with the given ID in Docs, or
// -1.
func (c *Corpus) Index(id string) int {
	for i, d := range c.Docs {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// Lookup finds a document by its ID or by its 1-based position in Docs (as
// `corpus list` prints them).
func (c *Corpus) Lookup(ref string) (*Document, error) {
	if d := c.ByID(ref); d != nil {
		return d, nil
	}
	if n, err := strconv.Atoi(ref); err == nil {
		if n >= 1 && n <= len(c.Docs) {
			return c.Docs[n-1], nil
		}
		return nil, fmt.Errorf("%w: position %d is outside 1..%d", ErrNoDocument, n, len(c.Docs))
	}
	return nil, fmt.Errorf("%w: %q", ErrNoDocument, ref)
}
