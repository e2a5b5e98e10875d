package corpus

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// runWorkers runs fn(i) for i in [0,n) on workers goroutines, reporting
// progress from the calling goroutine, and stops early when ctx is done.
func runWorkers(ctx context.Context, n, workers int, progress Progress, fn func(i int)) error {
	if n == 0 {
		if progress != nil {
			progress(0, 0)
		}
		return ctx.Err()
	}
	if workers > n {
		workers = n
	}
	next := make(chan int)
	done := make(chan struct{}, 256)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
				done <- struct{}{}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := 0; i < n; i++ {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(done) }()
	step := n / 200
	if step < 1 {
		step = 1
	}
	count := 0
	for range done {
		count++
		if progress != nil && (count%step == 0 || count == n) {
			progress(count, n)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return nil
}

// directLimit is the largest plain-text file built on the worker's own
// goroutine: text decoding, normalising and splitting are linear, so such a
// file cannot hang, and the per-file goroutine, channel and timer of the
// watched path (measurable over 21,000 small files) are saved.
const directLimit = 1 << 20

// linearFormats are the extensions whose reading is linear in the size.
var linearFormats = map[string]bool{".txt": true, ".text": true, ".md": true}

// buildDirect runs build on the calling goroutine, turning a panic into a
// skipped-file problem as buildWithin does.
func buildDirect(f file, build func() (*Document, []Problem)) (d *Document, ps []Problem) {
	defer func() {
		if r := recover(); r != nil {
			d, ps = nil, []Problem{{Path: f.rel, Err: fmt.Errorf("%w: the reader failed (%v)", ErrCorrupt, r), Skipped: true}}
		}
	}()
	return build()
}

// buildWithin runs buildDocument, giving up after timeout (when positive)
// or when ctx is done: the file is then reported as skipped and its reader
// left to finish in the background, so one pathological file cannot hang
// the load.
func buildWithin(ctx context.Context, timeout time.Duration, f file, build func() (*Document, []Problem)) (*Document, []Problem) {
	if timeout < 0 {
		return build()
	}
	type result struct {
		d  *Document
		ps []Problem
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{ps: []Problem{{Path: f.rel, Err: fmt.Errorf("%w: the reader failed (%v)", ErrCorrupt, r), Skipped: true}}}
			}
		}()
		d, ps := build()
		done <- result{d, ps}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.d, r.ps
	case <-timer.C:
		return nil, []Problem{{Path: f.rel, Err: fmt.Errorf("%w: gave up after %v", ErrTimeout, timeout), Skipped: true}}
	case <-ctx.Done():
		return nil, []Problem{{Path: f.rel, Err: ctx.Err(), Skipped: true}}
	}
}
