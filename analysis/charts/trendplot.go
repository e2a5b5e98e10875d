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
			ch.title += fmt.Sprintf(" (%s undated documents left out)", thousands(td.undated))
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
	step := int(math.Ceil(float64(len(td.buckets)) * 60 / math.Max(60, float64(width))))
	var out []plot.Tick
	for i, b := range td.buckets {
		if i%step == 0 {
			out = append(out, plot.Tick{Value: b.x, Label: time.Unix(int64(b.x), 0).UTC().Format(format)})
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
		c.StrokeLines(draw.LineStyle{Color: clr, Width: 1.8}, pts)
		for i, pt := range pts {
			b := &l.td.buckets[i]
			if dots {
				c.DrawGlyph(draw.GlyphStyle{Color: clr, Radius: 2.6, Shape: draw.CircleGlyph{}}, pt)
			}
			l.rec.add(vg.Rectangle{Min: pt.Sub(vg.Point{X: 4, Y: 4}), Max: pt.Add(vg.Point{X: 4, Y: 4})},
				Target{DocID: b.docs[b.top[ai]], Actor: a, Mention: -1, DocIDs: b.docs, Label: l.td.pointLabel(b, ai)})
		}
	}
}
