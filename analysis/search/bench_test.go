package search

import (
	"context"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus/corpustest"
)

// loadBench loads the corpus in $CORPUS_BENCH_DIR once, or skips b.
func loadBench(b *testing.B) *corpus.Corpus { return corpustest.Bench(b) }

// BenchmarkIndexFresh indexes the corpus into an empty folder; it also
// reports how long until the first batch is searchable.
func BenchmarkIndexFresh(b *testing.B) {
	c := loadBench(b)
	b.SetBytes(int64(c.Bytes()))
	var first time.Duration
	cpu0 := cpuTime()
	for i := 0; b.Loop(); i++ {
		dir := filepath.Join(b.TempDir(), "ix")
		start := time.Now()
		var once sync.Once
		ix, err := Open(context.Background(), c, dir, func(done, total int) {
			once.Do(func() { first += time.Since(start) })
		})
		if err != nil {
			b.Fatal(err)
		}
		if err := ix.Wait(context.Background()); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(first.Milliseconds())/float64(b.N), "first-batch-ms")
	b.ReportMetric(float64(len(c.Docs)), "docs")
}

// BenchmarkReopen reopens an up-to-date persisted index.
func BenchmarkReopen(b *testing.B) {
	c := loadBench(b)
	dir := filepath.Join(b.TempDir(), "ix")
	ix, err := Open(context.Background(), c, dir, nil)
	if err != nil {
		b.Fatal(err)
	}
	ix.Wait(context.Background())
	ix.Close()
	cpu0 := cpuTime()
	for b.Loop() {
		ix, err := Open(context.Background(), c, dir, nil)
		if err != nil {
			b.Fatal(err)
		}
		if st := ix.State(); st.Total != 0 {
			b.Fatalf("reopen re-indexes %d documents", st.Total)
		}
		ix.Close()
	}
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkSearch runs BenchQueries(200) on the reopened index, with hit
// offsets and fragments (limit 20, no facets), and reports the median and
// 99th-percentile latency.
func BenchmarkSearch(b *testing.B) {
	c := loadBench(b)
	dir := filepath.Join(b.TempDir(), "ix")
	ix, err := Open(context.Background(), c, dir, nil)
	if err != nil {
		b.Fatal(err)
	}
	ix.Wait(context.Background())
	ix.Close()
	// Search the reopened index, as after any later start of the app.
	ix, err = Open(context.Background(), c, dir, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	queries := BenchQueries(c, 200)
	var lat []time.Duration
	for b.Loop() {
		for _, q := range queries {
			start := time.Now()
			if _, err := ix.Search(context.Background(), Request{Query: q, Limit: 20}); err != nil {
				b.Fatalf("%s: %v", q, err)
			}
			lat = append(lat, time.Since(start))
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
