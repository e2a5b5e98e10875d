package charts

import (
	"fmt"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// buildMentions prepares grouped bars: one group per document, one bar per
// actor (documents down the side when transposed).
func buildMentions(ch *Chart, d Data, o Options) error {
	max := o.MaxDocs
	if max <= 0 {
		max = 30
	}
	t, err := newTable(d, o, max)
	if err != nil {
		return err
	}
	ch.title = "Mentions of the key actors by document" + t.limitNote()
	ch.legend = actorLegend(d, t.actors)
	ch.csv = func() [][]string { return tableCSV(t) }
	ch.build = func(p *plot.Plot, rec *recorder, w, h vg.Length) {
		labels := docLabels(t)
		vmax := t.maxValue() * 1.1
		if o.Transpose {
			categoryY(p, labels, h)
			p.X.Min, p.X.Max = 0, vmax
			p.X.Tick.Marker = niceTicks{}
			p.X.Label.Text = valueLabel(o.Per1000)
			p.Y.Label.Text = "Document"
		} else {
			categoryX(p, labels, w)
			p.Y.Min, p.Y.Max = 0, vmax
			p.Y.Tick.Marker = niceTicks{}
			p.Y.Label.Text = valueLabel(o.Per1000)
			p.X.Label.Text = "Document"
		}
		p.Add(valueGrid{alongX: o.Transpose}, &bars{t: t, d: d, per1000: o.Per1000, horizontal: o.Transpose, rec: rec})
	}
	return nil
}

// docLabels are the table's document labels in order.
func docLabels(t *table) []string {
	out := make([]string, len(t.docs))
	for i, r := range t.docs {
		out[i] = r.label
	}
	return out
}

// actorLegend is one legend entry per shown actor, in its colour.
func actorLegend(d Data, acts []int) []legendItem {
	out := make([]legendItem, len(acts))
	for i, a := range acts {
		out[i] = legendItem{d.Counts.Registry.Actors[a].Name, d.Counts.Registry.Color(a)}
	}
	return out
}

// bars draws the grouped bars and records each as a hit area.
type bars struct {
	t          *table
	d          Data
	per1000    bool
	horizontal bool
	rec        *recorder
}

// Plot implements plot.Plotter.
func (b *bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n, k := len(b.t.docs), len(b.t.actors)
	bw := 0.8 / float64(k)
	valueText := n*k <= 48
	sty := textStyle(sansFont, 7, textColor)
	for di, r := range b.t.docs {
		pos := float64(di)
		if b.horizontal {
			pos = float64(n - 1 - di)
		}
		for ai, a := range b.t.actors {
			v := b.t.values[ai][di]
			lo := pos - 0.4 + bw*float64(ai)
			hi := lo + bw
			if b.horizontal { // first actor on top within the group
				lo, hi = pos+0.4-bw*float64(ai+1), pos+0.4-bw*float64(ai)
			}
			var rect vg.Rectangle
			if b.horizontal {
				rect = vg.Rectangle{Min: vg.Point{X: trX(0), Y: trY(lo)}, Max: vg.Point{X: trX(v), Y: trY(hi)}}
			} else {
				rect = vg.Rectangle{Min: vg.Point{X: trX(lo), Y: trY(0)}, Max: vg.Point{X: trX(hi), Y: trY(v)}}
			}
			clr := b.d.Counts.Registry.Color(a)
			c.SetColor(clr)
			c.Fill(rectPath(rect))
			if valueText && v > 0 {
				s := formatValue(v, b.per1000)
				st := sty
				pt := vg.Point{X: (rect.Min.X + rect.Max.X) / 2, Y: rect.Max.Y + 2}
				st.XAlign, st.YAlign = draw.XCenter, draw.YBottom
				if b.horizontal {
					pt = vg.Point{X: rect.Max.X + 2, Y: (rect.Min.Y + rect.Max.Y) / 2}
					st.XAlign, st.YAlign = draw.XLeft, draw.YCenter
				}
				c.FillText(st, pt, s)
			}
			// Small bars stay clickable: the area is at least 6 pt long.
			hitR := rect
			if b.horizontal {
				hitR.Max.X = vg.Length(math.Max(float64(hitR.Max.X), float64(hitR.Min.X+6)))
			} else {
				hitR.Max.Y = vg.Length(math.Max(float64(hitR.Max.Y), float64(hitR.Min.Y+6)))
			}
			name := b.d.Counts.Registry.Actors[a].Name
			b.rec.add(hitR, Target{DocID: r.id, Actor: a, Mention: -1,
				Label: fmt.Sprintf("%s in “%s”: %s (%s per 1,000 words)", name, r.title, mentionWord(b.t.raw[ai][di]), formatValue(rate(b.t.raw[ai][di], r.words, true), true))})
		}
	}
}

// tableCSV is the long-format table behind Mentions and Heatmap.
func tableCSV(t *table) [][]string {
	rows := [][]string{{"document_id", "title", "date", "words", "actor", "mentions", "per_1000_words"}}
	for di, r := range t.docs {
		date := ""
		if !r.date.IsZero() {
			date = r.date.Format("2006-01-02")
		}
		for ai, name := range t.names {
			rows = append(rows, []string{r.id, r.title, date, strconv.Itoa(r.words), name,
				strconv.Itoa(t.raw[ai][di]), strconv.FormatFloat(rate(t.raw[ai][di], r.words, true), 'f', 3, 64)})
		}
	}
	return rows
}
