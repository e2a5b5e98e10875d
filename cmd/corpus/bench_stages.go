package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/search"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// bencher runs the stages of `corpus bench` one after another, each cold
// (nothing reused from an earlier stage but its input), and fills a report.
type bencher struct {
	cf          corpusFlags
	actorsPath  string
	queriesPath string
	searches    int
	log         io.Writer

	rep  benchReport
	peak float64
}

// stage times fn, records its peak memory and logs a line to stderr.
func (b *bencher) stage(name string, fn func() error) (float64, error) {
	runtime.GC()
	resetPeakRSS()
	start := time.Now()
	err := fn()
	secs := time.Since(start).Seconds()
	rss := peakRSSMB()
	b.peak = max(b.peak, rss)
	b.rep.Stages = append(b.rep.Stages, benchStage{Name: name, Seconds: secs, PeakRSSMB: rss})
	fmt.Fprintf(b.log, "bench: %-22s %8.3f s  %6.0f MB\n", name, secs, rss)
	if err != nil {
		return secs, fmt.Errorf("bench: %s: %w", name, err)
	}
	return secs, nil
}

func (b *bencher) run(ctx context.Context) (*benchReport, error) {
	r := &b.rep
	r.Cores = cores()
	r.ChartKinds = map[string]float64{}
	var c *corpus.Corpus

	if b.cf.dir != "" {
		r.ReadS, _ = b.stage("read files (baseline)", func() error { return readAll(b.cf.dir) })
	}
	var err error
	r.LoadS, err = b.stage("load", func() error {
		src := corpus.FromFS(seeds.Articles(), seeds.Name)
		if b.cf.dir != "" {
			src = corpus.FromPaths(b.cf.dir)
		}
		c, err = corpus.Load(ctx, src, corpus.Options{MaxFileSize: b.cf.maxSize}, nil)
		return err
	})
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	r.Corpus, r.Documents = c.Origin, len(c.Docs)
	r.TextMB = float64(c.Bytes()) / 1e6
	for _, d := range c.Docs {
		r.FilesMB += float64(d.Size) / 1e6
	}
	r.LoadMBps = r.TextMB / r.LoadS

	var cands []actors.Candidate
	r.DiscoverS, err = b.stage("discovery", func() error {
		cands, err = actors.Discover(ctx, c, actors.DiscoverOptions{Max: 200})
		return err
	})
	if err != nil {
		return nil, err
	}
	reg, err := b.registry(cands)
	if err != nil {
		return nil, err
	}
	r.Actors = len(reg.Actors)
	for _, a := range reg.Actors {
		r.Aliases += 1 + len(a.Aliases)
	}
	var counts *actors.Counts
	r.ActorsS, err = b.stage("actor counting", func() error {
		counts, err = actors.CountContext(ctx, c, reg, actors.Options{}, nil)
		return err
	})
	if err != nil {
		return nil, err
	}
	r.ActorsMBps = r.TextMB / r.ActorsS
	if b.cf.dir != "" {
		r.RgS = b.ripgrep(reg)
	}

	if err := b.searchStages(ctx, c); err != nil {
		return nil, err
	}

	var m *compare.Matrix
	r.SimilarityS, err = b.stage("all-pairs similarity", func() error {
		m, err = compare.Similarities(ctx, c, compare.SimilarityOptions{}, nil)
		return err
	})
	if err != nil {
		return nil, err
	}
	if err := b.compareStage(ctx, c); err != nil {
		return nil, err
	}
	for _, k := range chartKindNames {
		secs, err := b.stage("chart "+k, func() error { return renderChart(c, counts, m, k) })
		if err != nil {
			return nil, err
		}
		r.ChartKinds[k] = secs * 1000
		r.ChartMs = max(r.ChartMs, secs*1000)
	}
	r.PeakRSSMB = b.peak
	return r, nil
}

// registry is the -actors file, or the top discovered actors.
func (b *bencher) registry(cands []actors.Candidate) (*actors.Registry, error) {
	if b.actorsPath != "" {
		reg, err := actors.Load(b.actorsPath)
		if err != nil {
			return nil, &exitError{code: 1, err: err}
		}
		b.rep.ActorsFrom = b.actorsPath
		return reg, nil
	}
	reg := actors.RegistryFromCandidates(cands)
	b.rep.ActorsFrom = fmt.Sprintf("top %d discovered", len(reg.Actors))
	return reg, nil
}

// readAll reads every file under dir once: the floor for any loader.
func readAll(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		_, err = os.ReadFile(p)
		return err
	})
}

// ripgrep times `rg -c -w -F -f ALIASES` over the corpus folder, the
// baseline for counting; 0 when rg is not installed.
func (b *bencher) ripgrep(reg *actors.Registry) float64 {
	rg, err := exec.LookPath("rg")
	if err != nil {
		return 0
	}
	f, err := os.CreateTemp("", "corpus-bench-aliases-")
	if err != nil {
		return 0
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriter(f)
	for _, a := range reg.Actors {
		fmt.Fprintln(w, a.Name)
		for _, al := range a.Aliases {
			fmt.Fprintln(w, al)
		}
	}
	w.Flush()
	f.Close()
	cmd := exec.Command(rg, "-c", "-w", "-F", "-f", f.Name(), b.cf.dir)
	cmd.Stdout = io.Discard
	secs, _ := b.stage("rg baseline", func() error { cmd.Run(); return nil })
	return secs
}

// queries returns the -queries file's lines or a generated mix.
func (b *bencher) queries(c *corpus.Corpus) ([]string, error) {
	if b.queriesPath == "" {
		return search.BenchQueries(c, b.searches), nil
	}
	data, err := os.ReadFile(b.queriesPath)
	if err != nil {
		return nil, &exitError{code: 1, err: err}
	}
	var qs []string
	for _, l := range strings.Split(string(bytes.TrimSpace(data)), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			qs = append(qs, l)
		}
	}
	if len(qs) == 0 {
		return nil, usageError("%s: no queries", b.queriesPath)
	}
	return qs, nil
}

// percentile returns the p-th percentile (0..100) of sorted durations in ms.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p / 100 * float64(len(sorted)-1))
	return sorted[i]
}
