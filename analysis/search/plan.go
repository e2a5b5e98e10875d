package search

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// plan is the work that brings an index up to date with its corpus.
type plan struct {
	index       []*corpus.Document
	sigs        map[string]string
	remove      []string
	fingerprint string
}

// signature identifies what of a document the index holds; when it
// changes, the document is indexed again.
func signature(d *corpus.Document) string {
	h := sha256.New()
	put := func(parts ...string) {
		for _, p := range parts {
			h.Write([]byte(p))
			h.Write([]byte{0})
		}
	}
	put(MappingVersion, d.Hash, strconv.Itoa(len(d.Text)), d.Title, d.Source, d.DateString())
	for _, b := range d.Boilerplate {
		put(strconv.Itoa(b.Start), strconv.Itoa(b.End))
	}
	keys := make([]string, 0, len(d.Tags))
	for k := range d.Tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		put(k, d.Tags[k])
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// plan compares the corpus with what the index holds: the fingerprint
// of the whole corpus first (the usual case: nothing changed), else the
// "ID\x1fsignature" terms of every indexed document. A term dictionary can
// still hold the terms of deleted documents until segments merge, so the
// plan is checked against the document count and, when they disagree,
// against the list of indexed IDs.
func (ix *Index) plan() (p plan, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: reading the index panicked: %v", ErrIndex, r)
		}
	}()
	p.sigs = make(map[string]string, len(ix.c.Docs))
	fp := sha256.New()
	for _, d := range ix.c.Docs {
		s := signature(d)
		p.sigs[d.ID] = s
		fp.Write([]byte(d.ID + "\x00" + s + "\x00"))
	}
	p.fingerprint = hex.EncodeToString(fp.Sum(nil))
	if old, err := ix.bi.GetInternal(keyFingerprint); err == nil && string(old) == p.fingerprint {
		return p, nil
	}
	indexed := map[string]bool{} // ID → indexed with its current signature
	dict, err := ix.bi.FieldDict(fieldIDSig)
	if err != nil {
		return p, fmt.Errorf("%w: %w", ErrIndex, err)
	}
	for {
		e, err := dict.Next()
		if err != nil {
			dict.Close()
			return p, fmt.Errorf("%w: %w", ErrIndex, err)
		}
		if e == nil {
			break
		}
		id, sig, _ := strings.Cut(e.Term, "\x1f")
		indexed[id] = indexed[id] || p.sigs[id] == sig
	}
	dict.Close()
	n, err := ix.bi.DocCount()
	if err != nil {
		return p, fmt.Errorf("%w: %w", ErrIndex, err)
	}
	present := 0
	for id := range indexed {
		if _, ok := ix.docs[id]; !ok || indexed[id] {
			present++ // a current document, or one to remove
		}
	}
	if int(n) != present {
		// Stale terms: ask the index which IDs it really holds.
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), int(n), 0, false)
		res, err := ix.bi.Search(req)
		if err != nil {
			return p, fmt.Errorf("%w: listing documents: %w", ErrIndex, err)
		}
		really := make(map[string]bool, len(res.Hits))
		for _, h := range res.Hits {
			really[h.ID] = true
		}
		for id, ok := range indexed {
			indexed[id] = ok && really[id]
		}
		for id := range really {
			if _, ok := indexed[id]; !ok {
				indexed[id] = false
			}
		}
		for id := range indexed {
			if _, ok := ix.docs[id]; !ok && !really[id] {
				delete(indexed, id)
			}
		}
	}
	for _, d := range ix.c.Docs {
		if !indexed[d.ID] {
			p.index = append(p.index, d)
		}
	}
	for id := range indexed {
		if _, ok := ix.docs[id]; !ok {
			p.remove = append(p.remove, id)
		}
	}
	sort.Strings(p.remove)
	return p, nil
}
