package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixture writes a small corpus and returns its folder.
func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Nicolás Maduro met Donald Trump in Caracas. Later, Maduro’s aides left.\n",
		"b.txt": "The U.S. and Venezuela talked. Trump said the US would act.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestActorsCSV(t *testing.T) {
	out, errOut, code := cli(t, "actors", "-corpus", fixture(t), "-format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "document,actor,mentions,per_1000_words" {
		t.Fatalf("header %q", rows[0])
	}
	got := map[string]string{}
	for _, r := range rows[1:] {
		got[r[0]+"/"+r[1]] = r[2]
	}
	for key, want := range map[string]string{"a/Nicolás Maduro": "2", "a/Donald Trump": "1", "a/Caracas": "1", "b/United States": "2", "b/Donald Trump": "1", "b/Venezuela": "1", "a/Venezuela": "0"} {
		if got[key] != want {
			t.Errorf("%s = %q, want %s", key, got[key], want)
		}
	}
	if len(rows)-1 != 2*39 {
		t.Errorf("%d rows, want one per document and actor (zeros included)", len(rows)-1)
	}
}

func TestActorsJSONOffsetsAreCharacters(t *testing.T) {
	reg := writeFile(t, "actors.yaml", "actors:\n  - name: Maduro\n    kind: person\n")
	out, errOut, code := cli(t, "actors", "-corpus", fixture(t), "-actors", reg, "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []actorRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Document != "a" || rows[0].Mentions != 2 {
		t.Fatalf("rows %+v", rows)
	}
	// "Nicolás Maduro": M is character 8 (byte 9, after á); the second
	// Maduro follows 43 + 8 characters.
	if o := rows[0].Offsets; len(o) != 2 || o[0].Start != 8 || o[0].End != 14 || o[1].Start != 51 || o[1].End != 57 {
		t.Errorf("offsets %+v, want characters 8–14 and 51–57", o)
	}
}

func TestActorsTableAndBadRegistry(t *testing.T) {
	out, errOut, code := cli(t, "actors")
	if code != 0 || !strings.Contains(out, "Nicolás Maduro") || !strings.Contains(out, "TOTAL") {
		t.Fatalf("seeds table: exit %d\n%s%s", code, out, errOut)
	}
	bad := writeFile(t, "bad.yaml", "actors:\n  - name: A\n    aliases: [X, \"\"]\n")
	_, errOut, code = cli(t, "actors", "-actors", bad)
	if code != 1 || !strings.Contains(errOut, bad) || !strings.Contains(errOut, "line 3") || !strings.Contains(errOut, "empty alias") {
		t.Errorf("bad registry: exit %d, stderr %q", code, errOut)
	}
	syntax := writeFile(t, "syntax.yaml", "actors:\n  - name: [A\n")
	if _, errOut, code := cli(t, "actors", "-actors", syntax); code != 1 || !strings.Contains(errOut, "syntax") {
		t.Errorf("syntax error: exit %d, stderr %q", code, errOut)
	}
	if _, _, code := cli(t, "actors", "-actors", filepath.Join(t.TempDir(), "none.yaml")); code != 1 {
		t.Errorf("missing registry: exit %d", code)
	}
}

func TestKWIC(t *testing.T) {
	dir := fixture(t)
	out, errOut, code := cli(t, "kwic", "-corpus", dir, "-format", "json", "-width", "10", "maduro")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []kwicRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Match != "Nicolás Maduro" || rows[1].Left != "s. Later, " || rows[1].Right != "’s aides l" {
		t.Fatalf("rows %+v", rows)
	}
	// A word that is no actor, flags after the query, sorted by right context.
	out, _, code = cli(t, "kwic", "-corpus", dir, "talked", "-sort", "right")
	if code != 0 || !strings.Contains(out, "[talked]") || !strings.Contains(out, "1 mentions of talked") {
		t.Errorf("word query: exit %d\n%s", code, out)
	}
	if _, _, code := cli(t, "kwic", "-corpus", dir); code != 1 {
		t.Errorf("no query: exit %d, want 1", code)
	}
	if _, _, code := cli(t, "kwic", "-sort", "sideways", "Maduro"); code != 1 {
		t.Errorf("bad sort: exit %d, want 1", code)
	}
}

func TestDiscover(t *testing.T) {
	out, errOut, code := cli(t, "discover", "-format", "json", "-max", "5")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got []discovered
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 || got[0].Name != "Nicolás Maduro" || got[0].Kind != "person" || got[0].Mentions < 50 {
		t.Fatalf("got %+v", got)
	}
	// -yaml is a registry the actors command accepts.
	yml, _, code := cli(t, "actors", "-discover", "-yaml", "-max", "20")
	if code != 0 || !strings.Contains(yml, "aliases: [U.S., US]") {
		t.Fatalf("yaml: exit %d\n%s", code, yml)
	}
	reg := writeFile(t, "found.yaml", yml)
	out, errOut, code = cli(t, "actors", "-actors", reg, "-format", "csv")
	if code != 0 || !strings.Contains(out, "United States") {
		t.Errorf("counting with the discovered registry: exit %d %s", code, errOut)
	}
}
