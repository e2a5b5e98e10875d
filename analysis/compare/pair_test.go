package compare

import (
	"context"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus/corpustest"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// load loads files (name → text) as a corpus.
func load(t testing.TB, files map[string]string) *corpus.Corpus {
	return corpustest.FromTexts(t, files)
}

func loadSeeds(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(context.Background(), corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestSentenceLabels(t *testing.T) {
	c := load(t, map[string]string{
		"a.txt": "The navy destroyed the smuggling boat near the island on Monday night. " +
			"Officials said the fishermen were released after questioning by police. " +
			"The weather in the capital was unusually warm for the season.",
		"b.txt": "Police questioning ended and officials reported that the fishermen had been released. " +
			"The navy destroyed the smuggling boat near the island on Monday night. " +
			"A new stadium will open downtown next spring with ten thousand seats.",
		"c.txt": "Unrelated filler text about gardening and tomatoes.",
	})
	a, b := c.ByID("a"), c.ByID("b")
	cmp, err := Pair(context.Background(), c, a, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[[2]int]Label{{0, 1}: Shared, {1, 0}: Paraphrase, {2, -1}: OnlyA, {-1, 2}: OnlyB}
	if len(cmp.Sentences) != len(want) {
		t.Fatalf("sentences = %+v, want %v", cmp.Sentences, want)
	}
	for _, s := range cmp.Sentences {
		if l, ok := want[[2]int{s.A, s.B}]; !ok || l != s.Label {
			t.Errorf("pair (%d,%d) labelled %s, want %s", s.A, s.B, s.Label, l)
		}
	}
	if len(cmp.Passages) != 1 || !cmp.Passages[0].Moved && len(cmp.Passages) > 1 {
		t.Errorf("passages = %+v, want the one shared sentence", cmp.Passages)
	}
	if cmp.SharedA <= 0.2 || cmp.SharedA >= 0.5 || cmp.SharedB <= 0.2 || cmp.SharedB >= 0.5 {
		t.Errorf("shared fractions %.2f/%.2f, want about a third each", cmp.SharedA, cmp.SharedB)
	}
	if cmp.Similarity <= 0 || cmp.Similarity >= 1 {
		t.Errorf("similarity %v, want in (0,1)", cmp.Similarity)
	}
}

func TestPairIdenticalAndNil(t *testing.T) {
	text := "The quick brown fox jumps over the lazy dog near the river bank today."
	c := load(t, map[string]string{"a.txt": text, "b.txt": text, "c.txt": "Something else entirely, about cats."})
	cmp, err := Pair(context.Background(), c, c.ByID("a"), c.ByID("b"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if cmp.Similarity != 1 || cmp.SharedA != 1 || cmp.SharedB != 1 {
		t.Errorf("identical: similarity %v shared %v/%v, want 1", cmp.Similarity, cmp.SharedA, cmp.SharedB)
	}
	if _, err := Pair(context.Background(), c, nil, c.ByID("a"), Options{}); err == nil {
		t.Error("nil document: no error")
	}
	if cmp, err := Pair(context.Background(), nil, c.ByID("a"), c.ByID("c"), Options{}); err != nil || cmp.Similarity != 0 {
		t.Errorf("no corpus: %v, %v", cmp, err)
	}
}

// TestSeeds checks the seeds' shared framing: sources 002 ("killed 83")
// and 004 ("approximately 80 casualties") disagree on the death toll, 002
// ("at least 21 narco-vessels") and 003 ("at least twenty one fatal
// strikes") agree on 21, and 002/003 both describe the Cartel de los Soles
// designation in other words.
func TestSeeds(t *testing.T) {
	c := loadSeeds(t)
	reg, err := actors.Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	counts, err := actors.Count(c, reg, actors.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pair := func(i, j int) *Comparison {
		cmp, err := Pair(context.Background(), c, c.Docs[i], c.Docs[j], Options{Counts: counts})
		if err != nil {
			t.Fatal(err)
		}
		return cmp
	}
	find := func(cmp *Comparison, va, vb float64) *NumberPair {
		for i, p := range cmp.Numbers {
			if p.A != nil && p.B != nil && p.A.Value == va && p.B.Value == vb {
				return &cmp.Numbers[i]
			}
		}
		return nil
	}
	if p := find(pair(2, 4), 83, 80); p == nil || !p.Disagrees() || p.B.Hedge != "approximately" {
		t.Errorf("002/004: want 83 killed vs approximately 80 flagged, got %+v", p)
	}
	if p := find(pair(1, 2), 80, 83); p == nil || !p.Disagrees() {
		t.Errorf("001/002: want around 80 vs 83 flagged, got %+v", p)
	}
	cmp := pair(2, 3)
	if p := find(cmp, 21, 21); p == nil || !p.Agree || p.B.Text != "at least twenty one" {
		t.Errorf("002/003: want 21 = twenty one, got %+v", p)
	}
	cartel := false
	for _, s := range cmp.Sentences {
		if s.Label == Paraphrase && s.A >= 0 && s.B >= 0 &&
			contains(c.Docs[2].Sentence(s.A), "Cartel de Los Soles") && contains(c.Docs[3].Sentence(s.B), "Cartel de los Soles") {
			cartel = true
		}
	}
	if !cartel {
		t.Error("002/003: the Cartel de los Soles designation is not linked as a paraphrase")
	}
	linked := func(cmp *Comparison, inA, inB string) bool {
		for _, s := range cmp.Sentences {
			if s.Label == Paraphrase && s.A >= 0 && s.B >= 0 && contains(cmp.A.Sentence(s.A), inA) && contains(cmp.B.Sentence(s.B), inB) {
				return true
			}
		}
		return false
	}
	if !linked(cmp, "at least 21 narco-vessels", "at least twenty one fatal strikes") {
		t.Error("002/003: the 21 strikes are not linked as a paraphrase")
	}
	if !linked(pair(1, 2), "killed around 80 people", "killed 83 suspected traffickers") {
		t.Error("001/002: the ~80 deaths are not linked as a paraphrase")
	}
	if !linked(pair(1, 4), "killed around 80 people", "approximately 80 casualties") {
		t.Error("001/004: the ~80 deaths are not linked as a paraphrase")
	}
	if len(cmp.Actors) == 0 {
		t.Error("no actor rows")
	}
	for _, r := range cmp.Actors {
		if r.Name == "Nicolás Maduro" && (len(r.InA) == 0 || len(r.InB) == 0) {
			t.Errorf("Maduro row %+v: want mentions on both sides", r)
		}
	}
}

func contains(s, sub string) bool { return len(sub) > 0 && indexFold(s, sub) >= 0 }

func indexFold(s, sub string) int {
	ks, ksub := corpus.Key(s), corpus.Key(sub)
	for i := 0; i+len(ksub) <= len(ks); i++ {
		if ks[i:i+len(ksub)] == ksub {
			return i
		}
	}
	return -1
}
