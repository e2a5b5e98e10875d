package charts

import (
	"context"
	"math"
	"strings"
	"unicode"

	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// TermSimilarity is a simple stand-in for the compare analysis's corpus-wide
// similarity, for when none was computed: the cosine similarity of the
// documents' tf-idf weighted lower-cased words (three letters or more).
// ids chooses the documents (empty: all; keep it to a few hundred, the cost
// is quadratic). Prefer compare's matrix when the app has one.
func TermSimilarity(ctx context.Context, c *corpus.Corpus, ids []string) (*compare.Matrix, error) {
	var docs []*corpus.Document
	if len(ids) == 0 {
		docs = c.Docs
	} else {
		for _, id := range ids {
			if d := c.ByID(id); d != nil {
				docs = append(docs, d)
			}
		}
	}
	vecs := make([]map[string]float64, len(docs))
	norms := make([]float64, len(docs))
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		v := map[string]float64{}
		for _, w := range strings.FieldsFunc(strings.ToLower(d.Text[:d.ContentEnd()]), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if len(w) >= 3 {
				v[w]++
			}
		}
		vecs[i] = v
	}
	df := map[string]int{}
	for _, v := range vecs {
		for w := range v {
			df[w]++
		}
	}
	for i, v := range vecs {
		for w, n := range v {
			v[w] = n * math.Log(float64(len(docs)+1)/float64(df[w]))
			norms[i] += v[w] * v[w]
		}
		norms[i] = math.Sqrt(norms[i])
	}
	m := &compare.Matrix{IDs: make([]string, len(docs)), Values: make([][]float64, len(docs))}
	for i, d := range docs {
		m.IDs[i] = d.ID
		m.Values[i] = make([]float64, len(docs))
		m.Values[i][i] = 1
	}
	for i := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for j := i + 1; j < len(docs); j++ {
			a, b := vecs[i], vecs[j]
			if len(b) < len(a) {
				a, b = b, a
			}
			dot := 0.0
			for w, n := range a {
				dot += n * b[w]
			}
			s := 0.0
			if norms[i] > 0 && norms[j] > 0 {
				s = dot / (norms[i] * norms[j])
			}
			m.Values[i][j], m.Values[j][i] = s, s
		}
	}
	return m, nil
}
