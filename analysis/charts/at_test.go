package charts

import (
	"image"
	"image/color"
	"math"
	"testing"
)

// findColor returns the pixels of img that are exactly c.
func findColor(img image.Image, c color.NRGBA) []image.Point {
	var out []image.Point
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA) == c {
				out = append(out, image.Pt(x, y))
			}
		}
	}
	return out
}

var magentaRGB = color.NRGBA{0xFF, 0x00, 0xFF, 0xFF}

func TestAtBars(t *testing.T) {
	d := handData()
	// Gamma only: bars in b (4 mentions) and c (2 mentions), none in a.
	ch, err := New(d, Options{Kind: Mentions, Actors: []int{2}})
	if err != nil {
		t.Fatal(err)
	}
	img := ch.Image(800, 500)
	px := findColor(img, magentaRGB)
	if len(px) == 0 {
		t.Fatal("no pixel in Gamma's colour")
	}
	docs := map[string]int{}
	for _, p := range px {
		tg, ok := ch.At(float64(p.X), float64(p.Y))
		if !ok {
			continue // the legend chip
		}
		if tg.Actor != 2 || tg.Mention != -1 {
			t.Fatalf("At%v = %+v, want a bar of actor 2", p, tg)
		}
		docs[tg.DocID]++
	}
	if docs["a"] != 0 || docs["b"] == 0 || docs["c"] == 0 {
		t.Errorf("bar pixels by document %v, want b and c only", docs)
	}
	// b's bar (4 mentions) is twice as tall as c's (2): about twice the pixels.
	if r := float64(docs["b"]) / float64(docs["c"]); math.Abs(r-2) > 0.2 {
		t.Errorf("b/c bar areas ratio %.2f, want 2", r)
	}
	if _, ok := ch.At(1, 1); ok {
		t.Error("the top-left corner hit something")
	}
}

func TestAtDispersionTicks(t *testing.T) {
	d := handData()
	ch, err := New(d, Options{Kind: Dispersion, Actors: []int{2}})
	if err != nil {
		t.Fatal(err)
	}
	img := ch.Image(1000, 500)
	found := map[[2]int]bool{}
	for _, p := range findColor(img, magentaRGB) {
		tg, ok := ch.At(float64(p.X), float64(p.Y))
		if !ok {
			continue
		}
		if tg.Actor != 2 || tg.Mention < 0 {
			t.Fatalf("At%v = %+v, want a Gamma tick", p, tg)
		}
		doc := map[string]int{"a": 0, "b": 1, "c": 2}[tg.DocID]
		found[[2]int{doc, tg.Mention}] = true
	}
	// Gamma: four mentions in b, two in c.
	if len(found) != 6 {
		t.Errorf("ticks found %v, want 4 in b and 2 in c", found)
	}
	// Ticks are placed by relative position: b's mention 2 (at 250 of 500
	// bytes) lies half way between its mention 0 (start) and the end.
	var xs [4]float64
	for _, p := range findColor(img, magentaRGB) {
		if tg, ok := ch.At(float64(p.X), float64(p.Y)); ok && tg.DocID == "b" {
			xs[tg.Mention] = float64(p.X)
		}
	}
	if mid := (xs[0] + xs[3]) / 2; math.Abs(xs[2]-(xs[0]+(xs[3]-xs[0])*250/375)) > 3 || mid <= xs[0] {
		t.Errorf("tick x positions %v not proportional to offsets 0,125,250,375", xs)
	}
}

func TestAtSimilarityCell(t *testing.T) {
	ch, err := New(handData(), Options{Kind: Similarity})
	if err != nil {
		t.Fatal(err)
	}
	ch.Image(600, 600)
	hits := ch.hits
	if len(hits) != 9 {
		t.Fatalf("%d cells, want 9", len(hits))
	}
	seen := map[[2]string]bool{}
	for _, h := range hits {
		seen[[2]string{h.t.DocID, h.t.OtherID}] = true
	}
	if len(seen) != 9 {
		t.Errorf("cells %v do not cover every pair", seen)
	}
}
