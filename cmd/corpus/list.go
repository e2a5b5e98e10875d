package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func init() {
	register(command{name: "list", summary: "list the documents of a corpus", run: runList})
}

// listRow is one document in `corpus list -format json`.
type listRow struct {
	Position    int               `json:"position"`
	ID          string            `json:"id"`
	Title       string            `json:"title"`
	Source      string            `json:"source"`
	Date        string            `json:"date"`
	URL         string            `json:"url,omitempty"`
	Words       int               `json:"words"`
	Sentences   int               `json:"sentences"`
	Format      string            `json:"format"`
	Encoding    string            `json:"encoding,omitempty"`
	DuplicateOf string            `json:"duplicate_of,omitempty"`
	Near        bool              `json:"near_duplicate,omitempty"`
	Tags        map[string]string `json:"tags,omitempty"`
}

func runList(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("list", "[-corpus DIR] [-format table|csv|json]", stderr)
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
	rows := make([]listRow, len(c.Docs))
	for i, d := range c.Docs {
		rows[i] = listRow{Position: i + 1, ID: d.ID, Title: d.Title, Source: d.Source, Date: d.DateString(), URL: d.URL,
			Words: d.Words, Sentences: len(d.Sentences), Format: d.Format, Encoding: d.Encoding,
			DuplicateOf: d.DuplicateOf, Near: d.NearDuplicate, Tags: d.Tags}
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "csv":
		w := csv.NewWriter(stdout)
		w.Write([]string{"position", "id", "title", "source", "date", "words", "sentences", "duplicate_of"})
		for _, r := range rows {
			w.Write([]string{strconv.Itoa(r.Position), r.ID, r.Title, r.Source, r.Date, strconv.Itoa(r.Words), strconv.Itoa(r.Sentences), r.DuplicateOf})
		}
		w.Flush()
		return w.Error()
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tID\tTITLE\tSOURCE\tDATE\tWORDS\tSENTENCES\tDUPLICATE OF")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", r.Position, r.ID, corpus.Shorten(r.Title, 60), r.Source, r.Date, r.Words, r.Sentences, r.DuplicateOf)
	}
	dups := 0
	for _, d := range c.Docs {
		if d.DuplicateOf != "" {
			dups++
		}
	}
	fmt.Fprintf(tw, "\n%d documents, %d words, %d duplicates, %d problems\n", len(c.Docs), c.Words(), dups, len(c.Problems))
	return tw.Flush()
}

// checkFormat returns a usage error unless format is one of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usageError("unknown format %q (use %v)", format, allowed)
}
