// Package corpustest builds corpora for the tests and benchmarks of the
// packages that analyse them: small corpora from texts written in the
// test, and the real corpus a benchmark is pointed at with the
// CORPUS_BENCH_DIR environment variable.
package corpustest

import (
	"context"
	"os"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// BenchDirEnv names the environment variable that points benchmarks at a
// corpus folder (for instance ../shared/corpora/reuters21578).
const BenchDirEnv = "CORPUS_BENCH_DIR"

// FromTexts loads files (file name → text) as a corpus named "test",
// failing t on any error.
func FromTexts(t testing.TB, files map[string]string) *corpus.Corpus {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	c, err := corpus.Load(context.Background(), corpus.FromFS(fsys, "test"), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var (
	benchOnce   sync.Once
	benchCorpus *corpus.Corpus
	benchErr    error
)

// Bench loads the corpus folder named by CORPUS_BENCH_DIR, once per test
// binary, or skips b when the variable is unset.
func Bench(b *testing.B) *corpus.Corpus {
	b.Helper()
	dir := os.Getenv(BenchDirEnv)
	if dir == "" {
		b.Skip("set " + BenchDirEnv + " to a corpus folder to run this benchmark")
	}
	benchOnce.Do(func() {
		benchCorpus, benchErr = corpus.Load(context.Background(), corpus.FromPaths(dir), corpus.Options{}, nil)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchCorpus
}
