package actors

import (
	"image/color"
	"math"
)

// Kind classifies an actor.
type Kind string

// The kinds of actor.
const (
	Person       Kind = "person"
	Organisation Kind = "organisation"
	Place        Kind = "place"
	Other        Kind = "other"
)

// Actor is one entity with the names it goes by.
type Actor struct {
	Name    string   `yaml:"name"`
	Kind    Kind     `yaml:"kind"`
	Aliases []string `yaml:"aliases,flow,omitempty"`
	// Color is an optional "#rrggbb"; empty means the palette's colour.
	Color string `yaml:"color,omitempty"`
}

// Registry is an ordered list of actors; an actor's index in Actors is how
// counts refer to it.
type Registry struct {
	Actors []*Actor `yaml:"actors"`
}

// Mention is one match of an actor in a document: byte offsets into the
// document's Text.
type Mention struct {
	Start, End int
}

// DocCounts holds one document's mentions. Mentions are stored sparsely:
// only actors with at least one mention take room. Read them with
// [DocCounts.Of], [DocCounts.N] and [DocCounts.Actors]; build hand-made
// counts with [NewDocCounts] or [DocCounts.SetMentions]. The zero value
// (besides DocID and Words) has no mentions.
type DocCounts struct {
	DocID string
	// Words is the number of words counted in (outside boilerplate unless
	// boilerplate was included), the base of the per-1,000-words rate.
	Words int
	// ms holds the mentions sorted by actor, then in text order.
	ms []Mention
	// runs lists the actors present, ascending, each with the end of its
	// mentions in ms (a run starts where the previous one ends).
	runs []actorRun
}

// actorRun is one actor's stretch of DocCounts.ms.
type actorRun struct {
	actor, end int32
}

// Counts is the result of counting a registry's actors in a corpus.
type Counts struct {
	Registry *Registry
	// Docs are in corpus order.
	Docs []DocCounts
}

// Palette is the colour-blind-safe palette (Okabe–Ito, then Paul Tol's
// muted scheme) used for actors without a colour of their own.
var Palette = []color.NRGBA{
	{0x00, 0x72, 0xB2, 0xFF}, // blue
	{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	{0xE6, 0x9F, 0x00, 0xFF}, // orange
	{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	{0xF0, 0xE4, 0x42, 0xFF}, // yellow
	{0x00, 0x00, 0x00, 0xFF}, // black
	{0x33, 0x22, 0x88, 0xFF}, // indigo
	{0x88, 0xCC, 0xEE, 0xFF}, // cyan
	{0x44, 0xAA, 0x99, 0xFF}, // teal
	{0x11, 0x77, 0x33, 0xFF}, // green
	{0x99, 0x99, 0x33, 0xFF}, // olive
	{0xDD, 0xCC, 0x77, 0xFF}, // sand
	{0xCC, 0x66, 0x77, 0xFF}, // rose
	{0x88, 0x22, 0x55, 0xFF}, // wine
	{0xAA, 0x44, 0x99, 0xFF}, // purple
}

// Color returns actor i's colour: its own Color when that is a valid
// "#rrggbb", else the palette's colour for its position. Every chart and
// view uses this, so an actor looks the same everywhere.
func (r *Registry) Color(i int) color.NRGBA {
	if i >= 0 && i < len(r.Actors) {
		if c, ok := ParseColor(r.Actors[i].Color); ok {
			return c
		}
	}
	if i < 0 {
		i = -i
	}
	if i < len(Palette) {
		return Palette[i]
	}
	return extraColor(i - len(Palette))
}

// extraColor is the colour of the n-th actor past the palette: hues a
// golden angle apart, alternating between two lightnesses, so that no two
// actors of a long registry share a colour.
func extraColor(n int) color.NRGBA {
	h := math.Mod(float64(n)*137.50776+20, 360) / 60
	l, sat := 0.42, 0.65
	if n%2 == 1 {
		l = 0.62
	}
	c := (1 - math.Abs(2*l-1)) * sat
	x := c * (1 - math.Abs(math.Mod(h, 2)-1))
	var r, g, b float64
	switch int(h) {
	case 0:
		r, g = c, x
	case 1:
		r, g = x, c
	case 2:
		g, b = c, x
	case 3:
		g, b = x, c
	case 4:
		r, b = x, c
	default:
		r, b = c, x
	}
	m := l - c/2
	to8 := func(v float64) uint8 { return uint8(math.Round((v + m) * 255)) }
	return color.NRGBA{to8(r), to8(g), to8(b), 0xFF}
}

// ParseColor reads "#rrggbb" or "#rgb".
func ParseColor(s string) (color.NRGBA, bool) {
	if len(s) == 0 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	hex := func(c byte) (uint8, bool) {
		switch {
		case '0' <= c && c <= '9':
			return c - '0', true
		case 'a' <= c && c <= 'f':
			return c - 'a' + 10, true
		case 'A' <= c && c <= 'F':
			return c - 'A' + 10, true
		}
		return 0, false
	}
	s = s[1:]
	var v [6]uint8
	switch len(s) {
	case 3:
		for i := 0; i < 3; i++ {
			h, ok := hex(s[i])
			if !ok {
				return color.NRGBA{}, false
			}
			v[2*i], v[2*i+1] = h, h
		}
	case 6:
		for i := 0; i < 6; i++ {
			h, ok := hex(s[i])
			if !ok {
				return color.NRGBA{}, false
			}
			v[i] = h
		}
	default:
		return color.NRGBA{}, false
	}
	return color.NRGBA{v[0]<<4 | v[1], v[2]<<4 | v[3], v[4]<<4 | v[5], 0xFF}, true
}
