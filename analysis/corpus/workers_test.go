package corpus

import "testing"

// TestBuildDirect checks that a panic while building a plain-text file on
// the worker's goroutine becomes a skipped-file problem, as on the watched
// path.
func TestBuildDirect(t *testing.T) {
	d, ps := buildDirect(file{rel: "p.txt"}, func() (*Document, []Problem) { panic("boom") })
	if d != nil || len(ps) != 1 || !errorsIs(ps[0].Err, ErrCorrupt) || !ps[0].Skipped || ps[0].Path != "p.txt" {
		t.Errorf("panic: %v %v", d, ps)
	}
	d, ps = buildDirect(file{rel: "q.txt"}, func() (*Document, []Problem) { return &Document{ID: "q"}, nil })
	if d == nil || d.ID != "q" || ps != nil {
		t.Errorf("quick: %v %v", d, ps)
	}
}
