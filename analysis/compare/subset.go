package compare

import (
	"context"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// SubsetSimilarities returns the exact similarity matrix of the documents
// with the given IDs (all of c when ids is empty; unknown IDs are left
// out), using the corpus's TF-IDF model (cached per corpus, as for Pair).
// Its cost is the model plus one cosine per pair of the subset, so it suits
// the similarity heatmap of a few hundred documents of a large corpus
// without computing every pair.
func SubsetSimilarities(ctx context.Context, c *corpus.Corpus, ids []string) (*Matrix, error) {
	m, err := cachedModel(ctx, c)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		ids = m.ids
	}
	full := &Matrix{IDs: m.ids, model: m}
	return full.Sub(ids), nil
}
