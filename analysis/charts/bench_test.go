package charts

import (
	"context"
	"io"
	"os"
	"sync"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// benchActors is a registry for news-wire corpora such as Reuters-21578;
// set CORPUS_BENCH_ACTORS to a YAML file to use another.
const benchActors = `actors:
  - {name: United States, kind: place, aliases: [U.S., USA, Washington]}
  - {name: Japan, kind: place, aliases: [Tokyo, Japanese]}
  - {name: OPEC, kind: organisation}
  - {name: Ronald Reagan, kind: person, aliases: [Reagan]}
  - {name: Federal Reserve, kind: organisation, aliases: [Fed]}
  - {name: West Germany, kind: place, aliases: [Bonn, Bundesbank]}
  - {name: Brazil, kind: place}
  - {name: Canada, kind: place, aliases: [Ottawa]}
`

var (
	benchOnce sync.Once
	benchData Data
	benchErr  error
)

// loadBench loads CORPUS_BENCH_DIR and counts the bench registry once.
func loadBench(b *testing.B) Data {
	dir := os.Getenv("CORPUS_BENCH_DIR")
	if dir == "" {
		b.Skip("set CORPUS_BENCH_DIR to a corpus folder to run the chart benchmarks")
	}
	benchOnce.Do(func() {
		c, err := corpus.Load(context.Background(), corpus.FromPaths(dir), corpus.Options{}, nil)
		if err != nil {
			benchErr = err
			return
		}
		var r *actors.Registry
		if p := os.Getenv("CORPUS_BENCH_ACTORS"); p != "" {
			r, err = actors.Load(p)
		} else {
			r, err = actors.Parse([]byte(benchActors))
		}
		if err != nil {
			benchErr = err
			return
		}
		counts, err := actors.Count(c, r, actors.Options{})
		if err != nil {
			benchErr = err
			return
		}
		benchData = Data{Corpus: c, Counts: counts}
		ids, err := TopDocuments(benchData, Options{}, 30)
		if err != nil {
			benchErr = err
			return
		}
		benchData.Similarity, benchErr = compare.SubsetSimilarities(context.Background(), c, ids)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchData
}

// BenchmarkChart prepares and renders each kind at 1200 × 750 pixels, as
// the app does for its tab (the target: ≤ 300 ms each on Reuters).
func BenchmarkChart(b *testing.B) {
	cases := []struct {
		name string
		o    Options
	}{
		{"mentions", Options{Kind: Mentions, Per1000: true}},
		{"dispersion", Options{Kind: Dispersion}},
		{"heatmap", Options{Kind: Heatmap, Per1000: true}},
		{"trend", Options{Kind: Trend, Per1000: true}},
		{"trend_month", Options{Kind: Trend, Per1000: true, Bucket: BucketMonth}},
		{"trend_day", Options{Kind: Trend, Per1000: true, Bucket: BucketDay}},
		{"similarity", Options{Kind: Similarity}},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			d := loadBench(b)
			b.ResetTimer()
			cpu := cpuTime()
			for i := 0; i < b.N; i++ {
				ch, err := New(d, tc.o)
				if err != nil {
					b.Fatal(err)
				}
				ch.Image(1200, 750)
			}
			b.ReportMetric((cpuTime()-cpu)*1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkExport writes the trend by month in each format.
func BenchmarkExport(b *testing.B) {
	for _, format := range []string{"png", "svg", "pdf"} {
		b.Run(format, func(b *testing.B) {
			d := loadBench(b)
			ch, err := New(d, Options{Kind: Trend, Per1000: true, Bucket: BucketMonth, Caption: true})
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			cpu := cpuTime()
			for i := 0; i < b.N; i++ {
				if err := ch.Write(io.Discard, format); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuTime()-cpu)*1000/float64(b.N), "cpu-ms/op")
		})
	}
}
