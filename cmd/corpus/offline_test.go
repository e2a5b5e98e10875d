package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// offlineSteps is one user session through the CLI: load, count, search
// (which builds the index), compare, and export charts and data.
func offlineSteps(dir string) [][]string {
	return [][]string{
		{"list"},
		{"actors"},
		{"discover", "-max", "10"},
		{"search", "Maduro"},
		{"compare", "1", "2"},
		{"similarity", "-top", "2"},
		{"numbers"},
		{"chart", "-kind", "mentions", "-out", filepath.Join(dir, "m.png"), "-csv", filepath.Join(dir, "m.csv")},
		{"chart", "-kind", "heatmap", "-out", filepath.Join(dir, "h.svg")},
		{"chart", "-kind", "trend", "-out", filepath.Join(dir, "t.pdf")},
	}
}

// TestOffline runs a whole session with networking disabled (a new, empty
// network namespace: no interface but a downed loopback), so any attempt to
// reach the network would fail the command.
func TestOffline(t *testing.T) {
	if err := exec.Command("unshare", "-rn", "true").Run(); err != nil {
		t.Skipf("cannot start a process without network here (unshare -rn): %v", err)
	}
	dir := t.TempDir()
	for _, args := range offlineSteps(dir) {
		cmd := exec.Command("unshare", append([]string{"-rn", binary}, args...)...)
		cmd.Env = append(os.Environ(), "CORPUS_INDEX_DIR="+filepath.Join(dir, "index"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("corpus %s without network: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	for _, f := range []string{"m.png", "m.csv", "h.svg", "t.pdf"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s was not written offline: %v", f, err)
		}
	}
}

// TestNoSockets traces the same session and fails on any attempt to open
// an internet socket (AF_INET or AF_INET6), even one that would fail.
func TestNoSockets(t *testing.T) {
	strace, err := exec.LookPath("strace")
	if err != nil {
		t.Skip("strace is not installed")
	}
	if err := exec.Command(strace, "-f", "-qq", "-o", "/dev/null", "true").Run(); err != nil {
		t.Skipf("strace cannot trace here: %v", err)
	}
	dir := t.TempDir()
	for i, args := range offlineSteps(dir) {
		trace := filepath.Join(dir, "trace"+string(rune('a'+i)))
		cmd := exec.Command(strace, append([]string{"-f", "-qq", "-e", "trace=socket,connect", "-o", trace, binary}, args...)...)
		cmd.Env = append(os.Environ(), "CORPUS_INDEX_DIR="+filepath.Join(dir, "index"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("corpus %s: %v\n%s", strings.Join(args, " "), err, out)
			continue
		}
		log, err := os.ReadFile(trace)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(log), "\n") {
			if strings.Contains(line, "AF_INET") {
				t.Errorf("corpus %s opened a network socket: %s", strings.Join(args, " "), line)
			}
		}
	}
}
