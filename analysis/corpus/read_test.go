package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestReadPath reads files around the size of the pooled first buffer,
// with and without a known size, and checks the limit and a missing file.
func TestReadPath(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 100, 64<<10 - 1, 64 << 10, 64<<10 + 1, 300 << 10} {
		data := bytes.Repeat([]byte("abcdefghij\n"), n/11+1)[:n]
		p := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, size := range []int64{-1, int64(n)} {
			got, err := readPath(p, size, DefaultMaxFileSize)
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("n=%d size=%d: %d bytes, %v", n, size, len(got), err)
			}
		}
		if n > 10 {
			for _, size := range []int64{-1, int64(n)} {
				if _, err := readPath(p, size, int64(n-1)); !errors.Is(err, ErrTooLarge) {
					t.Errorf("n=%d size=%d over the limit: %v", n, size, err)
				}
			}
		}
	}
	if _, err := readPath(filepath.Join(dir, "missing.txt"), -1, 100); !errors.Is(err, ErrUnreadable) {
		t.Errorf("missing file: %v", err)
	}
}
