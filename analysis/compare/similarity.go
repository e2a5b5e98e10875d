package compare

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// SimilarityOptions tune [Similarities]; zero values take the defaults.
type SimilarityOptions struct {
	// TopK is how many neighbours to keep per document (default 10).
	TopK int
	// DenseLimit is the largest corpus that gets a full Values matrix
	// (default 2,000 documents).
	DenseLimit int
	// MaxTerms is, for larger corpora, how many of each document's
	// highest-weighted terms are used to find candidate neighbours
	// (default 48); candidates are then scored exactly.
	MaxTerms int
	// Model reuses an already built model of the corpus.
	Model *Model
}

func (o SimilarityOptions) withDefaults() SimilarityOptions {
	if o.TopK <= 0 {
		o.TopK = 10
	}
	if o.DenseLimit <= 0 {
		o.DenseLimit = 2000
	}
	if o.MaxTerms <= 0 {
		o.MaxTerms = 48
	}
	return o
}

// Similarities computes the TF-IDF cosine similarity of every pair of
// documents of c. Small corpora get the full matrix; larger ones only each
// document's TopK neighbours, found through an inverted index over each
// document's MaxTerms heaviest terms (terms in more than a twentieth of the
// documents are skipped for candidates) and then scored exactly. progress
// (may be nil) hears done and total documents.
func Similarities(ctx context.Context, c *corpus.Corpus, opts SimilarityOptions, progress func(done, total int)) (*Matrix, error) {
	opts = opts.withDefaults()
	m := opts.Model
	if m == nil || m.Len() != len(c.Docs) {
		var err error
		if m, err = cachedModel(ctx, c); err != nil {
			return nil, fmt.Errorf("compare: similarities: %w", err)
		}
	}
	n := m.Len()
	dense := n <= opts.DenseLimit
	out := &Matrix{IDs: append([]string(nil), m.ids...), Top: make([][]Neighbour, n), Approximate: !dense, model: m}
	if dense {
		out.Values = make([][]float64, n)
	}
	// Inverted index over (possibly pruned) vectors.
	type posting struct {
		doc int32
		w   float64
	}
	postings := make([][]posting, len(m.df))
	pruned := make([]vector, n)
	maxDF := int32(max(n/20+1, 100))
	for i, v := range m.vecs {
		p := v
		if !dense {
			p = prune(v, m.df, opts.MaxTerms, maxDF)
		}
		pruned[i] = p
		for k, t := range p.terms {
			postings[t] = append(postings[t], posting{int32(i), p.weights[k]})
		}
	}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := make([]float64, n)
			var touched []int32
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				touched = touched[:0]
				for k, t := range pruned[i].terms {
					w := pruned[i].weights[k]
					for _, p := range postings[t] {
						if acc[p.doc] == 0 {
							touched = append(touched, p.doc)
						}
						acc[p.doc] += w * p.w
					}
				}
				if dense {
					row := make([]float64, n)
					for _, j := range touched {
						row[j] = clamp01(acc[j])
					}
					row[i] = 1
					out.Values[i] = row
					out.Top[i] = topOfRow(out.IDs, row, i, opts.TopK)
				} else {
					out.Top[i] = rescore(m, i, acc, touched, opts.TopK)
				}
				for _, j := range touched {
					acc[j] = 0
				}
				if d := int(done.Add(1)); progress != nil && (d%512 == 0 || d == n) {
					progress(d, n)
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("compare: similarities: %w", err)
	}
	if dense { // summation order differs by row: make it exactly symmetric
		for i := range out.Values {
			for j := i + 1; j < n; j++ {
				out.Values[j][i] = out.Values[i][j]
			}
		}
	}
	return out, nil
}

// prune keeps v's max heaviest terms among those in at most maxDF
// documents.
func prune(v vector, df []int32, max int, maxDF int32) vector {
	idx := make([]int, 0, len(v.terms))
	for k, t := range v.terms {
		if df[t] <= maxDF && df[t] > 1 {
			idx = append(idx, k)
		}
	}
	if len(idx) > max {
		sort.Slice(idx, func(a, b int) bool { return v.weights[idx[a]] > v.weights[idx[b]] })
		idx = idx[:max]
		sort.Ints(idx)
	}
	p := vector{terms: make([]int32, len(idx)), weights: make([]float64, len(idx))}
	for k, x := range idx {
		p.terms[k], p.weights[k] = v.terms[x], v.weights[x]
	}
	return p
}

// rescore scores the best 4k candidates of document i (by their pruned
// dot product, selected with a bounded min-heap) exactly and returns the
// top k.
func rescore(m *Model, i int, acc []float64, touched []int32, k int) []Neighbour {
	limit := 4 * k
	h := make([]int32, 0, limit)
	less := func(x, y int32) bool { return acc[x] < acc[y] }
	down := func(r int) {
		for {
			c := 2*r + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && less(h[c+1], h[c]) {
				c++
			}
			if !less(h[c], h[r]) {
				return
			}
			h[r], h[c] = h[c], h[r]
			r = c
		}
	}
	for _, j := range touched {
		switch {
		case int(j) == i:
		case len(h) < limit:
			h = append(h, j)
			for c := len(h) - 1; c > 0; {
				p := (c - 1) / 2
				if !less(h[c], h[p]) {
					break
				}
				h[c], h[p] = h[p], h[c]
				c = p
			}
		case acc[j] > acc[h[0]]:
			h[0] = j
			down(0)
		}
	}
	out := make([]Neighbour, 0, len(h))
	for _, j := range h {
		if s := m.Cosine(i, int(j)); s > 0 {
			out = append(out, Neighbour{Index: int(j), ID: m.ids[j], Score: s})
		}
	}
	sortNeighbours(out)
	if len(out) > k {
		out = out[:k]
	}
	return out
}
