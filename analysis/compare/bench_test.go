package compare

import (
	"context"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// benchCorpus loads the corpus in CORPUS_BENCH_DIR (skipping when unset).
func benchCorpus(b *testing.B) *corpus.Corpus {
	dir := os.Getenv("CORPUS_BENCH_DIR")
	if dir == "" {
		b.Skip("CORPUS_BENCH_DIR not set")
	}
	c, err := corpus.Load(context.Background(), corpus.FromPaths(dir), corpus.Options{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkSimilarities is all-pairs similarity (model included), the
// issue's "≤ 10 s on Reuters" target.
func BenchmarkSimilarities(b *testing.B) {
	c := benchCorpus(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		modelCache.Lock()
		modelCache.c, modelCache.m = nil, nil // measure the model too
		modelCache.Unlock()
		if _, err := Similarities(context.Background(), c, SimilarityOptions{}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(c.Docs)), "docs")
}

// BenchmarkPair compares two documents of about 5,000 words each, built by
// concatenating the corpus's longest documents (the "≤ 100 ms" target).
func BenchmarkPair(b *testing.B) {
	c := benchCorpus(b)
	docs := append([]*corpus.Document(nil), c.Docs...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].Words > docs[j].Words })
	build := func(id string, from int) *corpus.Document {
		var sb strings.Builder
		words := 0
		for k := from; words < 5000 && k < len(docs); k += 2 {
			sb.WriteString(docs[k].Text)
			sb.WriteString("\n\n")
			words += docs[k].Words
		}
		text, n := sb.String(), 0
		cut := len(text)
		corpus.Words(text, 0, len(text), func(w corpus.Span) bool {
			n++
			if n == 5000 {
				cut = w.End
				return false
			}
			return true
		})
		return docOf(id, text[:cut])
	}
	a, bd := build("bench-a", 0), build("bench-b", 1)
	// Replace B's last third with A's first third, so that passages are
	// found too.
	bd = docOf("bench-b", bd.Text[:2*len(bd.Text)/3]+"\n\n"+a.Text[:len(a.Text)/3])
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Pair(context.Background(), nil, a, bd, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(a.Words), "wordsA")
	b.ReportMetric(float64(bd.Words), "wordsB")
}
