package actors

import (
	"context"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus/corpustest"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// loadBench loads the corpus in $CORPUS_BENCH_DIR once, or skips b.
func loadBench(b *testing.B) *corpus.Corpus { return corpustest.Bench(b) }

// topRegistry is the registry of the n most frequent discovered actors
// (as `corpus bench` uses when no registry is given), topped up to at least
// names names and aliases with the names of the next discovered actors,
// given round-robin as extra aliases: the issue's "200 actors, 500
// aliases".
func topRegistry(b *testing.B, c *corpus.Corpus, n, names int) *Registry {
	cands, err := Discover(context.Background(), c, DiscoverOptions{})
	if err != nil {
		b.Fatal(err)
	}
	r := RegistryFromCandidates(cands[:min(n, len(cands))])
	total := 0
	for _, a := range r.Actors {
		total += len(a.Names())
	}
	for i, k := min(n, len(cands)), 0; total < names && i < len(cands) && len(r.Actors) > 0; i++ {
		for _, name := range cands[i].Actor.Names() {
			if r.AddAlias(k%len(r.Actors), name) == nil {
				total++
				k++
			}
		}
	}
	return r
}

// BenchmarkCount counts the top 200 discovered actors (with all their
// aliases) in the corpus; it reports MB/s of text.
func BenchmarkCount(b *testing.B) {
	c := loadBench(b)
	r := topRegistry(b, c, 200, 500)
	aliases := 0
	for _, a := range r.Actors {
		aliases += len(a.Names())
	}
	b.Logf("%d actors, %d names and aliases", len(r.Actors), aliases)
	if out := os.Getenv("CORPUS_BENCH_ALIASES"); out != "" {
		writeAliases(b, r, out)
	}
	b.SetBytes(int64(c.Bytes()))
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Count(c, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0, c.Bytes())
}

// writeAliases writes every name and alias of r, one a line, for comparing
// with `rg -c -w -F -f FILE`.
func writeAliases(b *testing.B, r *Registry, path string) {
	var lines []string
	for _, a := range r.Actors {
		lines = append(lines, a.Names()...)
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		b.Fatal(err)
	}
}

// cpuTime returns the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports CPU time per operation and MB per CPU-second: on a
// shared machine wall time says more about the neighbours than the code.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	d := cpuTime() - start
	if d <= 0 || b.N == 0 {
		return
	}
	per := d.Seconds() / float64(b.N)
	b.ReportMetric(per*1000, "cpu-ms/op")
	b.ReportMetric(float64(bytes)/1e6/per, "MB/cpu-s")
}

// BenchmarkDiscover runs discovery over the corpus.
func BenchmarkDiscover(b *testing.B) {
	c := loadBench(b)
	b.SetBytes(int64(c.Bytes()))
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Discover(context.Background(), c, DiscoverOptions{Max: 200}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0, c.Bytes())
}

// BenchmarkMatcherSeeds counts the seeds' registry in the seeds, without a
// corpus folder.
func BenchmarkMatcherSeeds(b *testing.B) {
	c := seedCorpus(b)
	r, err := Parse(seeds.ActorsYAML())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(c.Bytes()))
	for b.Loop() {
		if _, err := Count(c, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScan runs only the matcher over every document (no result
// matrix), on one goroutine: the figure to compare with grep tools.
func BenchmarkScan(b *testing.B) {
	c := loadBench(b)
	r := topRegistry(b, c, 200, 500)
	m := NewMatcher(r)
	s := m.newScanner()
	b.SetBytes(int64(c.Bytes()))
	b.ResetTimer()
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		var found []Match
		for _, d := range c.Docs {
			found = s.find(d.Text, 0, len(d.Text), found[:0])
			n += len(found)
		}
	}
	reportCPU(b, cpu0, c.Bytes())
	b.ReportMetric(float64(n)/float64(b.N), "mentions/op")
}
