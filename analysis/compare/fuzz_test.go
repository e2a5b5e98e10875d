package compare

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// docOf builds a document the way the loader does, without a file system.
func docOf(id, raw string) *corpus.Document {
	text := corpus.Normalize(raw)
	paras := corpus.Paragraphs(text)
	return &corpus.Document{ID: id, Text: text, Paragraphs: paras, Sentences: corpus.Sentences(text, paras),
		Words: corpus.CountWords(text, 0, len(text))}
}

func inside(s corpus.Span, text string) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text)
}

// FuzzPair: any two texts compare without panicking, every range inside its
// text and every sentence index valid.
func FuzzPair(f *testing.F) {
	f.Add("The navy struck 21 boats. About 80 were killed.", "The navy struck twenty one boats; 83 were killed.", 6)
	f.Add("", "x", 1)
	f.Add("a a a a a a a a a a a a", "a a a a a a a", 2)
	f.Fuzz(func(t *testing.T, a, b string, min int) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		da, db := docOf("a", a), docOf("b", b)
		cmp, err := Pair(context.Background(), nil, da, db, Options{MinWords: min % 20})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range cmp.Passages {
			if !inside(p.A, da.Text) || !inside(p.B, db.Text) {
				t.Fatalf("passage %+v outside the texts", p)
			}
		}
		for _, s := range cmp.Sentences {
			if s.A < -1 || s.A >= len(da.Sentences) || s.B < -1 || s.B >= len(db.Sentences) || s.A == -1 && s.B == -1 {
				t.Fatalf("bad sentence pair %+v", s)
			}
		}
		for _, n := range cmp.Numbers {
			if n.A != nil && !inside(n.A.Span, da.Text) || n.B != nil && !inside(n.B.Span, db.Text) {
				t.Fatalf("figure outside its text %+v", n)
			}
		}
		if cmp.SharedA < 0 || cmp.SharedA > 1 || cmp.SharedB < 0 || cmp.SharedB > 1 || cmp.Similarity < 0 || cmp.Similarity > 1 {
			t.Fatalf("fractions out of [0,1]: %+v", cmp)
		}
	})
}

// FuzzExtractFigures: any text, any range: no panic, spans inside.
func FuzzExtractFigures(f *testing.F) {
	f.Add("at least twenty-one boats, 1,200.5 million troops, the 1990s, 10:30", 0, 1000)
	f.Add("one hundred and", 3, 9)
	f.Add("$5% a dozen", -4, 2)
	f.Fuzz(func(t *testing.T, text string, from, to int) {
		for _, fig := range ExtractFigures(text, from, to) {
			if !inside(fig.Span, text) || fig.Span.Start < from || text[fig.Span.Start:fig.Span.End] != fig.Text {
				t.Fatalf("figure %+v outside %d..%d", fig, from, to)
			}
		}
	})
}
