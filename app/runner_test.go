package app

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/corpus-explorer/corpus-explorer/views"
)

// syncRunner delivers results on the calling goroutine, recorded under a
// mutex.
func syncRunner() *Runner {
	r := NewRunner()
	var mu sync.Mutex
	r.do = func(f func()) { mu.Lock(); defer mu.Unlock(); f() }
	return r
}

func TestRunnerDeliversResult(t *testing.T) {
	r := syncRunner()
	got := make(chan int, 1)
	views.Go(r, "sum", func(ctx context.Context, p views.Progress) (int, error) {
		p(1, 2)
		p(2, 2)
		return 42, nil
	}, func(v int, err error) {
		if err != nil {
			t.Error(err)
		}
		got <- v
	})
	r.Wait()
	if v := <-got; v != 42 {
		t.Errorf("got %d", v)
	}
	if jobs := r.Jobs(); len(jobs) != 0 {
		t.Errorf("jobs left: %v", jobs)
	}
}

func TestRunnerCancel(t *testing.T) {
	r := syncRunner()
	started := make(chan struct{})
	called := false
	var workErr error
	r.Run("long", func(ctx context.Context, _ views.Progress) (any, error) {
		close(started)
		<-ctx.Done()
		workErr = ctx.Err()
		return nil, ctx.Err()
	}, func(any, error) { called = true })
	<-started
	if jobs := r.Jobs(); len(jobs) != 1 || jobs[0].Name != "long" {
		t.Fatalf("jobs = %v", jobs)
	}
	r.Cancel("long")
	r.Wait()
	if called {
		t.Error("done was called for a cancelled job")
	}
	if !errors.Is(workErr, context.Canceled) {
		t.Errorf("work saw %v", workErr)
	}
}

func TestRunnerReplacesJobOfSameName(t *testing.T) {
	r := syncRunner()
	var mu sync.Mutex
	var results []string
	first := make(chan struct{})
	r.Run("search", func(ctx context.Context, _ views.Progress) (any, error) {
		close(first)
		<-ctx.Done()
		return "old", nil // even a result that arrives is dropped
	}, func(v any, _ error) { mu.Lock(); results = append(results, v.(string)); mu.Unlock() })
	<-first
	r.Run("search", func(ctx context.Context, _ views.Progress) (any, error) {
		return "new", nil
	}, func(v any, _ error) { mu.Lock(); results = append(results, v.(string)); mu.Unlock() })
	r.Run("other", func(ctx context.Context, _ views.Progress) (any, error) {
		select {
		case <-ctx.Done():
			return "other cancelled", nil
		case <-time.After(10 * time.Millisecond):
			return "other", nil
		}
	}, func(v any, _ error) { mu.Lock(); results = append(results, v.(string)); mu.Unlock() })
	r.Wait()
	mu.Lock()
	defer mu.Unlock()
	if len(results) != 2 || !contains(results, "new") || !contains(results, "other") {
		t.Errorf("results = %v; want new and other only", results)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestRunnerRecoversPanic(t *testing.T) {
	r := syncRunner()
	var got error
	r.Run("boom", func(context.Context, views.Progress) (any, error) {
		var m map[string]int
		m["x"] = 1 // panics
		return nil, nil
	}, func(_ any, err error) { got = err })
	r.Wait()
	if !errors.Is(got, ErrPanic) {
		t.Fatalf("err = %v, want ErrPanic", got)
	}
}

func TestRunnerReportsProgress(t *testing.T) {
	r := syncRunner()
	changes := 0
	r.OnChange = func() { changes++ }
	seen := make(chan JobInfo, 1)
	step := make(chan struct{})
	r.Run("load", func(ctx context.Context, p views.Progress) (any, error) {
		p(3, 10)
		seen <- r.Jobs()[0]
		<-step
		return nil, nil
	}, nil)
	j := <-seen
	close(step)
	r.Wait()
	if j.Done != 3 || j.Total != 10 {
		t.Errorf("job info %+v", j)
	}
	if changes < 2 {
		t.Errorf("OnChange called %d times", changes)
	}
}
