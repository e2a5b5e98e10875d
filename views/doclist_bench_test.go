package views

import (
	"context"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// BenchmarkDocList measures showing a whole corpus in the list and
// filtering it as the user types (CORPUS_BENCH_DIR: a corpus folder).
func BenchmarkDocList(b *testing.B) {
	dir := os.Getenv("CORPUS_BENCH_DIR")
	if dir == "" {
		b.Skip("set CORPUS_BENCH_DIR to a corpus folder")
	}
	c, err := corpus.Load(context.Background(), corpus.FromPaths(dir), corpus.Options{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	test.NewTempApp(b)
	l := NewDocList()
	test.NewTempWindow(b, l.Content()).Resize(fyne.NewSize(400, 800))
	b.Run("SetCorpus", func(b *testing.B) {
		for b.Loop() {
			l.SetCorpus(c)
		}
	})
	b.Run("Filter", func(b *testing.B) {
		for b.Loop() {
			l.applyFilter("oil price")
		}
	})
}
