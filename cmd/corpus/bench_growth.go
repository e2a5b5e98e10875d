package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
)

// growthRow is one line of the growth table: the bench on the corpus
// copied K times.
type growthRow struct {
	Copies int          `json:"copies"`
	Report *benchReport `json:"report"`
}

// runGrowth builds the corpus copied k times for each k in ks (in a temp
// folder, every copy's files renamed and given a distinguishing last line
// so they are not byte-identical), runs the bench on each in a child
// process (so each gets its own peak memory), and prints how each stage
// grows relative to 1×.
func runGrowth(ctx context.Context, dir string, ks []int, actorsPath string, searches int, format string, stdout, stderr io.Writer) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	var rows []growthRow
	for _, k := range ks {
		tmp, err := os.MkdirTemp("", "corpus-growth-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		fmt.Fprintf(stderr, "bench: building the corpus ×%d in %s\n", k, tmp)
		if err := copyCorpus(dir, tmp, k); err != nil {
			return fmt.Errorf("bench: copying the corpus: %w", err)
		}
		args := []string{"bench", "-corpus", tmp, "-format", "json", "-searches", strconv.Itoa(searches)}
		if actorsPath != "" {
			args = append(args, "-actors", actorsPath)
		}
		cmd := exec.CommandContext(ctx, self, args...)
		cmd.Stderr = stderr
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("bench: the ×%d run failed: %w", k, err)
		}
		var rep benchReport
		if err := json.Unmarshal(out, &rep); err != nil {
			return fmt.Errorf("bench: the ×%d run printed no report: %w", k, err)
		}
		rows = append(rows, growthRow{Copies: k, Report: &rep})
		os.RemoveAll(tmp)
	}
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	printGrowth(stdout, rows)
	return nil
}

// printGrowth prints each stage's figure per size, and its ratio to the
// first size in brackets (linear growth: the ratio equals the size ratio).
func printGrowth(w io.Writer, rows []growthRow) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	cols := []struct {
		name string
		get  func(*benchReport) float64
	}{
		{"documents", func(r *benchReport) float64 { return float64(r.Documents) }},
		{"text MB", func(r *benchReport) float64 { return r.TextMB }},
		{"load s", func(r *benchReport) float64 { return r.LoadS }},
		{"actors s", func(r *benchReport) float64 { return r.ActorsS }},
		{"discover s", func(r *benchReport) float64 { return r.DiscoverS }},
		{"index s", func(r *benchReport) float64 { return r.IndexS }},
		{"reopen s", func(r *benchReport) float64 { return r.ReopenS }},
		{"search p50 ms", func(r *benchReport) float64 { return r.SearchP50ms }},
		{"search p99 ms", func(r *benchReport) float64 { return r.SearchP99ms }},
		{"similarity s", func(r *benchReport) float64 { return r.SimilarityS }},
		{"slowest chart ms", func(r *benchReport) float64 { return r.ChartMs }},
		{"peak MB", func(r *benchReport) float64 { return r.PeakRSSMB }},
	}
	head := []string{"STAGE"}
	for _, r := range rows {
		head = append(head, fmt.Sprintf("×%d", r.Copies))
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, c := range cols {
		line := []string{c.name}
		base := c.get(rows[0].Report)
		for _, r := range rows {
			v := c.get(r.Report)
			cell := strconv.FormatFloat(v, 'f', 2, 64)
			if base > 0 && r.Copies != rows[0].Copies {
				cell += fmt.Sprintf(" (%.1f×)", v/base)
			}
			line = append(line, cell)
		}
		fmt.Fprintln(tw, strings.Join(line, "\t"))
	}
	tw.Flush()
}

// copyCorpus writes k copies of the corpus under src into dst: copy 1 keeps
// the layout and names, copy i > 1 goes to files named with a "-i" suffix
// beside them, and the manifest (corpus.csv) lists every copy.
func copyCorpus(src, dst string, k int) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if filepath.Base(p) == "corpus.csv" && filepath.Dir(rel) == "." {
			return os.WriteFile(filepath.Join(dst, rel), copyManifest(data, k), 0o644)
		}
		ext := filepath.Ext(rel)
		for i := 1; i <= k; i++ {
			name, body := rel, data
			if i > 1 {
				name = strings.TrimSuffix(rel, ext) + "-" + strconv.Itoa(i) + ext
				if ext == ".txt" || ext == ".md" {
					body = append(append([]byte(nil), data...), []byte("\n(copy "+strconv.Itoa(i)+")\n")...)
				}
			}
			if err := os.WriteFile(filepath.Join(dst, name), body, 0o644); err != nil {
				return err
			}
		}
		return nil
	})
}

// copyManifest repeats every data row of a corpus.csv for each copy, with
// the file column renamed as copyCorpus names the copies.
func copyManifest(data []byte, k int) []byte {
	lines := strings.Split(strings.TrimRight(string(data), "\r\n"), "\n")
	if len(lines) == 0 {
		return data
	}
	var b strings.Builder
	b.WriteString(lines[0] + "\n")
	for i := 1; i <= k; i++ {
		for _, l := range lines[1:] {
			if i > 1 {
				if comma := strings.IndexByte(l, ','); comma > 0 {
					file := l[:comma]
					ext := filepath.Ext(strings.Trim(file, `"`))
					l = strings.TrimSuffix(strings.Trim(file, `"`), ext) + "-" + strconv.Itoa(i) + ext + l[comma:]
				}
			}
			b.WriteString(l + "\n")
		}
	}
	return []byte(b.String())
}
