package search

import (
	"context"
	"errors"
	"sync"
	"testing"
)

var (
	fuzzOnce  sync.Once
	fuzzIndex *Index
)

// FuzzQuery feeds arbitrary query strings to Search: it must answer or
// return one of the package's errors, never panic or hang.
func FuzzQuery(f *testing.F) {
	// Seeds are in testdata/fuzz/FuzzQuery.
	f.Fuzz(func(t *testing.T, q string) {
		fuzzOnce.Do(func() {
			ix, err := NewMem(context.Background(), loadSeeds(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			ix.Wait(context.Background())
			fuzzIndex = ix
		})
		res, err := fuzzIndex.Search(context.Background(), Request{Query: q, Facets: true})
		if err != nil {
			if !errors.Is(err, ErrQuery) && !errors.Is(err, ErrQueryTooLong) && !errors.Is(err, ErrQueryTooComplex) {
				t.Fatalf("%q: unexpected error %v", q, err)
			}
			return
		}
		for _, h := range res.Hits {
			d := fuzzIndex.c.ByID(h.ID)
			for _, s := range h.Spans {
				if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
					t.Fatalf("%q: span %v outside %s", q, s, h.ID)
				}
			}
			for _, fr := range h.Fragments {
				for _, m := range fr.Marks {
					if m.Start < 0 || m.End > len(fr.Text) || m.Start >= m.End {
						t.Fatalf("%q: mark %v outside fragment %q", q, m, fr.Text)
					}
				}
			}
		}
	})
}
