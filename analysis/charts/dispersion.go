package charts

import (
	"fmt"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// buildDispersion prepares one row per document with a tick at the relative
// position of each mention, one band per actor in its colour.
func buildDispersion(ch *Chart, d Data, o Options) error {
	max := o.MaxDocs
	if max <= 0 {
		max = 40
	}
	t, err := newTable(d, o, max)
	if err != nil {
		return err
	}
	ch.title = "Where in each document the actors are mentioned" + t.limitNote()
	ch.legend = actorLegend(d, t.actors)
	ch.csv = func() [][]string { return dispersionCSV(d, t) }
	ch.build = func(p *plot.Plot, rec *recorder, w, h vg.Length) {
		categoryY(p, docLabels(t), h)
		p.X.Min, p.X.Max = 0, 100
		p.X.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: 0, Label: "start"}, {Value: 25, Label: "25 %"}, {Value: 50, Label: "50 %"}, {Value: 75, Label: "75 %"}, {Value: 100, Label: "end"}})
		p.X.Label.Text = "Position in the document"
		p.Y.Label.Text = "Document"
		p.Add(valueGrid{alongX: true}, &ticksPlot{t: t, d: d, rec: rec})
	}
	return nil
}

// relPos is the position of byte offset off in row r, in percent.
func relPos(r docRow, off int) float64 {
	if r.length <= 0 {
		return 0
	}
	return math.Max(0, math.Min(100, 100*float64(off)/float64(r.length)))
}

// ticksPlot draws the dispersion rows and records each tick as a hit area.
type ticksPlot struct {
	t   *table
	d   Data
	rec *recorder
}

// Plot implements plot.Plotter.
func (tp *ticksPlot) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(tp.t.docs)
	base := draw.LineStyle{Color: gridColor, Width: 0.5}
	for di, r := range tp.t.docs {
		row := float64(n - 1 - di)
		c.StrokeLine2(base, trX(0), trY(row-0.45), trX(100), trY(row-0.45))
		dc := &tp.d.Counts.Docs[r.idx]
		// Each row splits into bands for the actors it mentions only, so
		// ticks stay tall; the colour tells the actor.
		var present []int
		for ai, a := range tp.t.actors {
			if dc.N(a) > 0 {
				present = append(present, ai)
			}
		}
		band := 0.8 / math.Max(1, float64(len(present)))
		for bi, ai := range present {
			a := tp.t.actors[ai]
			hi := row + 0.4 - band*float64(bi)
			y0, y1 := trY(hi-band), trY(hi)
			if y1-y0 > 2 {
				y0 += 0.5
			}
			sty := draw.LineStyle{Color: tp.d.Counts.Registry.Color(a), Width: 1.6}
			ms := dc.Of(a)
			for mi, m := range ms {
				x := trX(relPos(r, m.Start))
				c.StrokeLine2(sty, x, y0, x, y1)
				tp.rec.add(vg.Rectangle{Min: vg.Point{X: x - 2.5, Y: y0}, Max: vg.Point{X: x + 2.5, Y: y1}},
					Target{DocID: r.id, Actor: a, Mention: mi,
						Label: fmt.Sprintf("%s, mention %d of %d in “%s” (at %.0f %%)", tp.t.names[ai], mi+1, len(ms), r.title, relPos(r, m.Start))})
			}
		}
	}
}

// dispersionCSV lists every mention drawn: where it is, in bytes, characters
// and percent of the document.
func dispersionCSV(d Data, t *table) [][]string {
	rows := [][]string{{"document_id", "title", "actor", "mention", "start_byte", "end_byte", "start_char", "relative_position_percent"}}
	for _, r := range t.docs {
		dc := &d.Counts.Docs[r.idx]
		for ai, a := range t.actors {
			for mi, m := range dc.Of(a) {
				char := m.Start
				if r.doc != nil {
					char = r.doc.CharOffset(m.Start)
				}
				rows = append(rows, []string{r.id, r.title, t.names[ai], strconv.Itoa(mi + 1), strconv.Itoa(m.Start), strconv.Itoa(m.End),
					strconv.Itoa(char), strconv.FormatFloat(relPos(r, m.Start), 'f', 2, 64)})
			}
		}
	}
	return rows
}
