package compare

import (
	"context"
	"math"
	"runtime"
	"sort"
	"sync"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Model is a corpus's TF-IDF model: every document as a sparse,
// L2-normalised vector of content-word stems weighted by (1 + ln tf) ×
// idf. Build it once with [NewModel] and pass it in [Options.Model] to
// compare many pairs of one large corpus without rebuilding it.
type Model struct {
	ids   []string
	index map[string]int
	vocab map[string]int32
	df    []int32
	vecs  []vector
}

// vector is a sparse vector sorted by term.
type vector struct {
	terms   []int32
	weights []float64
}

// NewModel builds the TF-IDF model of c (boilerplate left out), using all
// cores; progress (may be nil) hears done and total documents.
func NewModel(ctx context.Context, c *corpus.Corpus, progress func(done, total int)) (*Model, error) {
	return newModel(ctx, c.Docs, progress)
}

func newModel(ctx context.Context, docs []*corpus.Document, progress func(done, total int)) (*Model, error) {
	counts := make([]map[string]int32, len(docs))
	var next, done int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if int(i) >= len(docs) || ctx.Err() != nil {
					return
				}
				counts[i] = stemCounts(docs[i])
				mu.Lock()
				done++
				d := done
				mu.Unlock()
				if progress != nil && (d%256 == 0 || int(d) == len(docs)) {
					progress(int(d), len(docs))
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m := &Model{ids: make([]string, len(docs)), index: make(map[string]int, len(docs)), vocab: map[string]int32{}, vecs: make([]vector, len(docs))}
	tfs := make([][]int32, len(docs))
	for i, d := range docs {
		m.ids[i] = d.ID
		m.index[d.ID] = i
		type tc struct{ t, n int32 }
		pairs := make([]tc, 0, len(counts[i]))
		for s, n := range counts[i] {
			t, ok := m.vocab[s]
			if !ok {
				t = int32(len(m.df))
				m.vocab[s] = t
				m.df = append(m.df, 0)
			}
			m.df[t]++
			pairs = append(pairs, tc{t, n})
		}
		sort.Slice(pairs, func(a, b int) bool { return pairs[a].t < pairs[b].t })
		v := vector{terms: make([]int32, len(pairs))}
		tfs[i] = make([]int32, len(pairs))
		for k, p := range pairs {
			v.terms[k], tfs[i][k] = p.t, p.n
		}
		m.vecs[i] = v
		counts[i] = nil
	}
	n := float64(len(docs))
	for i := range docs {
		v := &m.vecs[i]
		v.weights = make([]float64, len(v.terms))
		norm := 0.0
		for k, t := range v.terms {
			w := (1 + math.Log(float64(tfs[i][k]))) * m.idfOf(t, n)
			v.weights[k] = w
			norm += w * w
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for k := range v.weights {
				v.weights[k] /= norm
			}
		}
	}
	return m, nil
}

func (m *Model) idfOf(t int32, n float64) float64 {
	return math.Log((1+n)/(1+float64(m.df[t]))) + 1
}

// idf returns the inverse document frequency of a stem (that of an unseen
// stem for one the corpus lacks).
func (m *Model) idf(s string) float64 {
	if t, ok := m.vocab[s]; ok {
		return m.idfOf(t, float64(len(m.ids)))
	}
	return math.Log(1+float64(len(m.ids))) + 1
}

// Len returns the number of documents in the model.
func (m *Model) Len() int { return len(m.ids) }

// Cosine returns the TF-IDF cosine similarity of documents i and j.
func (m *Model) Cosine(i, j int) float64 {
	return dot(m.vecs[i], m.vecs[j])
}

// dot is the dot product of two sparse vectors, clamped to [0,1].
func dot(a, b vector) float64 {
	s := 0.0
	for x, y := 0, 0; x < len(a.terms) && y < len(b.terms); {
		switch {
		case a.terms[x] < b.terms[y]:
			x++
		case a.terms[x] > b.terms[y]:
			y++
		default:
			s += a.weights[x] * b.weights[y]
			x++
			y++
		}
	}
	return clamp01(s)
}

func clamp01(s float64) float64 {
	switch {
	case s > 1-1e-9:
		return 1
	case s < 0:
		return 0
	}
	return s
}

// stemCounts counts the content-word stems of d's article text.
func stemCounts(d *corpus.Document) map[string]int32 {
	out := make(map[string]int32)
	for _, t := range tokenize(d.Text, 0, d.ContentEnd()) {
		if s := stem(t.key); s != "" {
			out[s]++
		}
	}
	return out
}
