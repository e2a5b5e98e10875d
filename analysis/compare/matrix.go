// Package compare puts two documents side by side — shared passages,
// sentence alignment, document similarity, the figures each reports — and
// computes corpus-wide similarity.
package compare

import "sort"

// Matrix is the corpus-wide document similarity: Values[i][j] in [0,1] is
// the similarity of documents IDs[i] and IDs[j] (symmetric, 1 on the
// diagonal). CONTRACT: analysis/charts and the views build against these
// two fields; add fields and methods freely, do not rename these.
//
// Values is filled only for corpora of at most
// [SimilarityOptions.DenseLimit] documents (2,000 by default: a full
// matrix of Reuters' 21,577 documents would take 3.7 GB); for larger ones
// it is nil and Top holds each document's nearest neighbours. Use
// [Matrix.Sub] for exact values over a chosen subset (a heatmap).
type Matrix struct {
	IDs    []string
	Values [][]float64
	// Top[i] lists document i's most similar other documents, best first.
	Top [][]Neighbour
	// Approximate is set when Top was found from pruned vectors (large
	// corpora): the scores are exact, but a neighbour sharing only rare
	// low-weight words with a document may be missed.
	Approximate bool

	model *Model
}

// Neighbour is one document's similarity to another.
type Neighbour struct {
	// Index is the neighbour's position in IDs; ID its ID.
	Index int
	ID    string
	Score float64
}

// Neighbours returns up to k of document i's most similar documents, best
// first (nil when i is out of range).
func (m *Matrix) Neighbours(i, k int) []Neighbour {
	if i < 0 || i >= len(m.IDs) || k <= 0 {
		return nil
	}
	if m.Values != nil && (m.Top == nil || k > len(m.Top[i])) {
		return topOfRow(m.IDs, m.Values[i], i, k)
	}
	if m.Top == nil {
		return nil
	}
	top := m.Top[i]
	if k < len(top) {
		top = top[:k]
	}
	return append([]Neighbour(nil), top...)
}

// Score returns the similarity of documents i and j (0 when out of range).
func (m *Matrix) Score(i, j int) float64 {
	if i < 0 || j < 0 || i >= len(m.IDs) || j >= len(m.IDs) {
		return 0
	}
	if m.Values != nil {
		return m.Values[i][j]
	}
	if i == j {
		return 1
	}
	if m.model != nil {
		return m.model.Cosine(i, j)
	}
	return 0
}

// Sub returns the exact similarity matrix of the documents with the given
// IDs (unknown IDs are left out), with Values filled; use it for the
// heatmap of a chosen subset of a large corpus.
func (m *Matrix) Sub(ids []string) *Matrix {
	var idx []int
	pos := make(map[string]int, len(m.IDs))
	for i, id := range m.IDs {
		pos[id] = i
	}
	out := &Matrix{model: m.model}
	for _, id := range ids {
		if i, ok := pos[id]; ok {
			idx = append(idx, i)
			out.IDs = append(out.IDs, id)
		}
	}
	out.Values = make([][]float64, len(idx))
	for a, i := range idx {
		out.Values[a] = make([]float64, len(idx))
		for b, j := range idx {
			switch {
			case a == b:
				out.Values[a][b] = 1
			case b < a:
				out.Values[a][b] = out.Values[b][a]
			default:
				out.Values[a][b] = m.Score(i, j)
			}
		}
	}
	return out
}

// topOfRow returns the k best entries of row i, excluding i itself.
func topOfRow(ids []string, row []float64, i, k int) []Neighbour {
	out := make([]Neighbour, 0, len(row))
	for j, v := range row {
		if j != i && v > 0 {
			out = append(out, Neighbour{Index: j, ID: ids[j], Score: v})
		}
	}
	sortNeighbours(out)
	if k < len(out) {
		out = out[:k]
	}
	return out
}

func sortNeighbours(ns []Neighbour) {
	sort.Slice(ns, func(a, b int) bool {
		if ns[a].Score != ns[b].Score {
			return ns[a].Score > ns[b].Score
		}
		return ns[a].Index < ns[b].Index
	})
}
