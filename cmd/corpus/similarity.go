package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"os/signal"
	"strconv"

	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
)

func init() {
	register(command{name: "similarity", summary: "list each document's most similar documents", run: runSimilarity})
}

// similarityJSON is one document in `corpus similarity -format json`.
type similarityJSON struct {
	Document   string          `json:"document"`
	Neighbours []neighbourJSON `json:"neighbours"`
}

type neighbourJSON struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}

func runSimilarity(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("similarity", "[-corpus DIR] [-top K] [-format csv|json]", stderr)
	var cf corpusFlags
	cf.add(fs)
	top := fs.Int("top", 5, "neighbours per document")
	format := fs.String("format", "csv", "output format: csv or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "csv", "json"); err != nil {
		return err
	}
	if *top < 1 {
		return usageError("-top must be at least 1")
	}
	c, err := cf.load(stderr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m, err := compare.Similarities(ctx, c, compare.SimilarityOptions{TopK: *top}, nil)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if *format == "json" {
		rows := make([]similarityJSON, len(m.IDs))
		for i, id := range m.IDs {
			rows[i] = similarityJSON{Document: id, Neighbours: []neighbourJSON{}}
			for _, n := range m.Neighbours(i, *top) {
				rows[i].Neighbours = append(rows[i].Neighbours, neighbourJSON{ID: n.ID, Score: round4(n.Score)})
			}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	w := csv.NewWriter(stdout)
	w.Write([]string{"document", "neighbour", "score"})
	for i, id := range m.IDs {
		for _, n := range m.Neighbours(i, *top) {
			w.Write([]string{id, n.ID, strconv.FormatFloat(n.Score, 'f', 4, 64)})
		}
	}
	w.Flush()
	return w.Error()
}
