package app

import (
	"context"
	"errors"
	"fmt"
	"log"
	"runtime/debug"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"

	"github.com/corpus-explorer/corpus-explorer/views"
)

// ErrPanic wraps a panic recovered from a job's work.
var ErrPanic = errors.New("app: internal error")

// Runner runs named background jobs (it implements views.Runner): each job
// gets a cancellable context and a progress callback; starting a job with
// the name of a running one cancels the older; results are delivered on the
// UI goroutine with fyne.Do; a panic in the work becomes an error wrapping
// ErrPanic.
type Runner struct {
	// OnChange is called on the UI goroutine when a job starts, progresses
	// (at most every 100 ms) or ends.
	OnChange func()

	mu   sync.Mutex
	seq  int
	jobs map[string]*job
	wg   sync.WaitGroup
	busy atomic.Int64 // jobs whose done has not been handed to do yet
	do   func(func()) // fyne.Do; replaced in tests
}

type job struct {
	name        string
	seq         int
	started     time.Time
	cancel      context.CancelFunc
	done, total int
	lastNotify  time.Time
}

// JobInfo describes a running job.
type JobInfo struct {
	Name        string
	Done, Total int
	Started     time.Time
}

// NewRunner returns a runner delivering results with fyne.Do.
func NewRunner() *Runner {
	return &Runner{jobs: map[string]*job{}, do: fyne.Do}
}

var _ views.Runner = (*Runner)(nil)

// Run implements views.Runner.
func (r *Runner) Run(name string, work func(ctx context.Context, progress views.Progress) (any, error), done func(result any, err error)) {
	ctx, cancel := context.WithCancel(context.Background())
	r.mu.Lock()
	r.seq++
	j := &job{name: name, seq: r.seq, started: time.Now(), cancel: cancel}
	if old := r.jobs[name]; old != nil {
		old.cancel()
	}
	r.jobs[name] = j
	r.mu.Unlock()
	r.wg.Add(1)
	r.busy.Add(1)
	r.notify()
	go func() {
		defer r.wg.Done()
		defer r.busy.Add(-1)
		res, err := r.safeWork(ctx, work, j)
		cancelled := ctx.Err() != nil
		cancel()
		r.mu.Lock()
		if r.jobs[name] == j {
			delete(r.jobs, name)
		}
		r.mu.Unlock()
		r.do(func() {
			if !cancelled && done != nil {
				done(res, err)
			}
			if r.OnChange != nil {
				r.OnChange()
			}
		})
	}()
}

func (r *Runner) safeWork(ctx context.Context, work func(context.Context, views.Progress) (any, error), j *job) (res any, err error) {
	defer func() {
		if p := recover(); p != nil {
			log.Printf("panic in job %q: %v\n%s", j.name, p, debug.Stack())
			res, err = nil, fmt.Errorf("%w in %q: %v", ErrPanic, j.name, p)
		}
	}()
	return work(ctx, func(done, total int) { r.progress(j, done, total) })
}

func (r *Runner) progress(j *job, done, total int) {
	r.mu.Lock()
	j.done, j.total = done, total
	now := time.Now()
	send := now.Sub(j.lastNotify) >= 100*time.Millisecond || (total > 0 && done >= total)
	if send {
		j.lastNotify = now
	}
	r.mu.Unlock()
	if send {
		r.notify()
	}
}

func (r *Runner) notify() {
	if r.OnChange != nil {
		r.do(r.OnChange)
	}
}

// Cancel cancels the running job with the given name, if any; its done
// callback is not called.
func (r *Runner) Cancel(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if j := r.jobs[name]; j != nil {
		j.cancel()
	}
}

// CancelAll cancels every running job.
func (r *Runner) CancelAll() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, j := range r.jobs {
		j.cancel()
	}
}

// Jobs returns the running jobs, oldest first.
func (r *Runner) Jobs() []JobInfo {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]JobInfo, 0, len(r.jobs))
	seqs := map[string]int{}
	for _, j := range r.jobs {
		out = append(out, JobInfo{Name: j.name, Done: j.done, Total: j.total, Started: j.started})
		seqs[j.name] = j.seq
	}
	sort.Slice(out, func(a, b int) bool { return seqs[out[a].Name] < seqs[out[b].Name] })
	return out
}

// Wait blocks until every job's work has returned (for tests and quitting;
// never call it on the UI goroutine with jobs whose done needs it).
func (r *Runner) Wait() { r.wg.Wait() }
