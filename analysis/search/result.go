package search

import (
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Sort orders of a Request.
const (
	SortScore = "score"
	SortDate  = "date"
)

// DefaultLimit is the number of hits returned when Request.Limit is 0.
const DefaultLimit = 50

// MaxLimit is the largest Request.Limit honoured.
const MaxLimit = 10000

// Request is one search.
type Request struct {
	// Query is in Bleve's query-string syntax (see HelpText).
	Query string
	// Limit is the number of hits returned (DefaultLimit when 0).
	Limit int
	// Sort is SortScore (the default) or SortDate (newest first).
	Sort string
	// Docs restricts the search to these document IDs; empty: all.
	Docs []string
	// Facets asks for Result.Sources and Result.Months. They cost a pass
	// over every matching document, so leave it off when not shown.
	Facets bool
}

// Result is the answer to a Request.
type Result struct {
	// Query is the query as asked.
	Query string
	// Total is the number of matching documents (Hits holds at most
	// Request.Limit of them).
	Total int
	Hits  []Hit
	// Sources counts the matching documents by source, most first;
	// Months by month ("2006-01"), in date order. Both are empty unless
	// Request.Facets is set, and when the corpus has fewer than two
	// sources (or no dates).
	Sources []Facet
	Months  []Facet
	// Took is how long the search took.
	Took time.Duration
	// Partial is set when indexing was still under way: documents not yet
	// indexed could not match.
	Partial bool
}

// Hit is one matching document.
type Hit struct {
	ID     string
	Title  string
	Source string
	Date   time.Time // zero when unknown
	Score  float64
	// Spans are the byte offsets of every matched word in the document's
	// Text, in order, without overlaps.
	Spans []corpus.Span
	// TitleSpans are the byte offsets of the matched words in Title.
	TitleSpans []corpus.Span
	// Fragments are short passages around the best groups of matches.
	Fragments []Fragment
}

// Facet is one value of a facet and how many matching documents have it.
type Facet struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Fragment is a passage of a document with the matched words marked.
type Fragment struct {
	// Text is the passage, on one line, with "…" where it was cut.
	Text string
	// Marks are byte offsets into Text of the matched words.
	Marks []corpus.Span
	// Offset is the byte offset in the document's Text of the first
	// matched word of the fragment (-1 when it has none).
	Offset int
}

// Marked returns the fragment's text with each matched word between open
// and close (for instance "<mark>" and "</mark>", or "«" and "»").
func (f Fragment) Marked(open, close string) string {
	out := make([]byte, 0, len(f.Text)+len(f.Marks)*(len(open)+len(close)))
	last := 0
	for _, m := range f.Marks {
		out = append(out, f.Text[last:m.Start]...)
		out = append(out, open...)
		out = append(out, f.Text[m.Start:m.End]...)
		out = append(out, close...)
		last = m.End
	}
	return string(append(out, f.Text[last:]...))
}

// FirstOffset returns the byte offset of the hit's first matched word in
// the document's Text, or -1 when only the title or metadata matched.
func (h Hit) FirstOffset() int {
	if len(h.Spans) == 0 {
		return -1
	}
	return h.Spans[0].Start
}
