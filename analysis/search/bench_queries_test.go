package search

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestBenchQueries(t *testing.T) {
	c := loadSeeds(t)
	a, b := BenchQueries(c, 40), BenchQueries(c, 40)
	if len(a) != 40 || !slices.Equal(a, b) {
		t.Fatalf("not reproducible or wrong length: %d vs %d", len(a), len(b))
	}
	kinds := map[string]bool{}
	ix := memIndex(t, c)
	for _, q := range a {
		switch {
		case strings.HasPrefix(q, `"`):
			kinds["phrase"] = true
		case strings.HasPrefix(q, "+"):
			kinds["boolean"] = true
		case strings.HasSuffix(q, "~1"):
			kinds["fuzzy"] = true
		case strings.HasSuffix(q, "*"):
			kinds["prefix"] = true
		case strings.HasPrefix(q, "title:"):
			kinds["field"] = true
		}
		if _, err := ix.Search(context.Background(), Request{Query: q}); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
	if len(kinds) != 5 {
		t.Errorf("kinds %v in %q", kinds, a)
	}
}
