package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func init() {
	register(command{name: "actors", summary: "count each actor's mentions per document (or -discover new actors)", run: runActors})
}

// maxTableDocs is the most documents `corpus actors` shows as columns.
const maxTableDocs = 10

// actorRow is one document × actor in `corpus actors -format json`.
type actorRow struct {
	Document string        `json:"document"`
	Actor    string        `json:"actor"`
	Mentions int           `json:"mentions"`
	Per1000  float64       `json:"per_1000_words"`
	Offsets  []corpus.Span `json:"offsets"`
}

func runActors(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("actors", "[-corpus DIR] [-actors FILE] [-include-boilerplate] [-per-1000] [-format table|csv|json] [-discover [-max N] [-yaml]]", stderr)
	var cf corpusFlags
	cf.add(fs)
	var rf registryFlags
	rf.add(fs)
	per1000 := fs.Bool("per-1000", false, "table: show mentions per 1,000 words instead of counts")
	format := fs.String("format", "table", "output format: table, csv or json")
	discover := fs.Bool("discover", false, "propose actors found in the text instead of counting the registry's")
	var df discoverFlags
	df.add(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *discover {
		return df.run(&cf, *format, stdout, stderr)
	}
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	r, err := rf.load()
	if err != nil {
		return err
	}
	c, err := cf.load(stderr)
	if err != nil {
		return err
	}
	counts, err := actors.Count(c, r, rf.options())
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		return actorsJSON(c, counts, stdout)
	case "csv":
		return actorsCSV(counts, stdout)
	}
	return actorsTable(c, counts, *per1000, stdout)
}

func rate(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

func actorsJSON(c *corpus.Corpus, counts *actors.Counts, w io.Writer) error {
	rows := []actorRow{}
	for di := range counts.Docs {
		dc := &counts.Docs[di]
		d := c.ByID(dc.DocID)
		for ai, a := range counts.Registry.Actors {
			row := actorRow{Document: dc.DocID, Actor: a.Name, Mentions: dc.N(ai), Per1000: round2(dc.Per1000(ai)), Offsets: []corpus.Span{}}
			for _, m := range dc.Of(ai) {
				row.Offsets = append(row.Offsets, corpus.Span{Start: d.CharOffset(m.Start), End: d.CharOffset(m.End)})
			}
			rows = append(rows, row)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rows)
}

func round2(f float64) float64 {
	v, _ := strconv.ParseFloat(rate(f), 64)
	return v
}

func actorsCSV(counts *actors.Counts, w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"document", "actor", "mentions", "per_1000_words"})
	for di := range counts.Docs {
		dc := &counts.Docs[di]
		for ai, a := range counts.Registry.Actors {
			cw.Write([]string{dc.DocID, a.Name, strconv.Itoa(dc.N(ai)), rate(dc.Per1000(ai))})
		}
	}
	cw.Flush()
	return cw.Error()
}

// actorsTable prints actors as rows; documents as columns when there are
// few, always the totals.
func actorsTable(c *corpus.Corpus, counts *actors.Counts, per1000 bool, w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	cols := len(counts.Docs) <= maxTableDocs
	nameW, kindW := len("ACTOR"), len("KIND")
	for _, a := range counts.Registry.Actors {
		nameW = max(nameW, utf8.RuneCountInString(a.Name))
		kindW = max(kindW, len(a.Kind))
	}
	head := []string{padRight("ACTOR", nameW), padRight("KIND", kindW)}
	if cols {
		for i := range counts.Docs {
			head = append(head, "#"+strconv.Itoa(i+1))
		}
	}
	head = append(head, "TOTAL", "DOCS", "PER 1000")
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for ai, a := range counts.Registry.Actors {
		row := []string{padRight(a.Name, nameW), padRight(string(a.Kind), kindW)}
		if cols {
			for di := range counts.Docs {
				if per1000 {
					row = append(row, rate(counts.Docs[di].Per1000(ai)))
				} else {
					row = append(row, strconv.Itoa(counts.Docs[di].N(ai)))
				}
			}
		}
		row = append(row, strconv.Itoa(counts.Total(ai)), strconv.Itoa(counts.DocsWith(ai)), rate(counts.Per1000(ai)))
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if cols {
		fmt.Fprintln(w)
		for i := range counts.Docs {
			d := c.ByID(counts.Docs[i].DocID)
			fmt.Fprintf(w, "#%d  %s  %s  (%d words counted)\n", i+1, d.ID, corpus.Shorten(d.Title, 60), counts.Docs[i].Words)
		}
	}
	fmt.Fprintf(w, "\n%d actors, %d documents, %d words counted\n", len(counts.Registry.Actors), len(counts.Docs), counts.Words())
	return nil
}
