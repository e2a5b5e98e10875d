package charts

import (
	"fmt"
	"image/color"
	"sort"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// simColor is the similarity heatmap's darkest shade.
var simColor = color.NRGBA{0x1F, 0x4E, 0x8C, 0xFF}

// simData is the part of the matrix a similarity chart shows.
type simData struct {
	idx    []int // into the matrix
	ids    []string
	titles []string
	labels []string
	total  int
}

// buildSimilarity prepares the document × document heatmap of d.Similarity,
// cut to the top documents by mentions (or by total similarity without
// counts) when there are more than fit.
func buildSimilarity(ch *Chart, d Data, o Options) error {
	m := d.Similarity
	if m == nil || len(m.IDs) == 0 || len(m.Values) != len(m.IDs) {
		return errorf(ErrNoData, "no similarity matrix")
	}
	max := o.MaxDocs
	if max <= 0 {
		max = 30
	}
	sd := selectSimilar(d, o, max)
	if len(sd.idx) == 0 {
		return errorf(ErrNoData, "no documents to chart")
	}
	ch.title = "Document similarity"
	if len(sd.idx) < sd.total {
		ch.title += fmt.Sprintf(" — top %d of %s documents", len(sd.idx), thousands(sd.total))
	}
	ch.csv = func() [][]string {
		rows := [][]string{{"document_a", "document_b", "similarity"}}
		for i, a := range sd.idx {
			for j, b := range sd.idx {
				rows = append(rows, []string{sd.ids[i], sd.ids[j], strconv.FormatFloat(cell(m.Values, a, b), 'f', 4, 64)})
			}
		}
		return rows
	}
	ch.build = func(p *plot.Plot, rec *recorder, w, h vg.Length) {
		categoryX(p, sd.labels, w)
		categoryY(p, sd.labels, h)
		p.X.Label.Text = "Document (shade: similarity from 0 = white to 1 = dark blue)"
		p.Y.Label.Text = "Document"
		p.Add(&simCells{sd: sd, values: m.Values, rec: rec})
	}
	return nil
}

// cell reads v[i][j] safely.
func cell(v [][]float64, i, j int) float64 {
	if i < len(v) && j < len(v[i]) {
		return v[i][j]
	}
	return 0
}

// selectSimilar picks the matrix rows to show, in matrix order.
func selectSimilar(d Data, o Options, max int) simData {
	m := d.Similarity
	want := map[string]bool{}
	for _, id := range o.Docs {
		want[id] = true
	}
	var idx []int
	for i, id := range m.IDs {
		if len(want) == 0 || want[id] {
			idx = append(idx, i)
		}
	}
	sd := simData{total: len(idx)}
	if len(idx) > max {
		score := map[int]float64{}
		if t, err := newTable(d, Options{Actors: o.Actors, Docs: m.IDs}, 0); err == nil {
			byID := map[string]int{}
			for di, r := range t.docs {
				for ai := range t.actors {
					byID[r.id] += t.raw[ai][di]
				}
			}
			for _, i := range idx {
				score[i] = float64(byID[m.IDs[i]])
			}
		} else {
			for _, i := range idx {
				for _, j := range idx {
					if i != j {
						score[i] += cell(m.Values, i, j)
					}
				}
			}
		}
		sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
		idx = idx[:max]
		sort.Ints(idx)
	}
	sd.idx = idx
	rows := make([]docRow, len(idx))
	for k, i := range idx {
		id := m.IDs[i]
		title := id
		if d.Corpus != nil {
			if doc := d.Corpus.ByID(id); doc != nil && doc.Title != "" {
				title = doc.Title
			}
		}
		rows[k] = docRow{id: id, title: title, label: corpus.Shorten(title, labelRunes)}
	}
	dedupeLabels(rows)
	for _, r := range rows {
		sd.ids, sd.titles, sd.labels = append(sd.ids, r.id), append(sd.titles, r.title), append(sd.labels, r.label)
	}
	return sd
}

// simCells draws the similarity cells and records each as a hit area.
type simCells struct {
	sd     simData
	values [][]float64
	rec    *recorder
}

// Plot implements plot.Plotter.
func (s *simCells) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(s.sd.idx)
	size := cellFontSize(trX(0.5)-trX(-0.5)-1, trY(0.5)-trY(-0.5)-1, []string{"0.00"})
	for i, a := range s.sd.idx {
		for j, b := range s.sd.idx {
			x, y := float64(j), float64(n-1-i)
			rect := vg.Rectangle{Min: vg.Point{X: trX(x-0.5) + 0.5, Y: trY(y-0.5) + 0.5}, Max: vg.Point{X: trX(x+0.5) - 0.5, Y: trY(y+0.5) - 0.5}}
			v := cell(s.values, a, b)
			fill := blend(simColor, v)
			if i == j {
				fill = color.NRGBA{0xD8, 0xD8, 0xD8, 0xFF}
			}
			c.SetColor(fill)
			c.Fill(rectPath(rect))
			if i != j {
				cellText(c, rect, strconv.FormatFloat(v, 'f', 2, 64), size, inkOn(fill))
			}
			s.rec.add(rect, Target{DocID: s.sd.ids[i], OtherID: s.sd.ids[j], Actor: -1, Mention: -1,
				Label: fmt.Sprintf("“%s” and “%s”: similarity %.2f", s.sd.titles[i], s.sd.titles[j], v)})
		}
	}
}
