package search

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Progress is told how many of the documents to index are done. It is
// called from the indexing goroutine after each batch.
type Progress func(done, total int)

// Index is the search index of one corpus. Its methods are safe for
// concurrent use; searches run while indexing continues.
type Index struct {
	c    *corpus.Corpus
	docs map[string]*corpus.Document
	// sources is the number of distinct sources, dated the number of
	// dated documents: facets are asked only when they can say something.
	sources, dated int

	// mu guards bi against Close while a search or a batch runs.
	mu     sync.RWMutex
	bi     bleve.Index
	closed bool

	stateMu  sync.Mutex
	state    State
	watchers []func(State)

	cancel context.CancelFunc
	done   chan struct{}
}

// Open opens (or creates) the persistent index of c in dir — DefaultDir(c)
// when dir is "" — and starts bringing it up to date on a goroutine of its
// own: documents added or changed since the last run are indexed and
// removed ones deleted, in batches, calling progress after each. Open
// returns as soon as the index can be searched; use [Index.Wait] to wait
// for indexing and [Index.State] to follow it. Cancelling ctx stops
// indexing (what is indexed stays; the next Open carries on).
//
// A damaged index, or one from an older mapping, is rebuilt; one held by
// another process is replaced by an in-memory index. Either way State's
// Notice says so. Open fails only when no index can be made at all.
func Open(ctx context.Context, c *corpus.Corpus, dir string, progress Progress) (*Index, error) {
	if dir == "" {
		var err error
		if dir, err = DefaultDir(c); err != nil {
			return nil, err
		}
	}
	bi, persistent, notice, err := openDisk(dir)
	if err != nil {
		return nil, err
	}
	if !persistent {
		dir = ""
	}
	return start(ctx, c, bi, State{Notice: notice, Dir: dir}, progress)
}

// NewMem builds an in-memory index of c, on a goroutine of its own like
// Open; it is meant for tests and for corpora not worth persisting.
func NewMem(ctx context.Context, c *corpus.Corpus, progress Progress) (*Index, error) {
	bi, err := newMem()
	if err != nil {
		return nil, err
	}
	return start(ctx, c, bi, State{}, progress)
}

func start(ctx context.Context, c *corpus.Corpus, bi bleve.Index, st State, progress Progress) (*Index, error) {
	ix := &Index{c: c, bi: bi, docs: make(map[string]*corpus.Document, len(c.Docs)), done: make(chan struct{})}
	seen := map[string]bool{}
	for _, d := range c.Docs {
		ix.docs[d.ID] = d
		if d.Source != "" && !seen[d.Source] {
			seen[d.Source] = true
			ix.sources++
		}
		if !d.Date.IsZero() {
			ix.dated++
		}
	}
	st.Docs = len(c.Docs)
	p, err := ix.plan()
	if err != nil {
		bi.Close()
		return nil, err
	}
	st.Total = len(p.index) + len(p.remove)
	st.Phase = Building
	if st.Total == 0 {
		st.Phase = Ready
	}
	ix.state = st
	ctx, ix.cancel = context.WithCancel(ctx)
	go ix.build(ctx, p, progress)
	return ix, nil
}

// Corpus returns the corpus the index was opened for.
func (ix *Index) Corpus() *corpus.Corpus { return ix.c }

// State returns the index's current state.
func (ix *Index) State() State {
	ix.stateMu.Lock()
	defer ix.stateMu.Unlock()
	return ix.state
}

// Notice returns why the index was rebuilt or kept in memory, or "".
func (ix *Index) Notice() string { return ix.State().Notice }

// OnState registers f to be called, from the indexing goroutine, each time
// the state changes (after each batch and at the end).
func (ix *Index) OnState(f func(State)) {
	ix.stateMu.Lock()
	ix.watchers = append(ix.watchers, f)
	ix.stateMu.Unlock()
}

func (ix *Index) setState(f func(*State)) {
	ix.stateMu.Lock()
	f(&ix.state)
	st, ws := ix.state, append([]func(State){}, ix.watchers...)
	ix.stateMu.Unlock()
	for _, w := range ws {
		w(st)
	}
}

// Wait waits until indexing ends (or ctx is done) and returns the error
// that stopped it: nil when the index is ready, context.Canceled when
// indexing was cancelled.
func (ix *Index) Wait(ctx context.Context) error {
	select {
	case <-ix.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	st := ix.State()
	switch st.Phase {
	case Failed:
		return st.Err
	case Cancelled:
		return context.Canceled
	}
	return nil
}

// Close stops indexing, waits for the current batch and closes the index.
// It is safe to call more than once.
func (ix *Index) Close() error {
	ix.cancel()
	<-ix.done
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	if err := ix.bi.Close(); err != nil {
		return fmt.Errorf("%w: closing: %w", ErrIndex, err)
	}
	return nil
}
