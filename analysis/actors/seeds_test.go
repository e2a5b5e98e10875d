package actors

import (
	"context"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

func seedCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(context.Background(), corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestSeedCounts pins counts checked by reading the seeds (and with
// grep -ow, adding headings in capitals and subtracting the teaser block
// of 001 by hand).
func TestSeedCounts(t *testing.T) {
	c := seedCorpus(t)
	r, err := Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		actor       string
		boilerplate bool
		want        [5]int
	}{
		// 22 in 000 includes the heading "THE IRONY OF MADURO’S FINAL APPEAL";
		// "Nicolás Maduro" counts once.
		{"Maduro", false, [5]int{22, 5, 12, 10, 14}},
		{"Trump", false, [5]int{3, 4, 9, 8, 10}},
		// U.S., US and United States; 001's teaser "The US National
		// Defense Strategy…" is boilerplate.
		{"United States", false, [5]int{17, 5, 5, 16, 14}},
		{"United States", true, [5]int{17, 6, 5, 16, 14}},
		// 000's heading "WHAT COMES NEXT FOR VENEZUELA"; never "Venezuelan".
		{"Venezuela", false, [5]int{7, 3, 3, 9, 12}},
		{"Cartel de los Soles", false, [5]int{1, 2, 1, 2, 2}},
		{"Qatar", false, [5]int{0, 0, 0, 0, 7}},
		{"Doha", false, [5]int{0, 0, 0, 0, 2}},
		{"Iran", false, [5]int{0, 0, 0, 1, 0}},
		{"Iran", true, [5]int{0, 1, 0, 1, 0}},
		{"CIA", false, [5]int{0, 1, 0, 0, 0}},
		{"Operation Southern Spear", false, [5]int{0, 0, 2, 0, 0}},
	}
	for _, tt := range tests {
		cnt, err := Count(c, r, Options{IncludeBoilerplate: tt.boilerplate})
		if err != nil {
			t.Fatal(err)
		}
		ai := r.Find(tt.actor)
		if ai < 0 {
			t.Fatalf("no actor %q", tt.actor)
		}
		var got [5]int
		for i := range cnt.Docs {
			got[i] = cnt.Docs[i].N(ai)
			for _, m := range cnt.Docs[i].Of(ai) {
				d := c.Docs[i]
				if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
					t.Errorf("%s: bad mention %+v", tt.actor, m)
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s (boilerplate %v): %v, want %v", tt.actor, tt.boilerplate, got, tt.want)
		}
	}
}
