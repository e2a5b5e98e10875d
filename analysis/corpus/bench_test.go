package corpus

import (
	"context"
	"io/fs"
	"os"
	"testing"
	"testing/fstest"
	"time"
)

// benchDir returns CORPUS_BENCH_DIR or skips the benchmark.
func benchDir(b *testing.B) string {
	dir := os.Getenv("CORPUS_BENCH_DIR")
	if dir == "" {
		b.Skip("set CORPUS_BENCH_DIR to a corpus folder")
	}
	return dir
}

// BenchmarkLoad loads the corpus folder from disk; b.SetBytes is the size
// of its normalised text, so MB/s is text throughput.
func BenchmarkLoad(b *testing.B) {
	dir := benchDir(b)
	c, err := Load(context.Background(), FromPaths(dir), Options{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(c.Bytes()))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := Load(context.Background(), FromPaths(dir), Options{}, nil); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0, c.Bytes())
}

// BenchmarkLoadMemory loads the same files from memory, measuring the
// decoding, normalising, splitting and duplicate detection without the
// file system.
func BenchmarkLoadMemory(b *testing.B) {
	dir := benchDir(b)
	mem := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(os.DirFS(dir), p)
		mem[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	c, err := Load(context.Background(), FromFS(mem, "bench"), Options{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(c.Bytes()))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := Load(context.Background(), FromFS(mem, "bench"), Options{}, nil); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0, c.Bytes())
}

// reportCPU reports CPU time per load and MB of text per CPU-second: on a
// shared machine wall time says more about the neighbours than the code.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	d := cpuTime() - start
	if d <= 0 || b.N == 0 {
		return
	}
	per := d.Seconds() / float64(b.N)
	b.ReportMetric(per*1000, "cpu-ms/op")
	b.ReportMetric(float64(bytes)/1e6/per, "MB/cpu-s")
}
