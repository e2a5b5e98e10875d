package actors

import (
	"slices"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// present lists, the slow way, the actors below n with a mention in dc.
func present(dc *DocCounts, n int) []int {
	var out []int
	for a := 0; a < n; a++ {
		if dc.N(a) > 0 {
			out = append(out, a)
		}
	}
	return out
}

func ms(offsets ...int) []Mention {
	var out []Mention
	for _, o := range offsets {
		out = append(out, Mention{Start: o, End: o + 3})
	}
	return out
}

func TestNewDocCounts(t *testing.T) {
	dense := [][]Mention{ms(5, 40), nil, {}, ms(1), nil, ms(7, 9, 11)}
	dc := NewDocCounts("d", 100, dense)
	if dc.DocID != "d" || dc.Words != 100 {
		t.Fatalf("DocID %q, Words %d", dc.DocID, dc.Words)
	}
	for a := -1; a < len(dense)+3; a++ {
		var want []Mention
		if a >= 0 && a < len(dense) && len(dense[a]) > 0 {
			want = dense[a]
		}
		got := dc.Of(a)
		if !slices.Equal(got, want) || (want == nil) != (got == nil) {
			t.Errorf("Of(%d) = %v, want %v", a, got, want)
		}
		if dc.N(a) != len(want) {
			t.Errorf("N(%d) = %d, want %d", a, dc.N(a), len(want))
		}
	}
	if got := dc.Actors(); !slices.Equal(got, []int{0, 3, 5}) {
		t.Errorf("Actors() = %v, want [0 3 5]", got)
	}
	if dc.Len() != 6 {
		t.Errorf("Len() = %d, want 6", dc.Len())
	}
	// The input is copied, and appending to Of's result cannot clobber the
	// next actor's mentions.
	dense[0][0].Start = 99
	_ = append(dc.Of(0), Mention{Start: -1})
	if dc.Of(0)[0].Start != 5 || dc.Of(3)[0].Start != 1 {
		t.Errorf("store changed: %v %v", dc.Of(0), dc.Of(3))
	}
	empty := NewDocCounts("e", 0, [][]Mention{nil, {}})
	if empty.Actors() != nil || empty.Of(0) != nil || empty.N(1) != 0 || empty.Per1000(0) != 0 {
		t.Errorf("empty counts: %v %v", empty.Actors(), empty.Of(0))
	}
}

func TestSetMentions(t *testing.T) {
	var dc DocCounts
	steps := []struct {
		actor int
		ms    []Mention
	}{
		{4, ms(10, 20)},
		{1, ms(3)},       // before
		{9, ms(50)},      // after
		{4, ms(11)},      // shrink in the middle
		{1, ms(2, 4, 6)}, // grow at the start
		{4, nil},         // remove
		{7, ms(30, 31)},  // insert in the middle
		{-2, ms(1)},      // ignored
		{2, nil},         // remove an absent actor: no-op
	}
	ref := map[int][]Mention{}
	for i, st := range steps {
		dc.SetMentions(st.actor, st.ms)
		if st.actor >= 0 {
			if len(st.ms) == 0 {
				delete(ref, st.actor)
			} else {
				ref[st.actor] = st.ms
			}
		}
		var wantActors []int
		for a := 0; a < 12; a++ {
			if !slices.Equal(dc.Of(a), ref[a]) || dc.N(a) != len(ref[a]) {
				t.Errorf("step %d: Of(%d) = %v, want %v", i, a, dc.Of(a), ref[a])
			}
			if len(ref[a]) > 0 {
				wantActors = append(wantActors, a)
			}
		}
		if !slices.Equal(dc.Actors(), wantActors) {
			t.Errorf("step %d: Actors() = %v, want %v", i, dc.Actors(), wantActors)
		}
	}
}

// TestManyActors exercises the binary search (more than a handful of actors
// present) against a dense reference.
func TestManyActors(t *testing.T) {
	dense := make([][]Mention, 300)
	for a := range dense {
		if a%3 != 1 {
			dense[a] = ms(a, a+1000)
		}
	}
	dc := NewDocCounts("m", 1, dense)
	for a := range dense {
		if !slices.Equal(dc.Of(a), dense[a]) || dc.N(a) != len(dense[a]) {
			t.Fatalf("Of(%d) = %v, want %v", a, dc.Of(a), dense[a])
		}
	}
	if got := len(dc.Actors()); got != 200 {
		t.Errorf("%d actors present, want 200", got)
	}
}

// TestCountSparseMatchesFindAll checks the counter's sparse store against
// the matcher's plain list of matches, grouped by actor by hand, on the
// seeds with their registry (boilerplate included, so the whole text is
// one span).
func TestCountSparseMatchesFindAll(t *testing.T) {
	c := seedCorpus(t)
	r, err := Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	cnt, err := Count(c, r, Options{IncludeBoilerplate: true})
	if err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(r)
	total := 0
	for i, d := range c.Docs {
		want := make([][]Mention, len(r.Actors))
		for _, f := range m.FindAll(d.Text, 0, len(d.Text)) {
			want[f.Actor] = append(want[f.Actor], Mention{Start: f.Start, End: f.End})
		}
		dc := &cnt.Docs[i]
		var wantActors []int
		for a := range want {
			if !slices.Equal(dc.Of(a), want[a]) {
				t.Errorf("%s: Of(%d) = %v, want %v", d.ID, a, dc.Of(a), want[a])
			}
			if len(want[a]) > 0 {
				wantActors = append(wantActors, a)
			}
			total += len(want[a])
		}
		if !slices.Equal(dc.Actors(), wantActors) {
			t.Errorf("%s: Actors() = %v, want %v", d.ID, dc.Actors(), wantActors)
		}
	}
	if total < 100 {
		t.Errorf("only %d mentions in the seeds: the test checks too little", total)
	}
}
