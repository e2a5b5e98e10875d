package compare

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// NumberPair links a figure of document A with the figure of document B
// that counts the same thing (nil for the side that has none).
type NumberPair struct {
	A, B *Figure
	// What names what both count (A's when both have one).
	What string
	// Agree is set when both sides are present and their values are equal;
	// a pair with both sides and Agree unset is a disagreement.
	Agree bool
}

// Disagrees reports whether both sides are present and differ.
func (p NumberPair) Disagrees() bool { return p.A != nil && p.B != nil && !p.Agree }

// maxRatio is the largest ratio between two paired values: "80 killed"
// and "83 killed" pair (a disagreement), "83 killed" and "one hundred
// thousand killed" (another story) do not.
const maxRatio = 2.0

// PairFigures pairs the figures of two documents: two figures pair when
// they count the same kind of thing (a shared concept) and their values
// are within a factor of two; equal values pair first, then the closest.
// Unpaired figures come last, A's then B's.
func PairFigures(fa, fb []Figure) []NumberPair {
	type cand struct {
		i, j  int
		score float64
	}
	var cs []cand
	for i := range fa {
		for j := range fb {
			ov := overlap(fa[i].Concepts, fb[j].Concepts)
			if ov == 0 {
				continue
			}
			a, b := fa[i].Value, fb[j].Value
			r := 1.0
			if a != b {
				if a <= 0 || b <= 0 {
					continue
				}
				r = math.Max(a, b) / math.Min(a, b)
			}
			if r > maxRatio {
				continue
			}
			s := float64(ov) - math.Log(r)*4
			if a == b {
				s += 10
			}
			cs = append(cs, cand{i, j, s})
		}
	}
	sort.SliceStable(cs, func(x, y int) bool { return cs[x].score > cs[y].score })
	usedA, usedB := make([]bool, len(fa)), make([]bool, len(fb))
	var out []NumberPair
	for _, c := range cs {
		if usedA[c.i] || usedB[c.j] {
			continue
		}
		usedA[c.i], usedB[c.j] = true, true
		a, b := &fa[c.i], &fb[c.j]
		what := a.What
		if what == "" {
			what = b.What
		}
		out = append(out, NumberPair{A: a, B: b, What: what, Agree: a.Value == b.Value})
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].A.Span.Start < out[y].A.Span.Start })
	for i := range fa {
		if !usedA[i] {
			out = append(out, NumberPair{A: &fa[i], What: fa[i].What})
		}
	}
	for j := range fb {
		if !usedB[j] {
			out = append(out, NumberPair{B: &fb[j], What: fb[j].What})
		}
	}
	return out
}

func overlap(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

// DocFigure is one row of the corpus-wide number table.
type DocFigure struct {
	DocID string
	Figure
}

// NumberTable lists the figures of every document of c, in corpus then
// text order; progress (may be nil) hears done and total documents.
func NumberTable(ctx context.Context, c *corpus.Corpus, progress func(done, total int)) ([]DocFigure, error) {
	var out []DocFigure
	for i, d := range c.Docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("compare: numbers: %w", err)
		}
		for _, f := range safeFigures(d) {
			out = append(out, DocFigure{DocID: d.ID, Figure: f})
		}
		if progress != nil {
			progress(i+1, len(c.Docs))
		}
	}
	return out, nil
}

// safeFigures is Figures with a recover, so that one odd document cannot
// take the table down.
func safeFigures(d *corpus.Document) (fs []Figure) {
	defer func() {
		if recover() != nil {
			fs = nil
		}
	}()
	return Figures(d)
}
