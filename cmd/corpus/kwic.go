package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
)

func init() {
	register(command{name: "kwic", summary: "list every mention of an actor, alias or word in context", run: runKWIC})
}

// kwicRow is one line of `corpus kwic -format json`; offsets are in
// characters.
type kwicRow struct {
	Document string `json:"document"`
	Actor    string `json:"actor"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Left     string `json:"left"`
	Match    string `json:"match"`
	Right    string `json:"right"`
}

func runKWIC(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("kwic", "[-corpus DIR] [-actors FILE] [-width N] [-sort doc|left|right] [-format table|csv|json] QUERY", stderr)
	var cf corpusFlags
	cf.add(fs)
	var rf registryFlags
	rf.add(fs)
	width := fs.Int("width", 40, "characters of context on each side")
	sortBy := fs.String("sort", "doc", "order: doc, left or right (context)")
	format := fs.String("format", "table", "output format: table, csv or json")
	flags, pos := splitArgs(args, "corpus", "actors", "width", "sort", "format", "max-file-size")
	if err := parseFlags(fs, flags); err != nil {
		return err
	}
	pos = append(pos, fs.Args()...)
	if len(pos) == 0 || strings.TrimSpace(strings.Join(pos, " ")) == "" {
		fs.Usage()
		return usageError("give an actor name, an alias or a word")
	}
	query := strings.Join(pos, " ")
	if err := checkFormat(*format, "table", "csv", "json"); err != nil {
		return err
	}
	if err := checkFormat(*sortBy, "doc", "left", "right"); err != nil {
		return err
	}
	if *width < 1 || *width > 1000 {
		return usageError("-width must be between 1 and 1000")
	}
	r, err := rf.load()
	if err != nil {
		return err
	}
	// An actor of the registry, else the query as a word or phrase.
	ai := r.Find(query)
	if ai < 0 {
		r = &actors.Registry{}
		if err := r.Add(actors.Actor{Name: query, Kind: actors.Other}); err != nil {
			return usageError("bad query %q: %v", query, err)
		}
		ai = 0
	}
	c, err := cf.load(stderr)
	if err != nil {
		return err
	}
	counts, err := actors.Count(c, r, rf.options())
	if err != nil {
		return err
	}
	lines := actors.KWIC(c, counts, ai, *width)
	switch *sortBy {
	case "left":
		actors.SortByLeft(lines)
	case "right":
		actors.SortByRight(lines)
	}
	name := r.Actors[ai].Name
	switch *format {
	case "json":
		rows := []kwicRow{}
		for _, l := range lines {
			d := c.ByID(l.DocID)
			rows = append(rows, kwicRow{Document: l.DocID, Actor: name, Start: d.CharOffset(l.Span.Start), End: d.CharOffset(l.Span.End), Left: l.Left, Match: l.Match, Right: l.Right})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	case "csv":
		cw := csv.NewWriter(stdout)
		cw.Write([]string{"document", "start", "left", "match", "right"})
		for _, l := range lines {
			d := c.ByID(l.DocID)
			cw.Write([]string{l.DocID, fmt.Sprint(d.CharOffset(l.Span.Start)), l.Left, l.Match, l.Right})
		}
		cw.Flush()
		return cw.Error()
	}
	idWidth := 8
	for _, l := range lines {
		idWidth = max(idWidth, len(l.DocID))
	}
	for _, l := range lines {
		fmt.Fprintf(stdout, "%s  %s [%s] %s\n", padRight(l.DocID, idWidth), padLeft(l.Left, *width), l.Match, l.Right)
	}
	fmt.Fprintf(stdout, "\n%d mentions of %s in %d documents\n", len(lines), name, counts.DocsWith(ai))
	return nil
}
