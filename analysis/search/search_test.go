package search

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus/corpustest"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

func loadSeeds(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(context.Background(), corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// loadMap loads files (name → text) as a corpus.
func loadMap(t testing.TB, files map[string]string) *corpus.Corpus {
	return corpustest.FromTexts(t, files)
}

func memIndex(t testing.TB, c *corpus.Corpus) *Index {
	t.Helper()
	ix, err := NewMem(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	return ix
}

func ids(res *Result) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	sort.Strings(out)
	return out
}

func TestSearchSeeds(t *testing.T) {
	c := loadSeeds(t)
	ix := memIndex(t, c)
	tests := []struct {
		query string
		want  []string // document ID prefixes
		word  string   // a word every hit's spans must cover (lower-cased)
	}{
		{"Qatar", []string{"004"}, "qatar"},
		{`"Cartel de los Soles"`, []string{"000", "002", "003", "004"}, ""},
		{"Maduro -Trump", nil, ""},
		{"exile~1", []string{"000", "003", "004"}, ""},
		{"/qata.*/", []string{"004"}, "qatar"},
		{"title:ultimatum", []string{"003"}, "ultimatum"},
		{"+Qatar +Maduro", []string{"004"}, ""},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), Request{Query: tt.query})
		if err != nil {
			t.Errorf("%s: %v", tt.query, err)
			continue
		}
		got := ids(res)
		if len(got) != len(tt.want) || res.Total != len(tt.want) {
			t.Errorf("%s: got %v (total %d), want %v", tt.query, got, res.Total, tt.want)
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], tt.want[i]) {
				t.Errorf("%s: got %v, want %v", tt.query, got, tt.want)
			}
		}
		for _, h := range res.Hits {
			d := c.ByID(h.ID)
			if len(h.Spans) == 0 && len(h.TitleSpans) == 0 {
				t.Errorf("%s: %s has no spans", tt.query, h.ID)
			}
			for _, s := range h.Spans {
				w := strings.ToLower(d.Text[s.Start:s.End])
				if tt.word != "" && !strings.HasPrefix(w, tt.word) {
					t.Errorf("%s: %s span %v is %q", tt.query, h.ID, s, w)
				}
			}
			if len(h.Fragments) == 0 {
				t.Errorf("%s: %s has no fragments", tt.query, h.ID)
			}
		}
	}
}

func TestPhraseSpansCoverThePhrase(t *testing.T) {
	c := loadSeeds(t)
	ix := memIndex(t, c)
	res, err := ix.Search(context.Background(), Request{Query: `"Cartel de los Soles"`})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		d := c.ByID(h.ID)
		n := strings.Count(strings.ToLower(d.Text), "cartel de los soles")
		var words []string
		for _, s := range h.Spans {
			words = append(words, d.Text[s.Start:s.End])
		}
		// "de" and "los" are not English stop words, so each of the four
		// words of each occurrence is marked.
		if len(h.Spans) != 4*n {
			t.Errorf("%s: %d spans %v for %d occurrences", h.ID, len(h.Spans), words, n)
		}
		f := h.Fragments[0]
		if !strings.Contains(strings.ToLower(f.Marked("[", "]")), "[cartel] [de] [los] [soles]") {
			t.Errorf("%s: fragment %q", h.ID, f.Marked("[", "]"))
		}
	}
}

func TestFieldsFacetsAndSort(t *testing.T) {
	c := loadMap(t, map[string]string{
		"a.txt":      "Cocoa prices\nCocoa prices rose in Ghana as rain fell.",
		"b.txt":      "Oil report\nOil and cocoa futures were mixed in London.",
		"c.txt":      "Gold news\nGold rose. Nothing about beans.",
		"corpus.csv": "file,title,source,date,topic\na.txt,Cocoa prices,Reuters,1987-02-26,cocoa\nb.txt,Oil report,BBC News,1987-03-02,crude\nc.txt,Gold news,Reuters,1987-04-01,gold\n",
	})
	ix := memIndex(t, c)
	ctx := context.Background()
	tests := []struct {
		query string
		sort  string
		want  []string
	}{
		{"title:cocoa", "", []string{"a"}},
		{"source:reuters", "", []string{"a", "c"}},
		{`source:"BBC News"`, "", []string{"b"}},
		{`date:>="1987-03-01"`, SortDate, []string{"c", "b"}},
		{`date:<"1987-03-01"`, "", []string{"a"}},
		{"topic:crude", "", []string{"b"}},
		{"cocoa", SortDate, []string{"b", "a"}},
		{"ros*", SortDate, []string{"c", "a"}},
	}
	for _, tt := range tests {
		res, err := ix.Search(ctx, Request{Query: tt.query, Sort: tt.sort})
		if err != nil {
			t.Errorf("%s: %v", tt.query, err)
			continue
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if tt.sort == "" {
			sort.Strings(got)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s sorted by %q: got %v, want %v", tt.query, tt.sort, got, tt.want)
		}
	}
	res, err := ix.Search(ctx, Request{Query: "rose cocoa", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Sources) != 2 || res.Sources[0] != (Facet{"Reuters", 2}) || res.Sources[1] != (Facet{"BBC News", 1}) {
		t.Errorf("sources = %v", res.Sources)
	}
	if len(res.Months) != 3 || res.Months[0] != (Facet{"1987-02", 1}) || res.Months[2] != (Facet{"1987-04", 1}) {
		t.Errorf("months = %v", res.Months)
	}
	res, err = ix.Search(ctx, Request{Query: "rose cocoa", Docs: []string{"b", "c"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(res); strings.Join(got, ",") != "b,c" {
		t.Errorf("restricted to b,c: %v", got)
	}
	res, err = ix.Search(ctx, Request{Query: "cocoa", Limit: 1})
	if err != nil || len(res.Hits) != 1 || res.Total != 2 {
		t.Errorf("limit 1: %v hits, total %d, %v", len(res.Hits), res.Total, err)
	}
}

func TestBoilerplateNotIndexed(t *testing.T) {
	c := loadMap(t, map[string]string{"a.txt": "Headline here\nThe article talks about zebras.\n"})
	d := c.Docs[0]
	start := strings.Index(d.Text, "zebras")
	d.Boilerplate = append(d.Boilerplate, corpus.Span{Start: start, End: start + len("zebras")})
	ix := memIndex(t, c)
	for q, want := range map[string]int{"zebras": 0, "article": 1} {
		res, err := ix.Search(context.Background(), Request{Query: q})
		if err != nil || res.Total != want {
			t.Errorf("%s: total %v, err %v, want %d", q, res.Total, err, want)
		}
	}
}

func TestFragmentCollapsesSpace(t *testing.T) {
	text := "Start of the text.\n\n   Cocoa   prices\tfell.\nEnd."
	s := strings.Index(text, "Cocoa")
	p := strings.Index(text, "prices")
	fr := fragments(text, []corpus.Span{{Start: s, End: s + 5}, {Start: p, End: p + 6}})
	if len(fr) != 1 {
		t.Fatalf("%d fragments", len(fr))
	}
	if got := fr[0].Marked("[", "]"); got != "Start of the text. [Cocoa] [prices] fell. End." {
		t.Errorf("fragment %q", got)
	}
	if fr[0].Offset != s {
		t.Errorf("offset %d, want %d", fr[0].Offset, s)
	}
}
