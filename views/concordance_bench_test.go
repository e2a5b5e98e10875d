package views

import (
	"context"
	"os"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// benchCorpus loads the corpus folder named by CORPUS_BENCH_DIR and counts
// the seed registry in it; it skips the benchmark when the variable is unset.
func benchCorpus(b *testing.B) (*corpus.Corpus, *actors.Registry, *actors.Counts) {
	b.Helper()
	dir := os.Getenv("CORPUS_BENCH_DIR")
	if dir == "" {
		b.Skip("set CORPUS_BENCH_DIR to a corpus folder")
	}
	c, err := corpus.Load(context.Background(), corpus.FromPaths(dir), corpus.Options{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	r, err := actors.Parse(seeds.ActorsYAML())
	if err != nil {
		b.Fatal(err)
	}
	counts, err := actors.Count(c, r, actors.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return c, r, counts
}

// BenchmarkConcordanceFreeWord looks a frequent word up in the corpus and
// sorts the lines by right context, as the tab does off the UI goroutine.
func BenchmarkConcordanceFreeWord(b *testing.B) {
	c, _, _ := benchCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		lines, total, err := findWord(context.Background(), c, "oil", 40, nil)
		if err != nil || total == 0 {
			b.Fatal(total, err)
		}
		sortLines(lines, sortConcRight)
		b.ReportMetric(float64(total), "lines")
	}
}

// BenchmarkConcordanceActor builds an actor's concordance from the counts
// and sorts it by left context.
func BenchmarkConcordanceActor(b *testing.B) {
	c, r, counts := benchCorpus(b)
	i := r.Find("U.S.")
	b.ResetTimer()
	for b.Loop() {
		lines := actors.KWIC(c, counts, i, 40)
		sortLines(lines, sortConcLeft)
		b.ReportMetric(float64(len(lines)), "lines")
	}
}
