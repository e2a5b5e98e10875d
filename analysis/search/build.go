package search

import (
	"context"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// Batch sizes: a small first batch so that searching starts quickly, then
// bigger ones (bounded in bytes) for throughput. Variables so tests can
// make more, smaller batches.
var (
	firstBatchDocs = 100
	batchDocs      = 2000
	batchBytes     = 4 << 20
)

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
