package actors

import (
	"slices"
	"testing"
)

// FuzzSparse feeds the counter's sparse builder random match lists (each
// byte pair is an actor and a gap), several documents in a row through one
// scanner so that slabs are shared, and checks every document's store
// against the matches grouped by actor the plain way.
func FuzzSparse(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte, actors, docs uint8) {
		na := int(actors)%40 + 1
		nd := int(docs)%5 + 1
		s := (&Matcher{actors: na}).newScanner()
		type doc struct {
			dc   DocCounts
			want [][]Mention
		}
		var all []doc
		per := len(data)/2/nd + 1
		for d := 0; d < nd; d++ {
			var found []Match
			want := make([][]Mention, na)
			pos := 0
			for k := 0; k < per && 2*(d*per+k)+1 < len(data); k++ {
				b := data[2*(d*per+k):]
				a := int(b[0]) % na
				pos += int(b[1]) + 1
				found = append(found, Match{Actor: a, Start: pos, End: pos + 1})
				want[a] = append(want[a], Mention{Start: pos, End: pos + 1})
			}
			dc := DocCounts{DocID: "d"}
			if len(found) > 0 {
				dc.ms, dc.runs = s.sparse(found)
			}
			all = append(all, doc{dc, want})
		}
		for d, x := range all {
			var present []int
			for a := range x.want {
				if !slices.Equal(x.dc.Of(a), x.want[a]) {
					t.Fatalf("doc %d: Of(%d) = %v, want %v", d, a, x.dc.Of(a), x.want[a])
				}
				if len(x.want[a]) > 0 {
					present = append(present, a)
				}
			}
			if !slices.Equal(x.dc.Actors(), present) {
				t.Fatalf("doc %d: Actors() = %v, want %v", d, x.dc.Actors(), present)
			}
		}
		for a, n := range s.perActor {
			if n != 0 {
				t.Fatalf("scanner left perActor[%d] = %d", a, n)
			}
		}
	})
}
