package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
)

func init() {
	register(command{name: "bench", summary: "measure every stage on a corpus (load, count, index, search, compare, chart)", run: runBench})
}

// benchReport is what `corpus bench -format json` prints. Its keys are
// stable and documented in the README ("Performance"): seconds (_s),
// milliseconds (_ms), throughput of document text (_mb_per_s) and the
// process's peak resident memory (peak_rss_mb, and per stage in stages).
type benchReport struct {
	Corpus    string  `json:"corpus"`
	Documents int     `json:"documents"`
	TextMB    float64 `json:"text_mb"`
	FilesMB   float64 `json:"files_mb"`
	Cores     int     `json:"cores"`

	ReadS      float64 `json:"read_s"` // baseline: reading the raw files, nothing else
	LoadS      float64 `json:"load_s"`
	LoadMBps   float64 `json:"load_mb_per_s"`
	Actors     int     `json:"actors"`
	Aliases    int     `json:"aliases"`
	ActorsFrom string  `json:"actors_from"`
	ActorsS    float64 `json:"actors_s"`
	ActorsMBps float64 `json:"actors_mb_per_s"`
	RgS        float64 `json:"rg_s,omitempty"` // baseline: rg -c -w -F -f ALIASES over the same files
	DiscoverS  float64 `json:"discover_s"`

	IndexS           float64 `json:"index_s"`
	IndexFirstBatchS float64 `json:"index_first_batch_s"`
	ReopenS          float64 `json:"reopen_s"`
	Searches         int     `json:"searches"`
	SearchP50ms      float64 `json:"search_p50_ms"`
	SearchP99ms      float64 `json:"search_p99_ms"`

	SimilarityS  float64 `json:"similarity_s"`
	CompareMs    float64 `json:"compare_ms"`
	CompareDocs  string  `json:"compare_docs"`
	CompareWords int     `json:"compare_words"`

	ChartMs    float64            `json:"chart_ms"` // the slowest kind
	ChartKinds map[string]float64 `json:"chart_kinds_ms"`

	PeakRSSMB float64      `json:"peak_rss_mb"`
	Stages    []benchStage `json:"stages"`
}

// benchStage is one stage's wall time and the peak resident memory while
// it ran.
type benchStage struct {
	Name      string  `json:"name"`
	Seconds   float64 `json:"seconds"`
	PeakRSSMB float64 `json:"peak_rss_mb"`
}

func runBench(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("bench", "[-corpus DIR] [-actors FILE] [-queries FILE] [-searches N] [-growth 1,2,4] [-format table|json]", stderr)
	var cf corpusFlags
	cf.add(fs)
	actorsPath := fs.String("actors", "", "actor registry YAML (default: the top 200 discovered actors)")
	queries := fs.String("queries", "", "file of search queries, one per line (default: a generated mix)")
	searches := fs.Int("searches", 200, "number of searches to time")
	growth := fs.String("growth", "", "comma-separated multiples (e.g. 1,2,4): run the bench on the corpus copied that many times, in a temp folder, and print the growth table")
	format := fs.String("format", "table", "output format: table or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *growth != "" {
		var ks []int
		for _, f := range strings.Split(*growth, ",") {
			k, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || k < 1 || k > 16 {
				return usageError("-growth: %q is not a multiple between 1 and 16", f)
			}
			ks = append(ks, k)
		}
		if cf.dir == "" {
			return usageError("-growth needs -corpus DIR")
		}
		return runGrowth(ctx, cf.dir, ks, *actorsPath, *searches, *format, stdout, stderr)
	}
	b := &bencher{cf: cf, actorsPath: *actorsPath, queriesPath: *queries, searches: *searches, log: stderr}
	rep, err := b.run(ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printBench(stdout, rep)
	return nil
}

// printBench prints the report as a table, with the targets beside
// the figures.
func printBench(w io.Writer, r *benchReport) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "corpus\t%s (%d documents, %.1f MB of text, %d cores)\n\n", r.Corpus, r.Documents, r.TextMB, r.Cores)
	fmt.Fprintln(tw, "STAGE\tMEASURED\tTARGET (Reuters, 2 cores)")
	fmt.Fprintf(tw, "read files (baseline)\t%.2f s\t\n", r.ReadS)
	fmt.Fprintf(tw, "load\t%.2f s, %.0f MB/s\t≥ 60 MB/s\n", r.LoadS, r.LoadMBps)
	rg := ""
	if r.RgS > 0 {
		rg = fmt.Sprintf(" (rg: %.2f s, ratio %.2f)", r.RgS, r.ActorsS/r.RgS)
	}
	fmt.Fprintf(tw, "actor counting, %d actors / %d aliases\t%.2f s, %.0f MB/s%s\t≥ 150 MB/s, ≤ 2× rg\n", r.Actors, r.Aliases, r.ActorsS, r.ActorsMBps, rg)
	fmt.Fprintf(tw, "discovery\t%.2f s\t≤ 3 s\n", r.DiscoverS)
	fmt.Fprintf(tw, "fresh index\t%.2f s (first batch searchable after %.2f s)\t≤ 15 s (first batches ≤ 1 s)\n", r.IndexS, r.IndexFirstBatchS)
	fmt.Fprintf(tw, "re-open index\t%.3f s\t≤ 0.5 s\n", r.ReopenS)
	fmt.Fprintf(tw, "search (%d queries)\tp50 %.2f ms, p99 %.2f ms\tp50 ≤ 5 ms, p99 ≤ 25 ms\n", r.Searches, r.SearchP50ms, r.SearchP99ms)
	fmt.Fprintf(tw, "all-pairs similarity\t%.2f s\t≤ 10 s\n", r.SimilarityS)
	fmt.Fprintf(tw, "compare two longest (%d words)\t%.1f ms\t≤ 100 ms\n", r.CompareWords, r.CompareMs)
	fmt.Fprintf(tw, "slowest chart\t%.0f ms %v\t≤ 300 ms\n", r.ChartMs, fmtKinds(r.ChartKinds))
	fmt.Fprintf(tw, "peak memory\t%.0f MB\t≤ 500 MB\n", r.PeakRSSMB)
	tw.Flush()
}

func fmtKinds(m map[string]float64) string {
	var parts []string
	for _, k := range chartKindNames {
		if v, ok := m[k]; ok {
			parts = append(parts, fmt.Sprintf("%s %.0f", k, v))
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// cores reports how many CPUs Go will use.
func cores() int { return runtime.GOMAXPROCS(0) }
