package search

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// searchTimeout bounds one search, so a pathological query cannot hang.
const searchTimeout = 5 * time.Second

// Search answers a request from what is indexed so far. An empty query
// gives an empty result. Errors wrap ErrQuery (with the parser's message
// and a hint), ErrQueryTooLong, ErrQueryTooComplex, ErrClosed or
// ctx.Err().
func (ix *Index) Search(ctx context.Context, r Request) (res *Result, err error) {
	start := time.Now()
	res = &Result{Query: r.Query}
	if strings.TrimSpace(r.Query) == "" {
		return res, nil
	}
	q, err := parseQuery(r.Query)
	if err != nil {
		return nil, err
	}
	if len(r.Docs) > 0 {
		q = query.NewConjunctionQuery([]query.Query{q, query.NewDocIDQuery(r.Docs)})
	}
	limit := r.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	req := bleve.NewSearchRequestOptions(q, limit, 0, false)
	req.IncludeLocations = true
	switch r.Sort {
	case "", SortScore:
	case SortDate:
		req.SortBy([]string{"-" + FieldDate, "-_score", "_id"})
	default:
		return nil, fmt.Errorf("%w: unknown sort %q (use score or date)", ErrQuery, r.Sort)
	}
	if r.Facets && ix.sources > 1 {
		req.AddFacet(fieldSourceFacet, bleve.NewFacetRequest(fieldSourceFacet, 200))
	}
	if r.Facets && ix.dated > 0 {
		req.AddFacet(fieldMonth, bleve.NewFacetRequest(fieldMonth, 1200))
	}

	res.Partial = ix.State().Phase != Ready
	sr, err := ix.run(ctx, req)
	if err != nil {
		return nil, err
	}
	res.Total = int(sr.Total)
	for _, m := range sr.Hits {
		d := ix.docs[m.ID]
		if d == nil {
			continue // indexed under an older corpus, about to be removed
		}
		res.Hits = append(res.Hits, newHit(d, m))
	}
	res.Sources = facet(sr.Facets[fieldSourceFacet], false)
	res.Months = facet(sr.Facets[fieldMonth], true)
	res.Took = time.Since(start)
	return res, nil
}

// run runs a Bleve search with a time limit, turning panics and Bleve's
// errors into this package's.
func (ix *Index) run(ctx context.Context, req *bleve.SearchRequest) (sr *bleve.SearchResult, err error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return nil, ErrClosed
	}
	defer func() {
		if r := recover(); r != nil {
			sr, err = nil, fmt.Errorf("%w: the search failed: %v", ErrQuery, r)
		}
	}()
	tctx, cancel := context.WithTimeout(ctx, searchTimeout)
	defer cancel()
	sr, err = ix.bi.SearchInContext(tctx, req)
	switch {
	case err == nil:
		return sr, nil
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case errors.Is(err, context.DeadlineExceeded):
		return nil, fmt.Errorf("%w: it took over %s; use fewer wildcards or a simpler /regexp/", ErrQueryTooComplex, searchTimeout)
	case strings.Contains(err.Error(), "TooManyClauses"), strings.Contains(err.Error(), "too many clauses"):
		return nil, fmt.Errorf("%w: a wildcard, fuzzy or /regexp/ term matches over %d different words; make it more specific",
			ErrQueryTooComplex, maxExpansion)
	}
	return nil, fmt.Errorf("%w: %s", ErrQuery, plainParserError(err))
}

func newHit(d *corpus.Document, m *search.DocumentMatch) Hit {
	h := Hit{ID: d.ID, Title: d.Title, Source: d.Source, Date: d.Date, Score: m.Score}
	h.Spans = spans(m.Locations[FieldBody], len(d.Text))
	h.TitleSpans = spans(m.Locations[FieldTitle], len(d.Title))
	h.Fragments = fragments(d.Text, h.Spans)
	return h
}

// spans flattens Bleve's term locations into sorted, non-overlapping byte
// ranges inside a text of length n.
func spans(tlm search.TermLocationMap, n int) []corpus.Span {
	var out []corpus.Span
	for _, locs := range tlm {
		for _, l := range locs {
			s, e := int(l.Start), int(l.End)
			if s < 0 || e > n || s >= e {
				continue
			}
			out = append(out, corpus.Span{Start: s, End: e})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	merged := out[:0]
	for _, s := range out {
		if k := len(merged) - 1; k >= 0 && s.Start < merged[k].End {
			merged[k].End = max(merged[k].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

func facet(fr *search.FacetResult, byValue bool) []Facet {
	if fr == nil || fr.Terms == nil {
		return nil
	}
	var out []Facet
	for _, t := range fr.Terms.Terms() {
		out = append(out, Facet{Value: t.Term, Count: t.Count})
	}
	if byValue {
		sort.Slice(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	}
	return out
}
