package search

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func openWait(t *testing.T, files map[string]string, dir string) (*Index, State) {
	t.Helper()
	ix, err := Open(context.Background(), loadMap(t, files), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := ix.State()
	if err := ix.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	return ix, first
}

func total(t *testing.T, ix *Index, q string) int {
	t.Helper()
	res, err := ix.Search(context.Background(), Request{Query: q})
	if err != nil {
		t.Fatal(err)
	}
	return res.Total
}

func TestPersistAndUpdate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	files := map[string]string{"a.txt": "Alpha\nShips and oil.", "b.txt": "Beta\nOil prices.", "c.txt": "Gamma\nGold only."}
	ix, st := openWait(t, files, dir)
	if st.Total != 3 || st.Dir != dir || st.Notice != "" {
		t.Errorf("fresh: %+v", st)
	}
	ix.Close()

	ix, st = openWait(t, files, dir)
	if st.Total != 0 || st.Phase != Ready {
		t.Errorf("reopen re-indexed: %+v", st)
	}
	if n := total(t, ix, "oil"); n != 2 {
		t.Errorf("oil after reopen: %d", n)
	}
	ix.Close()

	delete(files, "c.txt")
	files["b.txt"] = "Beta\nGas prices now."
	files["d.txt"] = "Delta\nMore oil here."
	ix, st = openWait(t, files, dir)
	defer ix.Close()
	if st.Total != 3 { // b changed, d added, c removed
		t.Errorf("update did %d, want 3: %+v", st.Total, st)
	}
	for q, want := range map[string]int{"oil": 2, "gas": 1, "gold": 0, "id:c": 0} {
		if n := total(t, ix, q); n != want {
			t.Errorf("%s after update: %d, want %d", q, n, want)
		}
	}
}

func TestRebuildDamagedOrOld(t *testing.T) {
	files := map[string]string{"a.txt": "Alpha\nShips and oil.", "b.txt": "Beta\nOil prices."}
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
		say    string
	}{
		{"garbage files", func(t *testing.T, dir string) {
			filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					os.WriteFile(p, []byte("not an index"), 0o644)
				}
				return nil
			})
		}, "damaged"},
		{"truncated files", func(t *testing.T, dir string) {
			filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && filepath.Base(p) != "index_meta.json" {
					os.Truncate(p, 10)
				}
				return nil
			})
		}, "damaged"},
		{"old version", func(t *testing.T, dir string) {
			bi, err := safeOpen(dir)
			if err != nil {
				t.Fatal(err)
			}
			b := bi.NewBatch()
			b.SetInternal(keyVersion, []byte("ce-search-0"))
			done := make(chan error, 1)
			b.SetPersistedCallback(func(err error) { done <- err })
			if err := bi.Batch(b); err != nil {
				t.Fatal(err)
			}
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			bi.Close()
		}, "older version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ix")
			ix, _ := openWait(t, files, dir)
			ix.Close()
			tt.damage(t, dir)
			ix, st := openWait(t, files, dir)
			defer ix.Close()
			if !strings.Contains(st.Notice, tt.say) || st.Total != 2 {
				t.Errorf("notice %q (total %d), want one saying %q", st.Notice, st.Total, tt.say)
			}
			if n := total(t, ix, "oil"); n != 2 {
				t.Errorf("oil after rebuild: %d", n)
			}
		})
	}
}

func TestLockedFallsBackToMemory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	files := map[string]string{"a.txt": "Alpha\nShips and oil."}
	first, _ := openWait(t, files, dir)
	defer first.Close()
	second, st := openWait(t, files, dir)
	defer second.Close()
	if st.Dir != "" || !strings.Contains(st.Notice, "in use") {
		t.Errorf("second open: %+v", st)
	}
	if n := total(t, second, "oil"); n != 1 {
		t.Errorf("in-memory fallback finds %d", n)
	}
	if n := total(t, first, "oil"); n != 1 {
		t.Errorf("first index finds %d", n)
	}
}

func TestDefaultDir(t *testing.T) {
	root := t.TempDir()
	t.Setenv(EnvIndexDir, root)
	a := loadMap(t, map[string]string{"a.txt": "Alpha\nOne."})
	b := loadMap(t, map[string]string{"a.txt": "Alpha\nTwo."})
	da, err := DefaultDir(a)
	if err != nil {
		t.Fatal(err)
	}
	db, _ := DefaultDir(b)
	if filepath.Dir(da) != root || da == db {
		t.Errorf("dirs %q and %q under %q", da, db, root)
	}
	if again, _ := DefaultDir(a); again != da {
		t.Errorf("not stable: %q vs %q", again, da)
	}
}

func TestRemovedThenRestored(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	files := map[string]string{"a.txt": "Alpha\nShips and oil.", "b.txt": "Beta\nOil prices."}
	ix, _ := openWait(t, files, dir)
	ix.Close()
	ix, _ = openWait(t, map[string]string{"a.txt": files["a.txt"]}, dir)
	if n := total(t, ix, "oil"); n != 1 {
		t.Errorf("after removing b: %d", n)
	}
	ix.Close()
	// b comes back unchanged: its old term may linger in the dictionary,
	// but it must be indexed again.
	ix, _ = openWait(t, files, dir)
	defer ix.Close()
	if n := total(t, ix, "oil"); n != 2 {
		t.Errorf("after restoring b: %d", n)
	}
}
