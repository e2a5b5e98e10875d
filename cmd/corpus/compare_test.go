package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestCompareJSON(t *testing.T) {
	out, errOut, code := cli(t, "compare", "-corpus", "testdata/compare", "-format", "json", "a", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got compareJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.A != "a" || got.B != "b" || got.Similarity <= 0 || got.Similarity >= 1 {
		t.Errorf("header = %+v", got)
	}
	if len(got.Passages) != 1 || !strings.Contains(got.Passages[0].Text, "smuggling boat near the island") {
		t.Fatalf("passages = %+v", got.Passages)
	}
	// Character offsets: the passage text is found there in both files.
	a := []rune(readFile(t, "testdata/compare/a.txt"))
	b := []rune(readFile(t, "testdata/compare/b.txt"))
	p := got.Passages[0]
	if string(a[p.AStart:p.AEnd]) != p.Text || string(b[p.BStart:p.BEnd]) != p.Text {
		t.Errorf("offsets %+v do not hold the text", p)
	}
	labels := map[string]int{}
	for _, s := range got.Sentences {
		labels[s.Label]++
	}
	if labels["shared"] != 1 || labels["only_a"] == 0 || labels["only_b"] == 0 {
		t.Errorf("labels = %v", labels)
	}
	flagged := false
	for _, n := range got.Numbers {
		if n.A != nil && n.B != nil && n.A.Value == 80 && n.B.Value == 83 && n.Agree != nil && !*n.Agree && n.A.Hedge == "about" {
			flagged = true
		}
	}
	if !flagged {
		t.Errorf("about 80 vs 83 not flagged: %s", out)
	}
}

func TestCompareDuplicateAndErrors(t *testing.T) {
	out, _, code := cli(t, "compare", "-corpus", "testdata/compare", "-format", "json", "a", "c")
	var got compareJSON
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("exit %d: %s", code, out)
	}
	if got.Similarity != 1 || got.SharedFractionA != 1 || got.SharedFractionB != 1 {
		t.Errorf("identical files: %+v", got)
	}
	for _, args := range [][]string{{"a"}, {"a", "nope"}, {"a", "9"}, {"-min-words", "0", "a", "b"}, {"-format", "csv", "a", "b"}} {
		if _, _, code := cli(t, append([]string{"compare", "-corpus", "testdata/compare"}, args...)...); code != 1 {
			t.Errorf("compare %v: exit %d, want 1", args, code)
		}
	}
}

func TestCompareTableSeeds(t *testing.T) {
	out, errOut, code := cli(t, "compare", "3", "5")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"similarity", "DISAGREE", "83", "approximately 80", "Nicolás Maduro"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestSimilarityCSVAndJSON(t *testing.T) {
	out, errOut, code := cli(t, "similarity", "-corpus", "testdata/compare", "-top", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "document,neighbour,score" || len(rows) != 4 {
		t.Fatalf("csv = %q", rows)
	}
	if rows[1][0] != "a" || rows[1][1] != "c" || rows[1][2] != "1.0000" {
		t.Errorf("a's nearest = %q, want c at 1.0000", rows[1])
	}
	out, _, code = cli(t, "similarity", "-corpus", "testdata/compare", "-format", "json", "-top", "2")
	var js []similarityJSON
	if code != 0 || json.Unmarshal([]byte(out), &js) != nil || len(js) != 3 || len(js[1].Neighbours) != 2 {
		t.Fatalf("json exit %d: %s", code, out)
	}
	if js[1].Neighbours[0].Score < js[1].Neighbours[1].Score {
		t.Errorf("neighbours not best first: %+v", js[1])
	}
	if _, _, code := cli(t, "similarity", "-top", "0"); code != 1 {
		t.Errorf("-top 0: exit %d, want 1", code)
	}
}

func TestNumbersFormats(t *testing.T) {
	out, errOut, code := cli(t, "numbers", "-format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "document,value,hedge,what,text,sentence" {
		t.Fatalf("header %q", rows[0])
	}
	found := false
	for _, r := range rows[1:] {
		if r[0] == "003_12804ab05e18f667" && r[1] == "21" && r[2] == "at least" && r[4] == "at least twenty one" && strings.Contains(r[5], "fatal strikes") {
			found = true
		}
	}
	if !found {
		t.Errorf("twenty one not listed as 21:\n%s", out)
	}
	out, _, code = cli(t, "numbers", "-format", "json")
	var js []numberJSON
	if code != 0 || json.Unmarshal([]byte(out), &js) != nil || len(js) != len(rows)-1 {
		t.Fatalf("json exit %d: %d rows", code, len(js))
	}
	for _, n := range js {
		if n.Start >= n.End || n.Sentence == "" {
			t.Errorf("row %+v", n)
		}
	}
	if out, _, code := cli(t, "numbers"); code != 0 || !strings.Contains(out, "figures in 5 documents") {
		t.Errorf("table exit %d:\n%s", code, out)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
