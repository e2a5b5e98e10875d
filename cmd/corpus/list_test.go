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

func TestListFixture(t *testing.T) {
	out, errOut, code := cli(t, "list", "-corpus", filepath.Join("testdata", "mixed"), "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []listRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	byID := map[string]listRow{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	if len(rows) != 5 {
		t.Fatalf("got %d rows: %s", len(rows), out)
	}
	if r := byID["talks"]; r.DuplicateOf != "talks-copy" || r.Near || r.Source != "Wire Service" || r.Date != "2025-12-01" || r.Tags["topic"] != "diplomacy" {
		t.Errorf("talks (identical copy, manifest metadata) = %+v", r)
	}
	if r := byID["talks-edited"]; r.DuplicateOf != "talks-copy" || !r.Near {
		t.Errorf("talks-edited (near-duplicate) = %+v", r)
	}
	if r := byID["prices"]; r.Title != "Prices rise to £10 a head in café" || r.Encoding != "windows-1252" || r.Source != "Local Paper" {
		t.Errorf("prices (Latin-1) = %+v", r)
	}
	if r := byID["page"]; r.Title != "Strikes continue off the coast" || r.Source != "Coast Herald" || r.Date != "2025-11-20" || r.Format != "html" {
		t.Errorf("page (HTML meta tags) = %+v", r)
	}
	for _, want := range []string{"empty.txt: skipped: corpus: empty file", "corpus.csv line 3: warning", "ghost.txt: no such file", "corpus.csv line 4", "not a date"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(out, "SCRIPT") || strings.Contains(out, "NAVIGATION") {
		t.Errorf("script or navigation leaked into the output")
	}
}

func TestListTableAndCSVFlagDuplicates(t *testing.T) {
	dir := filepath.Join("testdata", "mixed")
	out, _, code := cli(t, "list", "-corpus", dir)
	if code != 0 || !strings.Contains(out, "= talks-copy") || !strings.Contains(out, "≈ talks-copy") ||
		!strings.Contains(out, "5 documents") || !strings.Contains(out, "1 identical copies, 1 near-duplicates, 3 problems") {
		t.Errorf("exit %d, table:\n%s", code, out)
	}
	out, _, _ = cli(t, "list", "-corpus", dir, "-format", "csv")
	if !strings.Contains(out, ",duplicate_of,near_duplicate\n") || !strings.Contains(out, ",talks-copy,true\n") || !strings.Contains(out, ",talks-copy,false\n") {
		t.Errorf("csv:\n%s", out)
	}
}

func TestListMissingFolder(t *testing.T) {
	_, errOut, code := cli(t, "list", "-corpus", filepath.Join(t.TempDir(), "nope"))
	if code != 2 || !strings.Contains(errOut, "nope") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
