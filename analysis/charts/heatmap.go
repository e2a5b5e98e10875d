package charts

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// buildHeatmap prepares the actors × documents grid, each cell shaded in
// its actor's colour by its value and showing the value.
func buildHeatmap(ch *Chart, d Data, o Options) error {
	max := o.MaxDocs
	if max <= 0 {
		max = 40
	}
	t, err := newTable(d, o, max)
	if err != nil {
		return err
	}
	ch.title = "Mentions of the key actors by document" + t.limitNote()
	if o.Per1000 {
		ch.title = "Mentions per 1,000 words by document" + t.limitNote()
	}
	ch.legend = actorLegend(d, t.actors)
	ch.csv = func() [][]string { return tableCSV(t) }
	ch.build = func(p *plot.Plot, rec *recorder, w, h vg.Length) {
		docs := docLabels(t)
		shade := "shade: darker = more, darkest = " + formatValue(t.maxValue(), o.Per1000)
		if o.Transpose {
			categoryY(p, docs, h)
			categoryX(p, t.names, w)
			p.Y.Label.Text = "Document"
			p.X.Label.Text = "Actor (" + shade + ")"
		} else {
			categoryX(p, docs, w)
			categoryY(p, t.names, h)
			p.X.Label.Text = "Document (" + shade + ")"
			p.Y.Label.Text = "Actor"
		}
		p.Add(&cells{t: t, d: d, per1000: o.Per1000, transpose: o.Transpose, rec: rec})
	}
	return nil
}

// cells draws the heatmap's cells and records each as a hit area.
type cells struct {
	t         *table
	d         Data
	per1000   bool
	transpose bool
	rec       *recorder
}

// Plot implements plot.Plotter.
func (h *cells) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	vmax := h.t.maxValue()
	nd, na := len(h.t.docs), len(h.t.actors)
	var texts []string
	for ai := range h.t.actors {
		for di := range h.t.docs {
			texts = append(texts, formatValue(h.t.values[ai][di], h.per1000))
		}
	}
	size := cellFontSize(trX(0.5)-trX(-0.5)-1, trY(0.5)-trY(-0.5)-1, texts)
	for ai, a := range h.t.actors {
		base := h.d.Counts.Registry.Color(a)
		for di, r := range h.t.docs {
			x, y := float64(di), float64(na-1-ai)
			if h.transpose {
				x, y = float64(ai), float64(nd-1-di)
			}
			rect := vg.Rectangle{Min: vg.Point{X: trX(x-0.5) + 0.5, Y: trY(y-0.5) + 0.5}, Max: vg.Point{X: trX(x+0.5) - 0.5, Y: trY(y+0.5) - 0.5}}
			v := h.t.values[ai][di]
			fill := color.Color(color.Gray{0xF4})
			if v > 0 {
				fill = blend(base, 0.12+0.88*v/vmax)
			}
			c.SetColor(fill)
			c.Fill(rectPath(rect))
			ink := inkOn(fill)
			if v == 0 {
				ink = color.Gray{0xA0}
			}
			cellText(c, rect, formatValue(v, h.per1000), size, ink)
			h.rec.add(rect, Target{DocID: r.id, Actor: a, Mention: -1,
				Label: fmt.Sprintf("%s in “%s”: %s (%s per 1,000 words)", h.t.names[ai], r.title, mentionWord(h.t.raw[ai][di]), formatValue(rate(h.t.raw[ai][di], r.words, true), true))})
		}
	}
}

// cellFontSize is the one text size (5–9 pt) at which the widest of texts
// fits every w × h cell, or 0 when the cells are too small to read any.
func cellFontSize(w, h vg.Length, texts []string) vg.Length {
	for size := vg.Length(9); size >= 5; size-- {
		sty := textStyle(sansFont, size, textColor)
		fits := true
		for _, s := range texts {
			if sty.Width(s) > w-3 || sty.Height(s) > h {
				fits = false
				break
			}
		}
		if fits {
			return size
		}
	}
	return 0
}

// cellText writes s centred in rect at size (nothing when size is 0).
func cellText(c draw.Canvas, rect vg.Rectangle, s string, size vg.Length, ink color.Color) {
	if size == 0 {
		return
	}
	sty := textStyle(sansFont, size, ink)
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	c.FillText(sty, vg.Point{X: (rect.Min.X + rect.Max.X) / 2, Y: (rect.Min.Y + rect.Max.Y) / 2}, s)
}
