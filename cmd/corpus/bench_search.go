package main

import (
	"context"
	"io"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/charts"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/search"
)

// searchStages builds a fresh persistent index in a temporary folder
// (noting when the first batch became searchable), re-opens it, and times
// the searches with highlighting.
func (b *bencher) searchStages(ctx context.Context, c *corpus.Corpus) error {
	r := &b.rep
	dir, err := os.MkdirTemp("", "corpus-bench-index-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var once sync.Once
	var first time.Duration
	start := time.Now()
	r.IndexS, err = b.stage("fresh index", func() error {
		ix, err := search.Open(ctx, c, dir, func(done, total int) {
			if done > 0 {
				once.Do(func() { first = time.Since(start) })
			}
		})
		if err != nil {
			return err
		}
		if err := ix.Wait(ctx); err != nil {
			ix.Close()
			return err
		}
		return ix.Close()
	})
	if err != nil {
		return err
	}
	r.IndexFirstBatchS = first.Seconds()

	var ix *search.Index
	r.ReopenS, err = b.stage("re-open index", func() error {
		ix, err = search.Open(ctx, c, dir, nil)
		if err != nil {
			return err
		}
		return ix.Wait(ctx)
	})
	if err != nil {
		return err
	}
	defer ix.Close()

	qs, err := b.queries(c)
	if err != nil {
		return err
	}
	var took []float64
	_, err = b.stage("searches", func() error {
		for _, q := range qs {
			t0 := time.Now()
			if _, err := ix.Search(ctx, search.Request{Query: q, Limit: 20}); err != nil {
				// A query the user's file got wrong is reported, not fatal.
				b.log.Write([]byte("bench: query " + q + ": " + err.Error() + "\n"))
				continue
			}
			took = append(took, float64(time.Since(t0).Microseconds())/1000)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Float64s(took)
	r.Searches = len(took)
	r.SearchP50ms, r.SearchP99ms = percentile(took, 50), percentile(took, 99)
	return nil
}

// compareStage compares the two longest documents.
func (b *bencher) compareStage(ctx context.Context, c *corpus.Corpus) error {
	if len(c.Docs) < 2 {
		return nil
	}
	docs := append([]*corpus.Document(nil), c.Docs...)
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Words > docs[j].Words })
	a, bd := docs[0], docs[1]
	b.rep.CompareDocs = a.ID + " × " + bd.ID
	b.rep.CompareWords = a.Words + bd.Words
	// The corpus model (IDF weights) is built once per corpus in the app;
	// build it outside the timing, as the app has it by the time a user
	// compares two documents.
	model, err := compare.NewModel(ctx, c, nil)
	if err != nil {
		return err
	}
	secs, err := b.stage("compare two longest", func() error {
		_, err := compare.Pair(ctx, c, a, bd, compare.Options{Model: model})
		return err
	})
	b.rep.CompareMs = secs * 1000
	return err
}

// chartKindNames are the chart kinds the bench renders, in order.
var chartKindNames = func() []string {
	var ks []string
	for _, k := range charts.Kinds {
		ks = append(ks, string(k))
	}
	return ks
}()

// renderChart builds one chart kind and renders it as a PNG at the default
// size, as the app and `corpus chart` do.
func renderChart(c *corpus.Corpus, counts *actors.Counts, m *compare.Matrix, kind string) error {
	if kind == "similarity" && m != nil && m.Values == nil {
		// A large corpus has no dense matrix: chart the exact sub-matrix of
		// the documents with the most mentions, as the app does.
		m = m.Sub(topMentioned(counts, 30))
	}
	ch, err := charts.New(charts.Data{Corpus: c, Counts: counts, Similarity: m}, charts.Options{Kind: charts.Kind(kind)})
	if err != nil {
		return err
	}
	return ch.Write(io.Discard, "png")
}

// topMentioned returns the IDs of the n documents with the most mentions.
func topMentioned(counts *actors.Counts, n int) []string {
	if counts == nil {
		return nil
	}
	type docTotal struct {
		id    string
		total int
	}
	all := make([]docTotal, 0, len(counts.Docs))
	for _, dc := range counts.Docs {
		all = append(all, docTotal{dc.DocID, dc.Len()})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].total > all[j].total })
	ids := make([]string, 0, n)
	for _, d := range all[:min(n, len(all))] {
		ids = append(ids, d.id)
	}
	return ids
}
