package charts

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func TestTableValues(t *testing.T) {
	d := handData()
	tests := []struct {
		name    string
		per1000 bool
		actor   int
		doc     int
		want    float64
	}{
		{"raw alpha in a", false, 0, 0, 3},
		{"per1000 alpha in a", true, 0, 0, 15}, // 3 / 200 words
		{"per1000 gamma in b", true, 2, 1, 40}, // 4 / 100 words
		{"per1000 gamma in c", true, 2, 2, 5},  // 2 / 400 words
		{"raw beta in c", false, 1, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := newTable(d, Options{Per1000: tt.per1000}, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := tab.values[tt.actor][tt.doc]; got != tt.want {
				t.Errorf("value = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTopDocuments(t *testing.T) {
	// 50 documents; document i mentions the actor i times.
	r := &actors.Registry{Actors: []*actors.Actor{{Name: "X"}}}
	counts := &actors.Counts{Registry: r}
	c := &corpus.Corpus{Name: "many"}
	for i := 0; i < 50; i++ {
		id := fmt.Sprintf("d%02d", i)
		c.Docs = append(c.Docs, &corpus.Document{ID: id, Text: strings.Repeat("x ", 100), Words: 100})
		m := make([]actors.Mention, i)
		counts.Docs = append(counts.Docs, actors.NewDocCounts(id, 100, [][]actors.Mention{m}))
	}
	ch, err := New(Data{Corpus: c, Counts: counts}, Options{Kind: Mentions, MaxDocs: 10})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ch.Title(), "top 10 of 50 documents") {
		t.Errorf("title %q does not say the documents were cut", ch.Title())
	}
	rows := ch.Table()
	if len(rows) != 11 {
		t.Fatalf("table has %d rows, want header + 10", len(rows))
	}
	if rows[1][0] != "d49" || rows[10][0] != "d40" {
		t.Errorf("kept %s…%s, want the ten most mentioned d49…d40", rows[1][0], rows[10][0])
	}
}

func TestErrors(t *testing.T) {
	d := handData()
	tests := []struct {
		name string
		d    Data
		o    Options
		want error
	}{
		{"unknown kind", d, Options{Kind: "pie"}, ErrKind},
		{"actor out of range", d, Options{Actors: []int{3}}, ErrActor},
		{"negative actor", d, Options{Actors: []int{-1}}, ErrActor},
		{"no counts", Data{Corpus: d.Corpus}, Options{Kind: Heatmap}, ErrNoData},
		{"no matrix", Data{Corpus: d.Corpus, Counts: d.Counts}, Options{Kind: Similarity}, ErrNoData},
		{"unknown docs", d, Options{Kind: Dispersion, Docs: []string{"zz"}}, ErrNoData},
		{"empty registry", Data{Counts: &actors.Counts{Registry: &actors.Registry{}}}, Options{Kind: Trend}, ErrNoData},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.d, tt.o); !errors.Is(err, tt.want) {
				t.Errorf("New: %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := ParseKind("bars"); !errors.Is(err, ErrKind) {
		t.Errorf("ParseKind(bars): %v", err)
	}
	ch, err := New(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Save(t.TempDir() + "/chart.gif"); !errors.Is(err, ErrFormat) {
		t.Errorf("Save .gif: %v, want ErrFormat", err)
	}
	if err := ch.Write(&strings.Builder{}, "bmp"); !errors.Is(err, ErrFormat) {
		t.Errorf("Write bmp: %v, want ErrFormat", err)
	}
}

func TestLabels(t *testing.T) {
	rows := []docRow{{id: "x/1", label: "Same"}, {id: "x/2", label: "Same"}, {id: "y", label: "Other"}}
	dedupeLabels(rows)
	if rows[0].label == rows[1].label || rows[2].label != "Other" {
		t.Errorf("labels %q %q %q", rows[0].label, rows[1].label, rows[2].label)
	}
	d := handData()
	tab, _ := newTable(d, Options{}, 0)
	if l := tab.docs[0].label; !strings.HasSuffix(l, "…") || len([]rune(l)) > labelRunes {
		t.Errorf("long title label %q not shortened to %d runes with an ellipsis", l, labelRunes)
	}
}

// TestOddData feeds counts that disagree with the corpus: every kind must
// still render, never panic.
func TestOddData(t *testing.T) {
	r := &actors.Registry{Actors: []*actors.Actor{{Name: "A", Color: "not a colour"}, {Name: "B"}}}
	c := &corpus.Corpus{Name: "odd", Docs: []*corpus.Document{{ID: "x", Text: "short"}}}
	counts := &actors.Counts{Registry: r, Docs: []actors.DocCounts{
		actors.NewDocCounts("x", 0, [][]actors.Mention{{{Start: -5, End: 2}, {Start: 900, End: 950}}}), // past the text, B missing
		{DocID: "ghost", Words: 10}, // not in the corpus
	}}
	d := Data{Corpus: c, Counts: counts, Similarity: &compare.Matrix{IDs: []string{"x", "ghost"}, Values: [][]float64{{1}, {0.5, 1}}}}
	for _, k := range Kinds {
		for _, per := range []bool{false, true} {
			ch, err := New(d, Options{Kind: k, Per1000: per, Caption: true})
			if err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			ch.Image(300, 200)
			ch.Image(10, 10) // clamped to 50 × 50: caption and legend crowd the plot out
			if err := ch.Write(io.Discard, "pdf"); err != nil {
				t.Errorf("%s: %v", k, err)
			}
		}
	}
}
