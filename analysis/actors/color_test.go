package actors

import (
	"fmt"
	"testing"
)

func TestColorsDistinctBeyondPalette(t *testing.T) {
	r := &Registry{}
	for i := 0; i < 60; i++ {
		r.Actors = append(r.Actors, &Actor{Name: fmt.Sprint("A", i), Kind: Other})
	}
	seen := map[[3]uint8]int{}
	for i := range r.Actors {
		c := r.Color(i)
		if c.A != 0xFF {
			t.Fatalf("actor %d: colour %v is not opaque", i, c)
		}
		k := [3]uint8{c.R, c.G, c.B}
		if j, dup := seen[k]; dup {
			t.Errorf("actors %d and %d share the colour %v", j, i, c)
		}
		seen[k] = i
	}
	if r.Color(3) != Palette[3] {
		t.Errorf("actor 3: %v, want the palette's %v", r.Color(3), Palette[3])
	}
	r.Actors[40].Color = "#123456"
	if want, _ := ParseColor("#123456"); r.Color(40) != want {
		t.Errorf("actor 40 with its own colour: %v, want %v", r.Color(40), want)
	}
}
