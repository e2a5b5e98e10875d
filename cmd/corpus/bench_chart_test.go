package main

import (
	"context"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// TestBenchSimilarityChartLargeCorpus renders the bench's similarity chart
// from an approximate matrix (no dense Values, as for corpora over the
// dense limit), which used to fail with "no similarity matrix".
func TestBenchSimilarityChartLargeCorpus(t *testing.T) {
	ctx := context.Background()
	c, err := corpus.Load(ctx, corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := actors.Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	counts, err := actors.Count(c, reg, actors.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := compare.Similarities(ctx, c, compare.SimilarityOptions{DenseLimit: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.Values != nil {
		t.Fatal("expected an approximate matrix without Values")
	}
	ids := topMentioned(counts, 3)
	if len(ids) != min(3, len(c.Docs)) {
		t.Fatalf("topMentioned = %v", ids)
	}
	first := 0
	for i, dc := range counts.Docs {
		if dc.DocID == ids[0] {
			first = i
		}
	}
	for _, dc := range counts.Docs {
		if total(dc) > total(counts.Docs[first]) {
			t.Errorf("%s has more mentions than the top document %s", dc.DocID, ids[0])
		}
	}
	if err := renderChart(c, counts, m, "similarity"); err != nil {
		t.Errorf("similarity chart: %v", err)
	}
}

func total(dc actors.DocCounts) int {
	return dc.Len()
}
