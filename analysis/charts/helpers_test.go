package charts

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

func init() {
	// Captions carry the date made; pin it so goldens do not change daily.
	now = func() time.Time { return time.Date(2025, 12, 1, 9, 30, 0, 0, time.UTC) }
}

// magenta is hand-made actor 2's own colour, used nowhere else, so tests
// can find its marks in rendered images.
const magenta = "#ff00ff"

// handData is a three-document corpus with hand-made counts: the renderer's
// input pinned independently of the actor matcher.
//
//	doc a: 200 words; Alpha ×3, Beta ×1, Gamma ×0
//	doc b: 100 words; Alpha ×0, Beta ×2, Gamma ×4
//	doc c: 400 words; Alpha ×1, Beta ×0, Gamma ×2
func handData() Data {
	text := func(n int) string { return strings.Repeat("word ", n) }
	c := &corpus.Corpus{Name: "hand", Docs: []*corpus.Document{
		{ID: "a", Title: "Alpha leads the news in a rather long headline", Text: text(200), Words: 200, Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)},
		{ID: "b", Title: "Beta and Gamma", Text: text(100), Words: 100, Date: time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC)},
		{ID: "c", Title: "Quiet day", Text: text(400), Words: 400, Date: time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC)},
	}}
	r := &actors.Registry{Actors: []*actors.Actor{
		{Name: "Alpha", Kind: actors.Person},
		{Name: "Beta", Kind: actors.Organisation},
		{Name: "Gamma", Kind: actors.Place, Color: magenta},
	}}
	at := func(offs ...int) []actors.Mention {
		var out []actors.Mention
		for _, o := range offs {
			out = append(out, actors.Mention{Start: o, End: o + 4})
		}
		return out
	}
	counts := &actors.Counts{Registry: r, Docs: []actors.DocCounts{
		actors.NewDocCounts("a", 200, [][]actors.Mention{at(0, 500, 990), at(250), nil}),
		actors.NewDocCounts("b", 100, [][]actors.Mention{nil, at(100, 200), at(0, 125, 250, 375)}),
		actors.NewDocCounts("c", 400, [][]actors.Mention{at(1000), nil, at(500, 1500)}),
	}}
	sim := &compare.Matrix{IDs: []string{"a", "b", "c"}, Values: [][]float64{{1, 0.2, 0.7}, {0.2, 1, 0.4}, {0.7, 0.4, 1}}}
	return Data{Corpus: c, Counts: counts, Similarity: sim}
}

// seedData is the embedded seeds counted with their registry.
func seedData(t testing.TB) Data {
	t.Helper()
	c, err := corpus.Load(context.Background(), corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := actors.Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	counts, err := actors.Count(c, r, actors.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sim, err := compare.SubsetSimilarities(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	return Data{Corpus: c, Counts: counts, Similarity: sim}
}
