package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestListSeeds(t *testing.T) {
	out, errOut, code := cli(t, "list", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []listRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 {
		t.Fatalf("got %d seeds, want 5", len(rows))
	}
	if rows[2].ID != "002_e0f5db45b1a88440" || rows[2].Title != "Trump Plans Direct Talk With Maduro as U.S. Strikes Hammer Drug Routes" {
		t.Errorf("third seed = %+v", rows[2])
	}
	for _, r := range rows {
		if r.Words < 400 || r.Sentences < 10 {
			t.Errorf("%s: %d words, %d sentences", r.ID, r.Words, r.Sentences)
		}
	}
}

func TestListExitCodes(t *testing.T) {
	if _, _, code := cli(t, "list", "-format", "yaml"); code != 1 {
		t.Errorf("bad format: exit %d, want 1", code)
	}
	if _, _, code := cli(t, "list", "-bogus"); code != 1 {
		t.Errorf("bad flag: exit %d, want 1", code)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "a.txt"), nil, 0o644)
	_, errOut, code := cli(t, "list", "-corpus", empty)
	if code != 2 {
		t.Errorf("nothing loadable: exit %d, want 2", code)
	}
	if !strings.Contains(errOut, "a.txt") || !strings.Contains(errOut, "empty") {
		t.Errorf("stderr does not name the empty file: %q", errOut)
	}
}

func TestListCSVAndProblems(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("A headline\nSome text here. More text."), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}, 0o644)
	out, errOut, code := cli(t, "list", "-corpus", dir, "-format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "position,id,title,source,date,words,sentences") || !strings.Contains(out, "good,A headline") {
		t.Errorf("csv = %q", out)
	}
	if !strings.Contains(errOut, "bad.txt") || !strings.Contains(errOut, "PNG") {
		t.Errorf("stderr = %q", errOut)
	}
}
