package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestManifestAppliedOnDisk applies a manifest to files in subfolders of a
// folder on disk, where documents are matched to rows by their path
// relative to the root.
func TestManifestAppliedOnDisk(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"corpus.csv":     "file,title,date\nsub/deep/a.txt,Deep title,2021-03-04\nb.txt,Top title,\n",
		"sub/deep/a.txt": "Text headline\n\nBody.",
		"b.txt":          "Another headline\n\nBody.",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, paths := range [][]string{{dir}, {filepath.Join(dir, "sub"), filepath.Join(dir, "b.txt")}} {
		c, err := Load(context.Background(), FromPaths(paths...), Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		a, b := c.ByID("sub/deep/a"), c.ByID("b")
		if a == nil || a.Title != "Deep title" || a.DateString() != "2021-03-04" {
			t.Errorf("%v: a = %+v", paths, a)
		}
		if b == nil || b.Title != "Top title" {
			t.Errorf("%v: b = %+v", paths, b)
		}
	}
}
