package charts

import (
	"sort"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
)

// DefaultMaxActors is how many actors a chart shows when none are chosen:
// the most mentioned ones. More bars or lines than this stop being legible
// and colours start to repeat.
const DefaultMaxActors = 10

// TopActors returns the registry indices of the n most mentioned actors in
// counts (ties in registry order), in registry order; actors with no
// mention are left out unless nothing was mentioned at all.
func TopActors(counts *actors.Counts, n int) []int {
	if counts == nil || counts.Registry == nil {
		return nil
	}
	na := len(counts.Registry.Actors)
	totals := make([]int, na)
	for _, dc := range counts.Docs {
		for _, a := range dc.Actors() {
			if a < na {
				totals[a] += dc.N(a)
			}
		}
	}
	idx := make([]int, na)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return totals[idx[i]] > totals[idx[j]] })
	if n > 0 && len(idx) > n {
		idx = idx[:n]
	}
	for len(idx) > 1 && totals[idx[len(idx)-1]] == 0 {
		idx = idx[:len(idx)-1]
	}
	sort.Ints(idx)
	return idx
}
