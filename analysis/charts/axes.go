package charts

import (
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// categoryX makes p's X axis name the categories 0..n-1. Labels that would
// collide are rotated 45°, then set smaller, then only every k-th is shown.
func categoryX(p *plot.Plot, names []string, width vg.Length) {
	n := len(names)
	a := &p.X
	a.Min, a.Max = -0.5, float64(n)-0.5
	a.Tick.Length, a.Width = 0, 0
	per := width / vg.Length(math.Max(1, float64(n)))
	widest := vg.Length(0)
	for _, s := range names {
		if w := a.Tick.Label.Width(s); w > widest {
			widest = w
		}
	}
	step := 1
	if widest+6 > per {
		a.Tick.Label.Rotation = math.Pi / 4
		a.Tick.Label.XAlign = draw.XRight
		a.Tick.Label.YAlign = draw.YTop
		step = fitLabels(&a.Tick.Label.Font, per*1.41)
		// Slanted labels reach left of their category; make room for the
		// first ones beyond what the Y axis (about 32 pt) already leaves.
		need := vg.Length(0)
		for i, s := range names {
			if over := a.Tick.Label.Width(s)*0.72 - per*(vg.Length(i)+0.5) - 32; over > need {
				need = over
			}
		}
		p.Y.Label.Padding += need
	}
	a.Tick.Marker = plot.ConstantTicks(ticks(names, step, false))
}

// categoryY makes p's Y axis name the categories 0..n-1 from the top down.
func categoryY(p *plot.Plot, names []string, height vg.Length) {
	n := len(names)
	a := &p.Y
	a.Min, a.Max = -0.5, float64(n)-0.5
	a.Tick.Length, a.Width = 0, 0
	per := height / vg.Length(math.Max(1, float64(n)))
	step := fitLabels(&a.Tick.Label.Font, per)
	a.Tick.Marker = plot.ConstantTicks(ticks(names, step, true))
}

// fitLabels shrinks f (down to 6 pt) until lines of it fit per points
// apart, and returns how many categories apart labels must then be.
func fitLabels(f *font.Font, per vg.Length) int {
	for f.Size > 6 && f.Size*1.15 > per {
		f.Size--
	}
	if per <= 0 {
		return math.MaxInt32 // no room: label only the first
	}
	step := 1
	for vg.Length(step)*per < f.Size*1.15 {
		step++
	}
	return step
}

// ticks labels every step-th name; reversed puts names[0] at the top.
func ticks(names []string, step int, reversed bool) []plot.Tick {
	n := len(names)
	out := make([]plot.Tick, 0, n)
	for i, s := range names {
		if i%step != 0 {
			continue
		}
		v := float64(i)
		if reversed {
			v = float64(n - 1 - i)
		}
		out = append(out, plot.Tick{Value: v, Label: s})
	}
	return out
}

// valueGrid draws light grid lines across the plot at the value axis's
// ticks (vertical lines when the values run along X).
type valueGrid struct{ alongX bool }

// Plot implements plot.Plotter.
func (g valueGrid) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := draw.LineStyle{Color: gridColor, Width: 0.6}
	if g.alongX {
		for _, t := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
			if t.Label != "" {
				x := trX(t.Value)
				c.StrokeLine2(sty, x, c.Min.Y, x, c.Max.Y)
			}
		}
		return
	}
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if t.Label != "" {
			y := trY(t.Value)
			c.StrokeLine2(sty, c.Min.X, y, c.Max.X, y)
		}
	}
}

// blend mixes white with c by f in [0,1].
func blend(c color.Color, f float64) color.NRGBA {
	f = math.Max(0, math.Min(1, f))
	r, g, b, _ := c.RGBA()
	mix := func(v uint32) uint8 { return uint8(255 - (255-float64(v>>8))*f + 0.5) }
	return color.NRGBA{mix(r), mix(g), mix(b), 255}
}

// inkOn returns black or white, whichever reads better on background c.
func inkOn(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	lum := (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 65535
	if lum < 0.55 {
		return color.White
	}
	return color.Gray{0x20}
}

// niceTicks labels about six round values (1, 2 or 5 × 10ⁿ apart).
type niceTicks struct{}

// Ticks implements plot.Ticker.
func (niceTicks) Ticks(min, max float64) []plot.Tick {
	if max <= min {
		return []plot.Tick{{Value: min, Label: strconv.FormatFloat(min, 'g', 4, 64)}}
	}
	raw := (max - min) / 6
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	var out []plot.Tick
	for v := math.Ceil(min/step) * step; v <= max+step*1e-9 && len(out) < 100; v += step {
		if math.Abs(v) < step*1e-9 {
			v = 0
		}
		out = append(out, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', -1, 64)})
	}
	return out
}
