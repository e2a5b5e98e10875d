package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func searchJSONOut(t *testing.T, args ...string) searchOutput {
	t.Helper()
	out, errOut, code := cli(t, append([]string{"search", "-format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("search %v: exit %d: %s", args, code, errOut)
	}
	var res searchOutput
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search %v: %v\n%s", args, err, out)
	}
	return res
}

func TestSearchSeedsCLI(t *testing.T) {
	t.Setenv("CORPUS_INDEX_DIR", t.TempDir())
	tests := []struct {
		query string
		want  int
		mark  string
	}{
		{"Qatar", 1, "<mark>Qatar</mark>"},
		{`"Cartel de los Soles"`, 4, "<mark>Soles</mark>"},
		{"Maduro -Trump", 0, ""},
		{"exile~1", 3, "<mark>exile</mark>"},
		{"/qata.*/", 1, "<mark>Qatar</mark>"},
	}
	for _, tt := range tests {
		res := searchJSONOut(t, tt.query)
		if res.Total != tt.want || len(res.Hits) != tt.want {
			t.Errorf("%s: total %d, %d hits, want %d", tt.query, res.Total, len(res.Hits), tt.want)
			continue
		}
		if tt.mark == "" {
			continue
		}
		found := false
		for _, h := range res.Hits {
			if h.Document == "" || h.Score <= 0 || len(h.Fragments) == 0 || len(h.Matches) == 0 {
				t.Errorf("%s: incomplete hit %+v", tt.query, h)
			}
			for _, f := range h.Fragments {
				found = found || strings.Contains(f, tt.mark)
			}
		}
		if !found {
			t.Errorf("%s: no fragment marks %s: %+v", tt.query, tt.mark, res.Hits)
		}
	}
}

func TestSearchMatchesAreCharOffsets(t *testing.T) {
	t.Setenv("CORPUS_INDEX_DIR", t.TempDir())
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Café society\nNicolás Maduro met the café owners."), 0o644)
	res := searchJSONOut(t, "-corpus", dir, "owners")
	if len(res.Hits) != 1 || len(res.Hits[0].Matches) != 1 {
		t.Fatalf("hits %+v", res.Hits)
	}
	text := []rune("Café society\nNicolás Maduro met the café owners.")
	m := res.Hits[0].Matches[0]
	if got := string(text[m[0]:m[1]]); got != "owners" {
		t.Errorf("match %v is %q", m, got)
	}
}

func TestSearchSortAndTable(t *testing.T) {
	t.Setenv("CORPUS_INDEX_DIR", t.TempDir())
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Old\nCocoa harvest news."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("New\nCocoa prices news, cocoa cocoa."), 0o644)
	os.WriteFile(filepath.Join(dir, "corpus.csv"), []byte("file,title,source,date\na.txt,Old,Reuters,1987-03-01\nb.txt,New,Reuters,1987-04-01\n"), 0o644)
	res := searchJSONOut(t, "-corpus", dir, "-sort", "date", "cocoa")
	if len(res.Hits) != 2 || res.Hits[0].Document != "b" || res.Hits[0].Date != "1987-04-01" {
		t.Errorf("by date: %+v", res.Hits)
	}
	out, errOut, code := cli(t, "search", "-corpus", dir, "-index", "none", "source:reuters", "harvest")
	if code != 0 || !strings.Contains(out, "«harvest»") || !strings.Contains(out, "of 2 matching documents") {
		t.Errorf("table: exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestSearchBadQueryCLI(t *testing.T) {
	t.Setenv("CORPUS_INDEX_DIR", t.TempDir())
	tests := []struct {
		args []string
		say  string
	}{
		{[]string{`"Cartel de`}, "closing quote"},
		{[]string{strings.Repeat("x", 10000)}, "10000 characters"},
		{[]string{"/(a{100}){100}/"}, "repeats too much"},
		{[]string{"exile~5"}, "1 or 2"},
		{[]string{}, "no query"},
		{[]string{"-sort", "size", "oil"}, "unknown format"},
	}
	for _, tt := range tests {
		out, errOut, code := cli(t, append([]string{"search"}, tt.args...)...)
		if code != 1 || !strings.Contains(errOut, tt.say) || out != "" {
			t.Errorf("search %.30q: exit %d, stdout %q, stderr %q (want %q)", tt.args, code, out, errOut, tt.say)
		}
	}
}

func TestSearchSyntaxHelp(t *testing.T) {
	out, _, code := cli(t, "search", "-syntax")
	if code != 0 || !strings.Contains(out, `"Cartel de los Soles"`) || !strings.Contains(out, "exile~1") {
		t.Errorf("exit %d: %s", code, out)
	}
}
