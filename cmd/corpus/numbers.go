package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"text/tabwriter"

	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func init() {
	register(command{name: "numbers", summary: "list the figures every document reports", run: runNumbers})
}

// numberJSON is one row of `corpus numbers -format json`; start and end are
// character offsets, sentence_index is 0-based (-1 when unknown).
type numberJSON struct {
	Document      string  `json:"document"`
	Value         float64 `json:"value"`
	Text          string  `json:"text"`
	Hedge         string  `json:"hedge"`
	What          string  `json:"what"`
	Start         int     `json:"start"`
	End           int     `json:"end"`
	SentenceIndex int     `json:"sentence_index"`
	Sentence      string  `json:"sentence"`
}

func runNumbers(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("numbers", "[-corpus DIR] [-format table|csv|json]", stderr)
	var cf corpusFlags
	cf.add(fs)
	format := fs.String("format", "table", "output format: table, csv or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	c, err := cf.load(stderr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	table, err := compare.NumberTable(ctx, c, nil)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	rows := make([]numberJSON, len(table))
	for i, f := range table {
		d := c.ByID(f.DocID)
		rows[i] = numberJSON{Document: f.DocID, Value: f.Value, Text: f.Text, Hedge: f.Hedge, What: f.What,
			Start: d.CharOffset(f.Span.Start), End: d.CharOffset(f.Span.End), SentenceIndex: f.Sentence}
		if f.Sentence >= 0 {
			rows[i].Sentence = d.Sentence(f.Sentence)
		}
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "csv":
		w := csv.NewWriter(stdout)
		w.Write([]string{"document", "value", "hedge", "what", "text", "sentence"})
		for _, r := range rows {
			w.Write([]string{r.Document, formatValue(r.Value), r.Hedge, r.What, r.Text, r.Sentence})
		}
		w.Flush()
		return w.Error()
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DOCUMENT\tVALUE\tHEDGE\tWHAT\tAS WRITTEN\tSENTENCE")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Document, formatValue(r.Value), r.Hedge, r.What, r.Text, corpus.Shorten(r.Sentence, 60))
	}
	fmt.Fprintf(tw, "\n%d figures in %d documents\n", len(rows), len(c.Docs))
	return tw.Flush()
}
