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
		w.Write([]string{"position", "id", "title", "source", "date", "words", "sentences", "duplicate_of", "near_duplicate"})
		for _, r := range rows {
			w.Write([]string{strconv.Itoa(r.Position), r.ID, r.Title, r.Source, r.Date, strconv.Itoa(r.Words), strconv.Itoa(r.Sentences),
				r.DuplicateOf, strconv.FormatBool(r.Near)})
		}
		w.Flush()
		return w.Error()
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tID\tTITLE\tSOURCE\tDATE\tWORDS\tSENTENCES\tDUPLICATE OF")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", r.Position, r.ID, corpus.Shorten(r.Title, 60), r.Source, r.Date, r.Words, r.Sentences, duplicateCell(r))
	}
	exact, near := 0, 0
	for _, r := range rows {
		switch {
		case r.Near:
			near++
		case r.DuplicateOf != "":
			exact++
		}
	}
	fmt.Fprintf(tw, "\n%d documents, %d words, %d identical copies, %d near-duplicates, %d problems\n", len(c.Docs), c.Words(), exact, near, len(c.Problems))
	return tw.Flush()
}

// duplicateCell shows what a row duplicates: "= ID" for a byte-identical
// copy, "≈ ID" for a near-duplicate.
func duplicateCell(r listRow) string {
	switch {
	case r.Near:
		return "≈ " + r.DuplicateOf
	case r.DuplicateOf != "":
		return "= " + r.DuplicateOf
	}
	return ""
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
