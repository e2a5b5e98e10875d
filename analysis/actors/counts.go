package actors

import (
	"slices"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// sortedSpans returns spans sorted by start (a copy).
func sortedSpans(spans []corpus.Span) []corpus.Span {
	s := slices.Clone(spans)
	slices.SortFunc(s, func(a, b corpus.Span) int { return a.Start - b.Start })
	return s
}

// Per1000 returns actor's mentions per 1,000 counted words (0 for an empty
// document).
func (dc *DocCounts) Per1000(actor int) float64 {
	if dc.Words == 0 {
		return 0
	}
	return float64(dc.N(actor)) * 1000 / float64(dc.Words)
}

// Total returns actor's mentions across all documents.
func (c *Counts) Total(actor int) int {
	n := 0
	for i := range c.Docs {
		n += c.Docs[i].N(actor)
	}
	return n
}

// Words returns the words counted in across all documents.
func (c *Counts) Words() int {
	n := 0
	for i := range c.Docs {
		n += c.Docs[i].Words
	}
	return n
}

// DocsWith returns the number of documents mentioning actor at least once.
func (c *Counts) DocsWith(actor int) int {
	n := 0
	for i := range c.Docs {
		if c.Docs[i].N(actor) > 0 {
			n++
		}
	}
	return n
}

// Per1000 returns actor's mentions per 1,000 counted words over the corpus.
func (c *Counts) Per1000(actor int) float64 {
	w := c.Words()
	if w == 0 {
		return 0
	}
	return float64(c.Total(actor)) * 1000 / float64(w)
}
