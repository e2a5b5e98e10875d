package views

import (
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/charts"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// renderJob is the Runner job name of chart rendering: a new render
// cancels the one still running.
const renderJob = "actors-chart"

// rendered is what a render job hands back to the UI goroutine.
type rendered struct {
	chart *charts.Chart
	img   image.Image
	rows  [][]string
	size  fyne.Size
}

// chartOptions are the chart settings the controls show.
func (t *ActorsTab) chartOptions() charts.Options {
	o := charts.Options{Kind: t.kind, Per1000: t.per1000, Transpose: t.transpose, Caption: true}
	if t.registry != nil {
		for i, a := range t.registry.Actors {
			if !t.hidden[a.Name] {
				o.Actors = append(o.Actors, i)
			}
		}
	}
	if t.useSelection && len(t.selection) > 0 {
		o.Docs = append([]string(nil), t.selection...)
	}
	return o
}

// render draws the chart for the current settings at the widget's size,
// through the Runner, after waiting delay for a newer request.
func (t *ActorsTab) render(delay time.Duration) {
	size := t.image.Size()
	if t.corpus == nil || t.counts == nil {
		t.show(nil, nil, nil, size)
		t.status.SetText("Load a corpus and an actor list to see the chart.")
		return
	}
	if size.Width < 20 || size.Height < 20 {
		return // not laid out yet; onResized renders
	}
	o := t.chartOptions()
	o.MaxDocs = fitDocs(o, size)
	if len(o.Actors) == 0 {
		t.show(nil, nil, nil, size)
		t.status.SetText("Tick at least one actor.")
		return
	}
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(t.image); c != nil {
		scale = c.Scale()
	}
	w, h := int(size.Width*scale+0.5), int(size.Height*scale+0.5)
	d := charts.Data{Corpus: t.corpus, Counts: t.counts, Similarity: t.similarity}
	Go(t.run, renderJob, func(ctx context.Context, _ Progress) (*rendered, error) {
		if delay > 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(delay):
			}
		}
		if o.Kind == charts.Similarity && d.Similarity == nil {
			ids, err := charts.TopDocuments(d, o, o.MaxDocs)
			if err != nil {
				return nil, err
			}
			if d.Similarity, err = compare.SubsetSimilarities(ctx, d.Corpus, ids); err != nil {
				return nil, err
			}
			if len(ids) < len(d.Corpus.Docs) {
				o.Title = fmt.Sprintf("Document similarity — top %d of %d documents by mentions", len(ids), len(d.Corpus.Docs))
			}
		}
		ch, err := charts.New(d, o)
		if err != nil {
			return nil, err
		}
		return &rendered{chart: ch, img: ch.Image(w, h), rows: ch.Table(), size: size}, nil
	}, func(r *rendered, err error) {
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				t.show(nil, nil, nil, size)
				t.status.SetText("No chart: " + err.Error())
			}
			return
		}
		t.show(r.chart, r.img, r.rows, r.size)
		t.status.SetText(r.chart.Title() + " — click a bar, cell, point or tick to read that mention.")
	})
}

// fitDocs is how many documents a categorical chart can show legibly in
// size: about one per 30 units across; down the side, rows tall enough for
// a band per actor.
func fitDocs(o charts.Options, size fyne.Size) int {
	n := int(size.Width / 30)
	if o.Kind == charts.Dispersion || (o.Transpose && o.Kind != charts.Similarity) {
		n = int(size.Height / float32(12+3*len(o.Actors)))
	}
	if o.Kind == charts.Similarity {
		n = int(math.Min(float64(size.Width), float64(size.Height)) / 22)
	}
	return int(math.Max(8, math.Min(float64(n), 40)))
}

// show puts a rendered chart and its table on screen.
func (t *ActorsTab) show(ch *charts.Chart, img image.Image, rows [][]string, size fyne.Size) {
	t.chart, t.rows, t.rendered = ch, rows, size
	t.image.setImage(img)
	t.table.Refresh()
	if len(rows) > 0 {
		for c, name := range rows[0] {
			t.table.SetColumnWidth(c, columnWidth(name))
		}
	}
}

// columnWidth is a table column's width for the CSV column name.
func columnWidth(name string) float32 {
	switch name {
	case "title", "bucket":
		return 280
	case "document_id", "document_a", "document_b", "actor":
		return 170
	case "per_1000_words", "relative_position_percent", "bucket_start", "first_document_position":
		return 130
	}
	return 95
}

// onResized re-renders, debounced, when the chart area changes size.
func (t *ActorsTab) onResized(size fyne.Size) {
	if size != t.rendered {
		t.render(t.debounce)
	}
}

// onTapped opens the reader at what was clicked.
func (t *ActorsTab) onTapped(pos fyne.Position) {
	tg, ok := t.targetAt(pos)
	if !ok || tg.DocID == "" {
		return
	}
	if tg.Actor < 0 || t.counts == nil {
		t.nav.OpenDocument(tg.DocID, nil, -1)
		return
	}
	var marks []Mark
	focus := -1
	color := t.registry.Color(tg.Actor)
	name := t.registry.Actors[tg.Actor].Name
	for _, dc := range t.counts.Docs {
		if dc.DocID != tg.DocID {
			continue
		}
		for i, m := range dc.Of(tg.Actor) {
			marks = append(marks, Mark{Span: corpus.Span{Start: m.Start, End: m.End}, Color: color, Label: name})
			if i == tg.Mention || (tg.Mention < 0 && i == 0) {
				focus = m.Start
			}
		}
	}
	t.nav.OpenDocument(tg.DocID, marks, focus)
}

// onHover describes what is under the pointer in the status line.
func (t *ActorsTab) onHover(pos fyne.Position) {
	if tg, ok := t.targetAt(pos); ok {
		t.status.SetText(tg.Label)
	}
}

// targetAt maps a position in the image widget to the chart's pixels.
func (t *ActorsTab) targetAt(pos fyne.Position) (charts.Target, bool) {
	img := t.image.img
	size := t.image.Size()
	if t.chart == nil || img == nil || size.Width <= 0 || size.Height <= 0 {
		return charts.Target{}, false
	}
	b := img.Bounds()
	x := float64(pos.X) * float64(b.Dx()) / float64(size.Width)
	y := float64(pos.Y) * float64(b.Dy()) / float64(size.Height)
	return t.chart.At(x, y)
}

// tableSize and tableCell show the chart's numbers.
func (t *ActorsTab) tableSize() (int, int) {
	if len(t.rows) == 0 {
		return 0, 0
	}
	return len(t.rows), len(t.rows[0])
}

func (t *ActorsTab) tableCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.Truncation = fyne.TextTruncateEllipsis
	l.TextStyle.Bold = id.Row == 0
	if id.Row < len(t.rows) && id.Col < len(t.rows[id.Row]) {
		l.SetText(t.rows[id.Row][id.Col])
	}
}
