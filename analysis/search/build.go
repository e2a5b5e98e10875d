package search

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Batch sizes: a small first batch so that searching starts quickly, then
// bigger ones (bounded in bytes) for throughput. Variables so tests can
// make more, smaller batches.
var (
	firstBatchDocs = 100
	batchDocs      = 2000
	batchBytes     = 4 << 20
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

// build carries out a plan in batches; it runs on its own goroutine.
func (ix *Index) build(ctx context.Context, p plan, progress Progress) {
	defer close(ix.done)
	defer func() {
		if r := recover(); r != nil {
			err := fmt.Errorf("%w: indexing panicked: %v", ErrIndex, r)
			ix.setState(func(s *State) { s.Phase, s.Err = Failed, err })
		}
	}()
	total := len(p.index) + len(p.remove)
	if total == 0 {
		return
	}
	done := 0
	b := ix.bi.NewBatch()
	b.DeleteInternal(keyFingerprint)
	for _, id := range p.remove {
		b.Delete(id)
	}
	size, limit := 0, firstBatchDocs
	flush := func(n int, last bool) bool {
		var persisted chan error
		if last {
			// The last batch records the fingerprint and is waited for on
			// disk: batches are written in order, so the index is then
			// complete there too.
			b.SetInternal(keyFingerprint, []byte(p.fingerprint))
			persisted = make(chan error, 1)
			b.SetPersistedCallback(func(err error) { persisted <- err })
		}
		err := ix.apply(ctx, b)
		if err == nil && last {
			select {
			case err = <-persisted:
				if err != nil {
					err = fmt.Errorf("%w: writing the index: %w", ErrIndex, err)
				}
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		if err != nil {
			ix.setState(func(s *State) {
				s.Phase, s.Err = Failed, err
				if ctx.Err() != nil || errors.Is(err, ErrClosed) {
					s.Phase, s.Err = Cancelled, nil
				}
			})
			return false
		}
		done += n
		b.Reset()
		size, limit = 0, batchDocs
		ix.setState(func(s *State) {
			s.Done = done
			if last {
				s.Phase = Ready
			}
		})
		if progress != nil {
			progress(done, total)
		}
		return true
	}
	pending := len(p.remove)
	for i, d := range p.index {
		e := entry(d)
		e[fieldIDSig] = d.ID + "\x1f" + p.sigs[d.ID]
		if err := b.Index(d.ID, e); err != nil {
			ix.setState(func(s *State) { s.Phase, s.Err = Failed, fmt.Errorf("%w: %s: %w", ErrIndex, d.ID, err) })
			return
		}
		pending++
		size += len(d.Text)
		if pending >= limit || size >= batchBytes || i == len(p.index)-1 {
			if !flush(pending, i == len(p.index)-1) {
				return
			}
			pending = 0
		}
	}
	if len(p.index) == 0 {
		flush(pending, true)
	}
}

// apply runs one batch unless ctx is done or the index closed.
func (ix *Index) apply(ctx context.Context, b *bleve.Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return ErrClosed
	}
	if err := ix.bi.Batch(b); err != nil {
		return fmt.Errorf("%w: %w", ErrIndex, err)
	}
	return nil
}

// reserved field names a tag may not take.
var reserved = map[string]bool{FieldBody: true, FieldTitle: true, FieldSource: true, FieldDate: true,
	FieldID: true, fieldSourceFacet: true, fieldMonth: true, fieldIDSig: true, allField: true}

// TagField returns the index field of a manifest tag: its name lower-cased
// with spaces and punctuation turned into underscores, prefixed with tag_
// when it would clash with a built-in field.
func TagField(name string) string {
	f := strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '_'
	}, name)
	if reserved[f] || f == "" || strings.HasPrefix(f, "_") {
		f = "tag_" + f
	}
	return f
}

// entry is what the index holds of a document. The body is the text with
// boilerplate blanked out by spaces, so that offsets in it are offsets in
// Document.Text.
func entry(d *corpus.Document) map[string]any {
	e := map[string]any{FieldID: d.ID, FieldBody: bodyText(d)}
	if d.Title != "" {
		e[FieldTitle] = d.Title
	}
	if d.Source != "" {
		e[FieldSource] = d.Source
		e[fieldSourceFacet] = d.Source
	}
	if !d.Date.IsZero() {
		e[FieldDate] = d.Date
		e[fieldMonth] = d.Date.Format("2006-01")
	}
	for k, v := range d.Tags {
		if v != "" {
			e[TagField(k)] = v
		}
	}
	return e
}

func bodyText(d *corpus.Document) string {
	if len(d.Boilerplate) == 0 {
		return d.Text
	}
	b := []byte(d.Text)
	for _, s := range d.Boilerplate {
		for i := max(s.Start, 0); i < min(s.End, len(b)); i++ {
			b[i] = ' '
		}
	}
	return string(b)
}
