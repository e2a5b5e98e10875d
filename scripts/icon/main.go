// Command icon draws Corpus Explorer's application icon: two pages side by
// side whose shared passages are highlighted in the same colour and joined
// across the gutter — the app's compare view in miniature. Run it from the
// repository root: go run ./scripts/icon Icon.png
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"

	"golang.org/x/image/vector"
)

const size = 1024

func main() {
	out := "Icon.png"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	// background: a rounded square in deep blue
	fill(img, roundRect(40, 40, 984, 984, 200), color.NRGBA{0x1B, 0x3A, 0x5C, 0xFF})
	fill(img, roundRect(40, 40, 984, 520, 200), color.NRGBA{0x22, 0x4A, 0x73, 0x60})

	pages := [][4]float32{{150, 190, 490, 850}, {534, 190, 874, 850}}
	for _, p := range pages {
		fill(img, roundRect(p[0]+10, p[1]+14, p[2]+10, p[3]+14, 36), color.NRGBA{0, 0, 0, 0x40})
		fill(img, roundRect(p[0], p[1], p[2], p[3], 36), color.NRGBA{0xFA, 0xFA, 0xF7, 0xFF})
	}
	grey := color.NRGBA{0xB8, 0xC0, 0xC8, 0xFF}
	amber := color.NRGBA{0xF2, 0xB1, 0x34, 0xFF}
	teal := color.NRGBA{0x2A, 0xA1, 0x98, 0xFF}
	// lines of text; some highlighted
	type line struct {
		y        float32
		lw, rw   float32 // widths on the left and right page
		hl       color.NRGBA
		lh, rh   bool
		joinedTo float32
	}
	lines := []line{
		{y: 260, lw: 250, rw: 270},
		{y: 330, lw: 280, rw: 220, hl: amber, lh: true, rh: true},
		{y: 400, lw: 220, rw: 280, hl: amber, lh: true, rh: true},
		{y: 470, lw: 270, rw: 250},
		{y: 540, lw: 240, rw: 200},
		{y: 610, lw: 280, rw: 270, hl: teal, lh: true, rh: true},
		{y: 680, lw: 200, rw: 240},
		{y: 750, lw: 150, rw: 180},
	}
	for _, l := range lines {
		for i, p := range pages {
			w := l.lw
			if i == 1 {
				w = l.rw
			}
			x := p[0] + 40
			c := grey
			if (i == 0 && l.lh) || (i == 1 && l.rh) {
				fill(img, roundRect(x-12, l.y-22, x+w+12, l.y+30, 14), l.hl)
				c = color.NRGBA{0x5A, 0x4A, 0x2A, 0xFF}
				if l.hl == teal {
					c = color.NRGBA{0xE8, 0xF6, 0xF4, 0xFF}
				}
			}
			fill(img, roundRect(x, l.y-6, x+w, l.y+14, 10), c)
		}
		if l.lh && l.rh {
			// join the two highlights across the gutter
			fill(img, roundRect(pages[0][2]-8, l.y-2, pages[1][0]+8, l.y+10, 6), l.hl)
		}
	}
	f, err := os.Create(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := png.Encode(f, img); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// roundRect returns a rasterizer holding a rounded rectangle.
func roundRect(x0, y0, x1, y1, r float32) *vector.Rasterizer {
	z := vector.NewRasterizer(size, size)
	const k = 0.5523 // circle approximation by cubic Béziers
	z.MoveTo(x0+r, y0)
	z.LineTo(x1-r, y0)
	z.CubeTo(x1-r+k*r, y0, x1, y0+r-k*r, x1, y0+r)
	z.LineTo(x1, y1-r)
	z.CubeTo(x1, y1-r+k*r, x1-r+k*r, y1, x1-r, y1)
	z.LineTo(x0+r, y1)
	z.CubeTo(x0+r-k*r, y1, x0, y1-r+k*r, x0, y1-r)
	z.LineTo(x0, y0+r)
	z.CubeTo(x0, y0+r-k*r, x0+r-k*r, y0, x0+r, y0)
	z.ClosePath()
	return z
}

func fill(dst *image.NRGBA, z *vector.Rasterizer, c color.NRGBA) {
	z.Draw(dst, dst.Bounds(), image.NewUniform(c), image.Point{})
}

var _ = draw.Over
