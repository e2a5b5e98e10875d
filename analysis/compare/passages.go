package compare

import (
	"hash/maphash"
	"sort"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Passage is a run of words two documents share: at least MinWords
// matching words in the same order, allowing a few differing words inside
// the run (see [Options.Gap]).
type Passage struct {
	// A and B are the passage's byte ranges in the two documents' Text.
	A, B corpus.Span
	// Words is the number of matching words (gap words not counted).
	Words int
	// Text is the passage as it reads in document A.
	Text string
	// Moved is set when the passage stands out of order: it is not part of
	// the longest chain of passages that run in the same order in both
	// documents (a paragraph moved up or down).
	Moved bool
}

// seedLen is the length of the word n-grams hashed to find candidate
// matches; runs are then extended word by word.
const seedLen = 3

// maxPostings bounds how many places in B one seed n-gram is tried at, so
// that highly repetitive text stays linear.
const maxPostings = 64

// resync is how many words must match again after a gap for the run to go
// on (so that a lone "the" does not bridge two unrelated runs).
const resync = 2

// sharedPassages finds the passages of at least minWords words that ta and
// tb share, tolerating up to gap differing words inside a run. It hashes
// word n-grams (linear in the texts' lengths plus the matches found), never
// filling an n×m table.
func sharedPassages(textA string, ta, tb []token, minWords, gap int) []Passage {
	k := seedLen
	if minWords < k {
		k = minWords
	}
	if k < 1 || len(ta) < k || len(tb) < k {
		return nil
	}
	seed := maphash.MakeSeed()
	hashes := func(ts []token) []uint64 {
		wh := make([]uint64, len(ts))
		for i, t := range ts {
			wh[i] = maphash.String(seed, t.key)
		}
		out := make([]uint64, len(ts)-k+1)
		for i := range out {
			h := uint64(0)
			for _, w := range wh[i : i+k] {
				h = h*0x100000001b3 ^ w
			}
			out[i] = h
		}
		return out
	}
	ha, hb := hashes(ta), hashes(tb)
	index := make(map[uint64][]int32, len(hb))
	for j, h := range hb {
		if p := index[h]; len(p) < maxPostings {
			index[h] = append(p, int32(j))
		}
	}
	eq := func(i, j int) bool { return i < len(ta) && j < len(tb) && ta[i].key == tb[j].key }
	// Each start in A takes its longest run among the places its seed
	// occurs in B; a run starting inside one already found is not tried
	// again, which keeps repetitive text linear (a phrase A repeats may
	// then show one counterpart only).
	reach := 0
	var out []Passage
	for i, h := range ha {
		if i < reach {
			continue
		}
		best := Passage{}
		bestEnd := 0
		for _, j32 := range index[h] {
			j := int(j32)
			if !eq(i, j) {
				continue
			}
			ai, bj, matched := i, j, 0
			for {
				for eq(ai, bj) {
					ai, bj, matched = ai+1, bj+1, matched+1
				}
				sa, sb, ok := bridge(eq, ai, bj, gap)
				if !ok {
					break
				}
				ai, bj = ai+sa, bj+sb
			}
			if matched < minWords || matched <= best.Words {
				continue
			}
			best = Passage{
				A:     corpus.Span{Start: ta[i].span.Start, End: ta[ai-1].span.End},
				B:     corpus.Span{Start: tb[j].span.Start, End: tb[bj-1].span.End},
				Words: matched,
			}
			bestEnd = ai
		}
		if best.Words > 0 {
			best.Text = textA[best.A.Start:best.A.End]
			out = append(out, best)
			reach = bestEnd
		}
	}
	out = dropContained(out)
	markMoved(out)
	return out
}

// bridge looks for a way over a gap of at most gap words at (ai, bj):
// words skipped in A (sa) and in B (sb) after which resync words match.
func bridge(eq func(i, j int) bool, ai, bj, gap int) (sa, sb int, ok bool) {
	for total := 1; total <= 2*gap; total++ {
		for sa = 0; sa <= gap && sa <= total; sa++ {
			sb = total - sa
			if sb > gap {
				continue
			}
			good := true
			for r := 0; r < resync; r++ {
				if !eq(ai+sa+r, bj+sb+r) {
					good = false
					break
				}
			}
			if good {
				return sa, sb, true
			}
		}
	}
	return 0, 0, false
}

// dropContained removes passages lying inside a longer one in both texts
// and returns the rest in A order.
func dropContained(ps []Passage) []Passage {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Words > ps[j].Words })
	var kept []Passage
	for _, p := range ps {
		inside := false
		for _, q := range kept {
			if q.A.Start <= p.A.Start && p.A.End <= q.A.End && q.B.Start <= p.B.Start && p.B.End <= q.B.End {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, p)
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].A.Start != kept[j].A.Start {
			return kept[i].A.Start < kept[j].A.Start
		}
		return kept[i].B.Start < kept[j].B.Start
	})
	return kept
}

// markMoved flags the passages outside the heaviest chain (by words) whose
// B ranges increase along A: those stand in a different place in B.
func markMoved(ps []Passage) {
	n := len(ps)
	if n < 2 || n > 4000 {
		return
	}
	best := make([]int, n)
	prev := make([]int, n)
	top := 0
	for i := range ps {
		best[i], prev[i] = ps[i].Words, -1
		for j := 0; j < i; j++ {
			if ps[j].B.End <= ps[i].B.Start && ps[j].A.End <= ps[i].A.Start && best[j]+ps[i].Words > best[i] {
				best[i], prev[i] = best[j]+ps[i].Words, j
			}
		}
		if best[i] > best[top] {
			top = i
		}
	}
	chain := make([]bool, n)
	for i := top; i >= 0; i = prev[i] {
		chain[i] = true
	}
	for i := range ps {
		ps[i].Moved = !chain[i]
	}
}

// coverage returns the fraction of the tokens lying inside one of spans.
func coverage(ts []token, spans []corpus.Span) float64 {
	if len(ts) == 0 {
		return 0
	}
	sorted := append([]corpus.Span(nil), spans...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	in, k, reach := 0, 0, -1
	for _, t := range ts {
		for k < len(sorted) && sorted[k].Start <= t.span.Start {
			if sorted[k].End > reach {
				reach = sorted[k].End
			}
			k++
		}
		if t.span.End <= reach {
			in++
		}
	}
	return float64(in) / float64(len(ts))
}
