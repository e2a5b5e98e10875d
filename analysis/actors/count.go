package actors

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Options tune counting.
type Options struct {
	// IncludeBoilerplate counts mentions inside text the loader marked as
	// boilerplate too (off by default).
	IncludeBoilerplate bool
}

// Count counts every actor's mentions in every document of c.
func Count(c *corpus.Corpus, r *Registry, opts Options) (*Counts, error) {
	return CountContext(context.Background(), c, r, opts, nil)
}

// CountContext is Count with cancellation and progress (done, total
// documents; progress may be nil). Documents are counted in parallel;
// progress is called from the counting goroutines, one call at a time, with
// done increasing.
func CountContext(ctx context.Context, c *corpus.Corpus, r *Registry, opts Options, progress func(done, total int)) (*Counts, error) {
	if r == nil {
		r = &Registry{}
	}
	m := NewMatcher(r)
	out := &Counts{Registry: r, Docs: make([]DocCounts, len(c.Docs))}
	workers := min(runtime.GOMAXPROCS(0), max(1, len(c.Docs)/8))
	var (
		next, done atomic.Int64
		mu         sync.Mutex
		wg         sync.WaitGroup
		firstErr   error
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := m.newScanner()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(c.Docs) {
					return
				}
				dc, err := s.countDoc(c.Docs[i], opts)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				out.Docs[i] = dc
				n := int(done.Add(1))
				if progress != nil {
					progress(n, len(c.Docs))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("actors: counting: %w", err)
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return out, nil
}

// countDoc counts one document, turning a panic into an error so one odd
// text cannot take the count down.
func (s *scanner) countDoc(d *corpus.Document, opts Options) (dc DocCounts, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("actors: counting %s: %v", d.ID, p)
		}
	}()
	dc = DocCounts{DocID: d.ID}
	segs := appendCountedSpans(s.segs[:0], d, opts)
	s.segs = segs
	if len(segs) == 1 && segs[0].Start == 0 && segs[0].End == d.ContentEnd() {
		dc.Words = d.Words
	} else {
		for _, sg := range segs {
			dc.Words += corpus.CountWords(d.Text, sg.Start, sg.End)
		}
	}
	found := s.found[:0]
	for _, sg := range segs {
		found = s.find(d.Text, sg.Start, sg.End, found)
	}
	s.found = found
	if len(found) == 0 {
		return dc, nil
	}
	dc.ms, dc.runs = s.sparse(found)
	return dc, nil
}

// CountedSpans returns the parts of d's text that counting looks at: all of
// it with IncludeBoilerplate, else the text outside the boilerplate spans.
func CountedSpans(d *corpus.Document, opts Options) []corpus.Span {
	return appendCountedSpans(nil, d, opts)
}

// appendCountedSpans appends CountedSpans(d, opts) to dst, copying the
// boilerplate spans only when they are out of order.
func appendCountedSpans(dst []corpus.Span, d *corpus.Document, opts Options) []corpus.Span {
	if opts.IncludeBoilerplate || len(d.Boilerplate) == 0 {
		return append(dst, corpus.Span{Start: 0, End: len(d.Text)})
	}
	bp := d.Boilerplate
	if !slices.IsSortedFunc(bp, func(a, b corpus.Span) int { return a.Start - b.Start }) {
		bp = sortedSpans(bp)
	}
	pos := 0
	for _, b := range bp {
		if b.Start > pos {
			dst = append(dst, corpus.Span{Start: pos, End: min(b.Start, len(d.Text))})
		}
		pos = max(pos, b.End)
	}
	if pos < len(d.Text) {
		dst = append(dst, corpus.Span{Start: pos, End: len(d.Text)})
	}
	return dst
}

// slabSize is how many mentions (and actor runs) a scanner allocates at
// once; documents' stores are cut from these slabs.
const slabSize = 4096

// sparse sorts found (in text order) by actor into a document's sparse
// store: the mentions grouped by actor, and the runs of the actors present.
// Both are cut from the scanner's slabs with their capacity capped.
func (s *scanner) sparse(found []Match) ([]Mention, []actorRun) {
	n := s.perActor
	present := s.present[:0]
	for _, f := range found {
		if n[f.Actor] == 0 {
			present = append(present, int32(f.Actor))
		}
		n[f.Actor]++
	}
	slices.Sort(present)
	s.present = present
	runs := cut(&s.runSlab, len(present))
	off := 0
	for k, a := range present {
		c := n[a]
		n[a] = off // from here on: where a's next mention goes
		off += c
		runs[k] = actorRun{actor: a, end: int32(off)}
	}
	ms := cut(&s.msSlab, len(found))
	for _, f := range found {
		ms[n[f.Actor]] = Mention{Start: f.Start, End: f.End}
		n[f.Actor]++
	}
	for _, a := range present {
		n[a] = 0
	}
	return ms, runs
}

// cut returns the first k elements of *slab (capacity capped), refilling
// the slab when it is too short; requests larger than a slab get their own
// array.
func cut[T any](slab *[]T, k int) []T {
	if k > slabSize/4 {
		return make([]T, k)
	}
	if len(*slab) < k {
		*slab = make([]T, slabSize)
	}
	out := (*slab)[:k:k]
	*slab = (*slab)[k:]
	return out
}
