package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"text/tabwriter"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

func init() {
	register(command{name: "compare", summary: "compare two documents: shared passages, paraphrases, figures", run: runCompare})
}

func runCompare(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("compare", "[-corpus DIR] [-min-words N] [-actors FILE] [-format table|json] DOC_A DOC_B", stderr)
	var cf corpusFlags
	cf.add(fs)
	minWords := fs.Int("min-words", 6, "shortest shared passage, in words")
	actorsFile := fs.String("actors", "", "actor registry (YAML) for the per-actor table (default: the seeds' registry with the seeds)")
	format := fs.String("format", "table", "output format: table or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return usageError("compare needs two documents (ID or 1-based position), got %d", fs.NArg())
	}
	if *minWords < 1 {
		return usageError("-min-words must be at least 1")
	}
	c, err := cf.load(stderr)
	if err != nil {
		return err
	}
	a, err := c.Lookup(fs.Arg(0))
	if err != nil {
		return usageError("%w", err)
	}
	b, err := c.Lookup(fs.Arg(1))
	if err != nil {
		return usageError("%w", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts := compare.Options{MinWords: *minWords}
	if opts.Counts, err = countFor(ctx, c, cf.dir, *actorsFile); err != nil {
		return &exitError{code: 2, err: err}
	}
	cmp, err := compare.Pair(ctx, c, a, b, opts)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(toCompareJSON(cmp))
	}
	return printComparison(stdout, cmp)
}

// countFor counts the registry in file (or the seeds' registry when the
// corpus is the seeds and no file is given; nil otherwise).
func countFor(ctx context.Context, c *corpus.Corpus, dir, file string) (*actors.Counts, error) {
	var reg *actors.Registry
	var err error
	switch {
	case file != "":
		reg, err = actors.Load(file)
	case dir == "":
		reg, err = actors.Parse(seeds.ActorsYAML())
	default:
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return actors.CountContext(ctx, c, reg, actors.Options{}, nil)
}

func printComparison(w io.Writer, cmp *compare.Comparison) error {
	a, b := cmp.A, cmp.B
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "A\t%s\t%s\n", a.ID, corpus.Shorten(a.Title, 70))
	fmt.Fprintf(tw, "B\t%s\t%s\n", b.ID, corpus.Shorten(b.Title, 70))
	fmt.Fprintf(tw, "similarity\t%.3f\n", cmp.Similarity)
	fmt.Fprintf(tw, "shared\t%.1f%% of A, %.1f%% of B\n", 100*cmp.SharedA, 100*cmp.SharedB)
	fmt.Fprintf(tw, "sentences\t%d shared, %d paraphrased, %d only in A, %d only in B\n",
		cmp.Count(compare.Shared), cmp.Count(compare.Paraphrase), cmp.Count(compare.OnlyA), cmp.Count(compare.OnlyB))
	fmt.Fprintln(tw)
	fmt.Fprintf(tw, "PASSAGES (%d)\tWORDS\tA\tB\tTEXT\n", len(cmp.Passages))
	for i, p := range cmp.Passages {
		moved := ""
		if p.Moved {
			moved = " (moved)"
		}
		fmt.Fprintf(tw, "%d\t%d\t%d-%d\t%d-%d\t%s%s\n", i+1, p.Words, a.CharOffset(p.A.Start), a.CharOffset(p.A.End),
			b.CharOffset(p.B.Start), b.CharOffset(p.B.End), corpus.Shorten(p.Text, 70), moved)
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "PARAPHRASES\tSCORE\tA\tB")
	for _, s := range cmp.Sentences {
		if s.Label == compare.Paraphrase {
			fmt.Fprintf(tw, "\t%.2f\t%s\t%s\n", s.Score, corpus.Shorten(a.Sentence(s.A), 60), corpus.Shorten(b.Sentence(s.B), 60))
		}
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "FIGURES\tA\tB\tWHAT\t")
	for _, n := range cmp.Numbers {
		fa, fb, flag := "—", "—", ""
		if n.A != nil {
			fa = n.A.Text
		}
		if n.B != nil {
			fb = n.B.Text
		}
		if n.Disagrees() {
			flag = "DISAGREE"
		} else if n.A != nil && n.B != nil {
			flag = "agree"
		}
		fmt.Fprintf(tw, "\t%s\t%s\t%s\t%s\n", fa, fb, n.What, flag)
	}
	if len(cmp.Actors) > 0 {
		fmt.Fprintln(tw)
		fmt.Fprintln(tw, "ACTORS\tA\tB")
		for _, r := range cmp.Actors {
			fmt.Fprintf(tw, "%s\t%d\t%d\n", r.Name, len(r.InA), len(r.InB))
		}
	}
	return tw.Flush()
}
