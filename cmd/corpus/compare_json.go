package main

import (
	"strconv"

	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// compareJSON is `corpus compare -format json`. Offsets are characters
// (runes) of the loaded text; sentence indexes are 0-based positions in the
// document's sentence list (the one `corpus list` counts), null for the
// missing side of an unpaired sentence.
type compareJSON struct {
	A               string           `json:"a"`
	B               string           `json:"b"`
	Similarity      float64          `json:"similarity"`
	SharedFractionA float64          `json:"shared_fraction_a"`
	SharedFractionB float64          `json:"shared_fraction_b"`
	Passages        []passageJSON    `json:"passages"`
	Sentences       []sentenceJSON   `json:"sentences"`
	Numbers         []numberPairJSON `json:"numbers"`
	Actors          []actorJSON      `json:"actors,omitempty"`
}

type passageJSON struct {
	AStart int    `json:"a_start"`
	AEnd   int    `json:"a_end"`
	BStart int    `json:"b_start"`
	BEnd   int    `json:"b_end"`
	Words  int    `json:"words"`
	Moved  bool   `json:"moved"`
	Text   string `json:"text"`
}

type sentenceJSON struct {
	A     *int    `json:"a"`
	B     *int    `json:"b"`
	Score float64 `json:"score"`
	Label string  `json:"label"`
}

// figureJSON is one figure; start and end are character offsets.
type figureJSON struct {
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Hedge    string  `json:"hedge"`
	What     string  `json:"what"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Sentence int     `json:"sentence"`
}

type numberPairJSON struct {
	A     *figureJSON `json:"a"`
	B     *figureJSON `json:"b"`
	What  string      `json:"what"`
	Agree *bool       `json:"agree"`
}

type actorJSON struct {
	Name string `json:"name"`
	A    int    `json:"a"`
	B    int    `json:"b"`
}

func figureOf(d *corpus.Document, f *compare.Figure) *figureJSON {
	if f == nil {
		return nil
	}
	return &figureJSON{Text: f.Text, Value: f.Value, Hedge: f.Hedge, What: f.What,
		Start: d.CharOffset(f.Span.Start), End: d.CharOffset(f.Span.End), Sentence: f.Sentence}
}

func toCompareJSON(cmp *compare.Comparison) compareJSON {
	a, b := cmp.A, cmp.B
	out := compareJSON{A: a.ID, B: b.ID, Similarity: round4(cmp.Similarity),
		SharedFractionA: round4(cmp.SharedA), SharedFractionB: round4(cmp.SharedB),
		Passages: []passageJSON{}, Sentences: []sentenceJSON{}, Numbers: []numberPairJSON{}}
	for _, p := range cmp.Passages {
		out.Passages = append(out.Passages, passageJSON{AStart: a.CharOffset(p.A.Start), AEnd: a.CharOffset(p.A.End),
			BStart: b.CharOffset(p.B.Start), BEnd: b.CharOffset(p.B.End), Words: p.Words, Moved: p.Moved, Text: p.Text})
	}
	idx := func(i int) *int {
		if i < 0 {
			return nil
		}
		return &i
	}
	for _, s := range cmp.Sentences {
		out.Sentences = append(out.Sentences, sentenceJSON{A: idx(s.A), B: idx(s.B), Score: round4(s.Score), Label: string(s.Label)})
	}
	for _, n := range cmp.Numbers {
		j := numberPairJSON{A: figureOf(a, n.A), B: figureOf(b, n.B), What: n.What}
		if n.A != nil && n.B != nil {
			agree := n.Agree
			j.Agree = &agree
		}
		out.Numbers = append(out.Numbers, j)
	}
	for _, r := range cmp.Actors {
		out.Actors = append(out.Actors, actorJSON{Name: r.Name, A: len(r.InA), B: len(r.InB)})
	}
	return out
}

func round4(v float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 4, 64), 64)
	return f
}

// formatValue prints a figure's value without a needless fraction.
func formatValue(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
