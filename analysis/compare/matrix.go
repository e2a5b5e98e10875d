// Package compare puts two documents side by side — shared passages,
// sentence alignment, document similarity, the figures each reports — and
// computes corpus-wide similarity.
package compare

// Matrix is the corpus-wide document similarity: Values[i][j] in [0,1] is
// the similarity of documents IDs[i] and IDs[j] (symmetric, 1 on the
// diagonal). CONTRACT: analysis/charts and the views build against these
// two fields; add fields and methods freely, do not rename these.
type Matrix struct {
	IDs    []string
	Values [][]float64
}
