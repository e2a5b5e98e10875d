package actors

import (
	"slices"
	"sort"
)

// NewDocCounts builds a document's counts from dense per-actor lists:
// mentions[i] lists actor i's mentions in text order (nil or empty when
// none). The lists are copied. Counting builds counts directly; this is for
// hand-made counts (tests, fakes).
func NewDocCounts(docID string, words int, mentions [][]Mention) DocCounts {
	dc := DocCounts{DocID: docID, Words: words}
	n := 0
	for _, ms := range mentions {
		n += len(ms)
	}
	if n == 0 {
		return dc
	}
	dc.ms = make([]Mention, 0, n)
	for a, ms := range mentions {
		if len(ms) == 0 {
			continue
		}
		dc.ms = append(dc.ms, ms...)
		dc.runs = append(dc.runs, actorRun{actor: int32(a), end: int32(len(dc.ms))})
	}
	return dc
}

// SetMentions replaces actor's mentions (given in text order; copied) and
// leaves the other actors' alone. An empty ms removes the actor's
// mentions. Negative actors are ignored. It is meant for building counts by
// hand, not for counts another goroutine reads.
func (dc *DocCounts) SetMentions(actor int, ms []Mention) {
	if actor < 0 {
		return
	}
	k, found := dc.find(actor)
	start, end := 0, 0
	if found {
		start, end = dc.bounds(k)
	} else if k > 0 {
		start = int(dc.runs[k-1].end)
		end = start
	}
	out := make([]Mention, 0, len(dc.ms)-(end-start)+len(ms))
	out = append(out, dc.ms[:start]...)
	out = append(out, ms...)
	out = append(out, dc.ms[end:]...)
	delta := int32(len(ms) - (end - start))
	runs := slices.Clone(dc.runs)
	switch {
	case found && len(ms) == 0:
		runs = slices.Delete(runs, k, k+1)
	case found:
		runs[k].end += delta
		k++
	case len(ms) > 0:
		runs = slices.Insert(runs, k, actorRun{actor: int32(actor), end: int32(end + len(ms))})
		k++
	}
	for i := k; i < len(runs); i++ {
		runs[i].end += delta
	}
	dc.ms, dc.runs = out, runs
	if len(dc.runs) == 0 {
		dc.ms, dc.runs = nil, nil
	}
}

// find returns the position of actor's run in dc.runs, or where it would
// be inserted.
func (dc *DocCounts) find(actor int) (int, bool) {
	if len(dc.runs) <= 8 {
		for k, r := range dc.runs {
			if int(r.actor) >= actor {
				return k, int(r.actor) == actor
			}
		}
		return len(dc.runs), false
	}
	k := sort.Search(len(dc.runs), func(i int) bool { return int(dc.runs[i].actor) >= actor })
	return k, k < len(dc.runs) && int(dc.runs[k].actor) == actor
}

// bounds returns run k's stretch of dc.ms.
func (dc *DocCounts) bounds(k int) (start, end int) {
	if k > 0 {
		start = int(dc.runs[k-1].end)
	}
	return start, int(dc.runs[k].end)
}

// Of returns actor's mentions in text order, or nil when it has none.
// Callers must not modify the result (appending to it is safe: its
// capacity ends with it).
func (dc *DocCounts) Of(actor int) []Mention {
	if actor < 0 || len(dc.runs) == 0 {
		return nil
	}
	k, ok := dc.find(actor)
	if !ok {
		return nil
	}
	start, end := dc.bounds(k)
	return dc.ms[start:end:end]
}

// N returns the number of actor's mentions in the document.
func (dc *DocCounts) N(actor int) int {
	if actor < 0 || len(dc.runs) == 0 {
		return 0
	}
	k, ok := dc.find(actor)
	if !ok {
		return 0
	}
	start, end := dc.bounds(k)
	return end - start
}

// Actors returns the actors with at least one mention in the document,
// ascending (a fresh slice; nil when there are none).
func (dc *DocCounts) Actors() []int {
	if len(dc.runs) == 0 {
		return nil
	}
	out := make([]int, len(dc.runs))
	for k, r := range dc.runs {
		out[k] = int(r.actor)
	}
	return out
}

// Len returns the number of mentions in the document, all actors together.
func (dc *DocCounts) Len() int { return len(dc.ms) }
