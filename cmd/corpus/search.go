package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"text/tabwriter"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/search"
)

func init() {
	register(command{name: "search", summary: "search a corpus (Bleve query syntax; see -h)", run: runSearch})
}

// searchOutput is `corpus search -format json`.
type searchOutput struct {
	Query   string         `json:"query"`
	Total   int            `json:"total"`
	TookMS  float64        `json:"took_ms"`
	Hits    []searchHit    `json:"hits"`
	Sources []search.Facet `json:"sources,omitempty"`
	Months  []search.Facet `json:"months,omitempty"`
}

// searchHit is one hit of `corpus search -format json`. Fragments mark the
// matched words with <mark>…</mark>; Matches are [start, end) character
// offsets of every matched word in the document's text.
type searchHit struct {
	Document  string   `json:"document"`
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	Date      string   `json:"date,omitempty"`
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments"`
	Matches   [][2]int `json:"matches"`
}

func runSearch(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("search", "[-corpus DIR] [-limit N] [-sort score|date] [-format table|json] [-index DIR|none] QUERY", stderr)
	var cf corpusFlags
	cf.add(fs)
	limit := fs.Int("limit", 20, "number of hits to show")
	sortBy := fs.String("sort", "score", "order of the hits: score or date")
	format := fs.String("format", "table", "output format: table or json")
	indexDir := fs.String("index", "", "index folder (default: one per corpus under the user cache, or $"+search.EnvIndexDir+"); none: in memory")
	syntaxHelp := fs.Bool("syntax", false, "print the query syntax and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *syntaxHelp {
		fmt.Fprintln(stdout, search.HelpText)
		return nil
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return err
	}
	if err := checkFormat(*sortBy, search.SortScore, search.SortDate); err != nil {
		return err
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		return usageError("no query given (run corpus search -syntax for the syntax)")
	}
	c, err := cf.load(stderr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ix, err := openSearchIndex(ctx, c, *indexDir, stderr)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, search.Request{Query: query, Limit: *limit, Sort: *sortBy, Facets: true})
	if err != nil {
		return &exitError{code: 1, err: err}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // keep <mark> readable
		return enc.Encode(searchJSON(c, res))
	}
	printSearchTable(stdout, res)
	return nil
}

// openSearchIndex opens the corpus's index (dir "" for the default folder,
// "none" for memory) and waits for it to be up to date.
func openSearchIndex(ctx context.Context, c *corpus.Corpus, dir string, stderr io.Writer) (*search.Index, error) {
	var ix *search.Index
	var err error
	if dir == "none" {
		ix, err = search.NewMem(ctx, c, nil)
	} else {
		ix, err = search.Open(ctx, c, dir, nil)
	}
	if err != nil {
		return nil, err
	}
	if n := ix.Notice(); n != "" {
		fmt.Fprintln(stderr, "search:", n)
	}
	if err := ix.Wait(ctx); err != nil {
		ix.Close()
		if errors.Is(err, context.Canceled) {
			return nil, fmt.Errorf("indexing interrupted: %w", err)
		}
		return nil, err
	}
	return ix, nil
}

func searchJSON(c *corpus.Corpus, res *search.Result) searchOutput {
	out := searchOutput{Query: res.Query, Total: res.Total, TookMS: float64(res.Took.Microseconds()) / 1000,
		Hits: []searchHit{}, Sources: res.Sources, Months: res.Months}
	for _, h := range res.Hits {
		sh := searchHit{Document: h.ID, Title: h.Title, Source: h.Source, Score: h.Score,
			Fragments: []string{}, Matches: [][2]int{}}
		if !h.Date.IsZero() {
			sh.Date = h.Date.Format("2006-01-02")
		}
		for _, f := range h.Fragments {
			sh.Fragments = append(sh.Fragments, f.Marked("<mark>", "</mark>"))
		}
		if d := c.ByID(h.ID); d != nil {
			for _, s := range h.Spans {
				sh.Matches = append(sh.Matches, [2]int{d.CharOffset(s.Start), d.CharOffset(s.End)})
			}
		}
		out.Hits = append(out.Hits, sh)
	}
	return out
}

func printSearchTable(w io.Writer, res *search.Result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tSCORE\tDOCUMENT\tTITLE\tSOURCE\tDATE")
	for i, h := range res.Hits {
		date := ""
		if !h.Date.IsZero() {
			date = h.Date.Format("2006-01-02")
		}
		fmt.Fprintf(tw, "%d\t%.3f\t%s\t%s\t%s\t%s\n", i+1, h.Score, h.ID, corpus.Shorten(h.Title, 50), h.Source, date)
	}
	tw.Flush()
	for i, h := range res.Hits {
		fmt.Fprintf(w, "\n%d. %s\n", i+1, h.ID)
		for _, f := range h.Fragments {
			fmt.Fprintf(w, "   %s\n", f.Marked("«", "»"))
		}
	}
	fmt.Fprintf(w, "\n%d of %d matching documents in %.1f ms\n", len(res.Hits), res.Total, float64(res.Took.Microseconds())/1000)
}
