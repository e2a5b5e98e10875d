package project

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// projectVersion returns a recognisable project: generation n, made big
// enough (a few hundred KB) that a save takes a while.
func projectVersion(n int) *Project {
	p := New()
	p.Name = "generation " + strconv.Itoa(n)
	p.Metadata = map[string]Metadata{}
	for i := 0; i < 300; i++ {
		p.Metadata[fmt.Sprintf("doc/%05d", i)] = Metadata{Title: fmt.Sprintf("Title %d of generation %d", i, n), Source: "Reuters"}
	}
	return p
}

// TestMain lets the test binary act as the saving child of TestSaveSurvivesSIGKILL.
func TestMain(m *testing.M) {
	if path := os.Getenv("CXPROJ_SAVE_LOOP"); path != "" {
		for n := 1; ; n++ {
			if err := projectVersion(n).Save(path); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(3)
			}
			if n == 1 {
				fmt.Println("saving")
			}
		}
	}
	os.Exit(m.Run())
}

// TestSaveSurvivesSIGKILL kills a child process that saves a project over
// and over at random moments: the file must always parse, as one whole
// generation.
func TestSaveSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path := filepath.Join(t.TempDir(), "p.cxproj")
	if err := projectVersion(0).Save(path); err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	generations := map[string]bool{}
	for round := 0; round < 12; round++ {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), "CXPROJ_SAVE_LOOP="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until the child has saved once, then kill it at a random moment.
		bufio.NewReader(out).ReadString('\n')
		time.Sleep(time.Duration(rng.IntN(100)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		p, err := Load(path)
		if err != nil {
			t.Fatalf("round %d: after SIGKILL the project does not load: %v", round, err)
		}
		if len(p.Metadata) != 300 {
			t.Fatalf("round %d: %s has %d of 300 entries", round, p.Name, len(p.Metadata))
		}
		for _, m := range p.Metadata {
			if want := p.Name; len(m.Title) < len(want) || m.Title[len(m.Title)-len(want)+len("generation "):] != want[len("generation "):] {
				t.Fatalf("round %d: entry %q mixes generations with %q", round, m.Title, want)
			}
		}
		generations[p.Name] = true
	}
	t.Logf("saw %d distinct generations after 12 kills", len(generations))
}
