package main

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestChartEveryKindAndFormat(t *testing.T) {
	dir := t.TempDir()
	for _, kind := range []string{"mentions", "dispersion", "heatmap", "trend", "similarity"} {
		for _, ext := range []string{"png", "svg", "pdf"} {
			out := filepath.Join(dir, kind+"."+ext)
			args := []string{"chart", "-kind", kind, "-out", out, "-width", "800", "-height", "500"}
			if ext == "png" {
				args = append(args, "-csv", filepath.Join(dir, kind+".csv"), "-caption", "-per-1000")
			}
			stdout, stderr, code := cli(t, args...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, stderr)
			}
			if !strings.Contains(stdout, "wrote "+out) {
				t.Errorf("%v: stdout %q", args, stdout)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			switch ext {
			case "png":
				img, err := png.Decode(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("%s: %v", out, err)
				}
				if img.Bounds().Dx() != 800 || img.Bounds().Dy() != 500 {
					t.Errorf("%s is %v", out, img.Bounds())
				}
			case "svg":
				if err := xml.Unmarshal(data, new(struct{})); err != nil {
					t.Errorf("%s: %v", out, err)
				}
			case "pdf":
				if !bytes.HasPrefix(data, []byte("%PDF-")) {
					t.Errorf("%s starts %q", out, data[:5])
				}
			}
		}
		f, err := os.Open(filepath.Join(dir, kind+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(rows) < 2 {
			t.Errorf("%s CSV: %v, %d rows", kind, err, len(rows))
		}
	}
}

func TestChartActorSubset(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "m.csv")
	_, stderr, code := cli(t, "chart", "-kind", "heatmap", "-actor", "maduro", "-actor", "Donald Trump", "-out", filepath.Join(dir, "m.png"), "-csv", csvPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(csvPath)
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range rows[1:] {
		got[r[4]] = true
	}
	if len(got) != 2 || !got["Nicolás Maduro"] || !got["Donald Trump"] {
		t.Errorf("actors in the CSV: %v, want Maduro (by alias) and Trump", got)
	}
	if len(rows) != 1+5*2 {
		t.Errorf("%d CSV rows, want header + 5 seeds × 2 actors", len(rows))
	}
}

func TestChartErrors(t *testing.T) {
	dir := t.TempDir()
	png := filepath.Join(dir, "x.png")
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"unknown kind", []string{"-kind", "pie", "-out", png}, "unknown chart kind"},
		{"unknown actor", []string{"-actor", "Napoleon", "-out", png}, `unknown actor "Napoleon"`},
		{"unsupported extension", []string{"-out", filepath.Join(dir, "x.gif")}, `unsupported output extension ".gif"`},
		{"no output", []string{"-kind", "trend"}, "-out"},
		{"bad csv name", []string{"-out", png, "-csv", filepath.Join(dir, "x.txt")}, ".csv"},
		{"bad bucket", []string{"-kind", "trend", "-bucket", "year", "-out", png}, "unknown bucket"},
		{"bad flag", []string{"-colour", "red"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := cli(t, append([]string{"chart"}, tt.args...)...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(stderr, tt.msg) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.msg)
			}
		})
	}
	if _, err := os.Stat(png); err == nil {
		t.Error("a failed run wrote its output")
	}
}
