package charts

import (
	"fmt"
	"math"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// buildTrend prepares one line per actor over the documents' dates (or
// their order), aggregated into buckets.
func buildTrend(ch *Chart, d Data, o Options) error {
	td, err := newTrend(d, o)
	if err != nil {
		return err
	}
	if len(td.buckets) == 0 {
		return errorf(ErrNoData, "no documents to chart")
	}
	what := "Mentions"
	if o.Per1000 {
		what = "Mentions per 1,000 words"
	}
	switch {
	case td.dated:
		ch.title = fmt.Sprintf("%s by %s", what, td.step)
		if td.undated > 0 {
			ch.title += fmt.Sprintf(" (%s undated %s left out)", thousands(td.undated), plural(td.undated, "document", "documents"))
		}
	case td.group > 1:
		ch.title = fmt.Sprintf("%s in corpus order (groups of %d documents)", what, td.group)
	default:
		ch.title = what + " in corpus order (the documents have no dates)"
	}
	ch.legend = actorLegend(d, td.t.actors)
	ch.csv = td.csv
	ch.build = func(p *plot.Plot, rec *recorder, w, h vg.Length) {
		first, last := td.buckets[0].x, td.buckets[len(td.buckets)-1].x
		pad := math.Max((last-first)*0.03, 0.5)
		if td.dated {
			pad = math.Max(pad, 12*3600)
		}
		p.X.Min, p.X.Max = first-pad, last+pad
		p.Y.Min, p.Y.Max = 0, 1
		for i := range td.buckets {
			for ai := range td.t.actors {
				p.Y.Max = math.Max(p.Y.Max, td.value(&td.buckets[i], ai, o.Per1000)*1.08)
			}
		}
		p.Y.Label.Text = valueLabel(o.Per1000)
		p.Y.Tick.Marker = niceTicks{}
		if td.dated {
			p.X.Label.Text = "Date (" + string(td.step) + ")"
			p.X.Tick.Marker = dateTicks(td, w)
		} else {
			p.X.Label.Text = "Document position in the corpus"
			p.X.Tick.Marker = niceTicks{}
		}
		p.Add(valueGrid{}, &lines{td: td, d: d, per1000: o.Per1000, rec: rec})
	}
	return nil
}

// dateTicks labels bucket starts, thinned to fit width.
func dateTicks(td *trendData, width vg.Length) plot.ConstantTicks {
	format := map[Bucket]string{BucketDay: "2 Jan", BucketWeek: "2 Jan", BucketMonth: "Jan 2006"}[td.step]
	if y0, y1 := time.Unix(int64(td.buckets[0].x), 0).Year(), time.Unix(int64(td.buckets[len(td.buckets)-1].x), 0).Year(); y0 != y1 && td.step != BucketMonth {
		format = "2 Jan 06"
	}
	// Label a bucket when it lies at least 60 pt right of the last label.
	first, last := td.buckets[0].x, td.buckets[len(td.buckets)-1].x
	perUnit := float64(width) / math.Max(1, (last-first)*1.06)
	var out []plot.Tick
	lastLabel := math.Inf(-1)
	for _, b := range td.buckets {
		if (b.x-lastLabel)*perUnit >= 60 {
			out = append(out, plot.Tick{Value: b.x, Label: time.Unix(int64(b.x), 0).UTC().Format(format)})
			lastLabel = b.x
		} else {
			out = append(out, plot.Tick{Value: b.x})
		}
	}
	return out
}

// lines draws one line per actor with a dot per bucket, each dot a hit area.
type lines struct {
	td      *trendData
	d       Data
	per1000 bool
	rec     *recorder
}

// Plot implements plot.Plotter.
func (l *lines) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	dots := len(l.td.buckets) <= 80
	for ai, a := range l.td.t.actors {
		clr := l.d.Counts.Registry.Color(a)
		pts := make([]vg.Point, len(l.td.buckets))
		for i := range l.td.buckets {
			b := &l.td.buckets[i]
			pts[i] = vg.Point{X: trX(b.x), Y: trY(l.td.value(b, ai, l.per1000))}
		}
		for _, run := range l.td.runs(pts) {
			c.StrokeLines(draw.LineStyle{Color: clr, Width: 1.8}, run)
		}
		for i, pt := range pts {
			b := &l.td.buckets[i]
			if dots || l.td.isolated(i) {
				c.DrawGlyph(draw.GlyphStyle{Color: clr, Radius: 2.6, Shape: draw.CircleGlyph{}}, pt)
			}
			l.rec.add(vg.Rectangle{Min: pt.Sub(vg.Point{X: 4, Y: 4}), Max: pt.Add(vg.Point{X: 4, Y: 4})},
				Target{DocID: b.docs[b.top[ai]], Actor: a, Mention: -1, DocIDs: b.docs, Label: l.td.pointLabel(b, ai)})
		}
	}
}

// runs splits a line's points where buckets are missing, so a line never
// bridges a stretch of time without documents.
func (td *trendData) runs(pts []vg.Point) [][]vg.Point {
	var out [][]vg.Point
	start := 0
	for i := 1; i <= len(pts); i++ {
		if i == len(pts) || !td.adjacent(i-1, i) {
			out = append(out, pts[start:i])
			start = i
		}
	}
	return out
}

// adjacent reports whether bucket j directly follows bucket i.
func (td *trendData) adjacent(i, j int) bool {
	a, b := td.buckets[i].x, td.buckets[j].x
	if !td.dated {
		return true
	}
	ta := time.Unix(int64(a), 0).UTC()
	var next time.Time
	switch td.step {
	case BucketMonth:
		next = ta.AddDate(0, 1, 0)
	case BucketWeek:
		next = ta.AddDate(0, 0, 7)
	default:
		next = ta.AddDate(0, 0, 1)
	}
	return int64(b) <= next.Unix()
}

// isolated reports whether bucket i has no neighbour to draw a line to.
func (td *trendData) isolated(i int) bool {
	return (i == 0 || !td.adjacent(i-1, i)) && (i == len(td.buckets)-1 || !td.adjacent(i, i+1))
}

// plural picks the singular for 1.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
