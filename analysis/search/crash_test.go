//go:build unix

package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

const crashEnv = "CE_SEARCH_CRASH_DIR"

// crashCorpus generates n documents; round changes a few of them so that
// later rounds update the index rather than only add to it.
func crashCorpus(t testing.TB, n, round int) *corpus.Corpus {
	fsys := fstest.MapFS{}
	for i := range n {
		body := fmt.Sprintf("Report %d\nTankers carried oil past port %d while analysts counted barrels. ", i, i%17)
		if i%10 == round%10 {
			body += fmt.Sprintf("Revision %d mentions gold. ", round)
		}
		for range 8 {
			body += "Freight rates moved as crude stocks changed in the week. "
		}
		fsys[fmt.Sprintf("d%04d.txt", i)] = &fstest.MapFile{Data: []byte(body)}
	}
	c, err := corpus.Load(context.Background(), corpus.FromFS(fsys, "crash"), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCrashChild is the child process of TestKillDuringIndexing: it
// indexes until it is killed.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashEnv)
	if dir == "" {
		t.Skip("child process of TestKillDuringIndexing")
	}
	var round int
	fmt.Sscan(os.Getenv("CE_SEARCH_CRASH_ROUND"), &round)
	firstBatchDocs, batchDocs = 20, 40
	c := crashCorpus(t, 1500, round)
	ix, err := Open(context.Background(), c, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix.Wait(context.Background())
	time.Sleep(time.Minute) // wait to be killed
}

// TestKillDuringIndexing kills a child process at random points while it
// indexes into a folder, then reopens the folder: the index must be valid
// (or rebuilt with a notice) and complete, and nothing may panic.
func TestKillDuringIndexing(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	dir := filepath.Join(t.TempDir(), "ix")
	rng := rand.New(rand.NewPCG(9, 9))
	for round := range 5 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
		cmd.Env = append(os.Environ(), crashEnv+"="+dir, fmt.Sprintf("CE_SEARCH_CRASH_ROUND=%d", round))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(100+rng.IntN(900)) * time.Millisecond)
		cmd.Process.Kill() // SIGKILL
		cmd.Wait()

		c := crashCorpus(t, 1500, round)
		ix, err := Open(context.Background(), c, dir, nil)
		if err != nil {
			t.Fatalf("round %d: reopening after kill: %v", round, err)
		}
		st := ix.State()
		if err := ix.Wait(context.Background()); err != nil {
			t.Fatalf("round %d: %v (%+v)", round, err, st)
		}
		t.Logf("round %d: after the kill %d of %d documents needed indexing; notice %q", round, st.Total, st.Docs, st.Notice)
		for q, want := range map[string]int{"oil": 1500, fmt.Sprintf(`+gold +"revision %d"`, round): 150} {
			res, err := ix.Search(context.Background(), Request{Query: q})
			if err != nil || res.Total != want {
				t.Errorf("round %d: %s: %v hits, want %d (%v)", round, q, res, want, err)
			}
		}
		ix.Close()
	}
}
