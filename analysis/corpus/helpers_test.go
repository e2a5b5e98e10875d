package corpus

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// loadMap loads a corpus from in-memory files.
func loadMap(t *testing.T, files map[string][]byte, opts Options) *Corpus {
	t.Helper()
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: data}
	}
	c, err := Load(context.Background(), FromFS(m, "test"), opts, nil)
	if c == nil {
		t.Fatalf("Load: %v", err)
	}
	return c
}

// problemFor returns the problem reported for path, failing when none is.
func problemFor(t *testing.T, c *Corpus, path string) Problem {
	t.Helper()
	for _, p := range c.Problems {
		if p.Path == path {
			return p
		}
	}
	t.Fatalf("no problem reported for %s; problems: %v", path, c.Problems)
	return Problem{}
}

// checkDocument checks the invariants every loaded document keeps.
func checkDocument(t testing.TB, d *Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Errorf("%s: text is not valid UTF-8", d.ID)
	}
	checkSpans(t, d.ID+" paragraphs", d.Paragraphs, len(d.Text))
	checkSpans(t, d.ID+" sentences", d.Sentences, len(d.Text))
	checkSpans(t, d.ID+" boilerplate", d.Boilerplate, len(d.Text))
}

// checkSpans fails unless spans lie inside [0,n), are non-empty, sorted and
// do not overlap.
func checkSpans(t testing.TB, what string, spans []Span, n int) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > n {
			t.Fatalf("%s: span %d %v bad (previous end %d, text length %d)", what, i, s, prev, n)
		}
		prev = s.End
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func errorsIs(err, target error) bool { return err != nil && errors.Is(err, target) }
