package views

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
)

// numberRow is one row of the figures table.
type numberRow struct {
	a, b, what, status string
	flagged            bool
	pair               compare.NumberPair
}

func numberRowsOf(c *compare.Comparison) []numberRow {
	rows := make([]numberRow, 0, len(c.Numbers))
	for _, p := range c.Numbers {
		r := numberRow{a: "—", b: "—", what: p.What, pair: p}
		if p.A != nil {
			r.a = p.A.Text
		}
		if p.B != nil {
			r.b = p.B.Text
		}
		switch {
		case p.Disagrees():
			r.status, r.flagged = "⚠ disagree", true
		case p.A != nil && p.B != nil:
			r.status = "agree"
		case p.A != nil:
			r.status = "only in A"
		default:
			r.status = "only in B"
		}
		rows = append(rows, r)
	}
	return rows
}

var numberHeaders = []string{"A says", "B says", "Counts", "Status"}

// newNumbersTable shows the figures of A and B side by side; selecting a
// row scrolls both columns to the figures.
func (t *CompareTab) newNumbersTable() *widget.Table {
	tbl := widget.NewTableWithHeaders(
		func() (int, int) { return len(t.numberRows), len(numberHeaders) },
		func() fyne.CanvasObject { return widget.NewLabel("at least one hundred thousand") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if id.Row >= len(t.numberRows) {
				l.SetText("")
				return
			}
			r := t.numberRows[id.Row]
			l.Importance = widget.MediumImportance
			l.TextStyle = fyne.TextStyle{}
			switch id.Col {
			case 0:
				l.Text = r.a
			case 1:
				l.Text = r.b
			case 2:
				l.Text = r.what
			case 3:
				l.Text = r.status
				if r.flagged {
					l.Importance = widget.DangerImportance
					l.TextStyle.Bold = true
				}
			}
			l.Refresh()
		})
	tbl.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("Header") }
	tbl.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.TextStyle.Bold = true
		if id.Row < 0 && id.Col >= 0 {
			l.SetText(numberHeaders[id.Col])
		} else {
			l.SetText(strconv.Itoa(id.Row + 1))
		}
	}
	for i, w := range []float32{220, 220, 160, 120} {
		tbl.SetColumnWidth(i, w)
	}
	tbl.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 || id.Row >= len(t.numberRows) {
			return
		}
		p := t.numberRows[id.Row].pair
		if p.A != nil {
			t.focus(true, p.A.Span.Start)
		}
		if p.B != nil {
			t.focus(false, p.B.Span.Start)
		}
	}
	return tbl
}

var actorHeaders = []string{"Actor", "In A", "In B"}

// newActorTable shows each actor's mentions in A and B, with its colour.
func (t *CompareTab) newActorTable() *widget.Table {
	rows := func() []compare.ActorRow {
		if t.result == nil {
			return nil
		}
		return t.result.Actors
	}
	tbl := widget.NewTableWithHeaders(
		func() (int, int) { return len(rows()), len(actorHeaders) },
		func() fyne.CanvasObject {
			sw := canvas.NewRectangle(color.Transparent)
			sw.SetMinSize(fyne.NewSize(12, 12))
			return container.NewHBox(container.NewCenter(sw), widget.NewLabel("Cartel de los Soles (long)"))
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			sw := box.Objects[0].(*fyne.Container).Objects[0].(*canvas.Rectangle)
			l := box.Objects[1].(*widget.Label)
			rs := rows()
			if id.Row >= len(rs) {
				l.SetText("")
				return
			}
			r := rs[id.Row]
			sw.FillColor = color.Transparent
			switch id.Col {
			case 0:
				if t.registry != nil {
					sw.FillColor = t.registry.Color(r.Actor)
				}
				l.SetText(r.Name)
			case 1:
				l.SetText(strconv.Itoa(len(r.InA)))
			case 2:
				l.SetText(strconv.Itoa(len(r.InB)))
			}
			sw.Refresh()
		})
	tbl.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("Header") }
	tbl.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.TextStyle.Bold = true
		if id.Row < 0 && id.Col >= 0 {
			l.SetText(actorHeaders[id.Col])
		} else {
			l.SetText(strconv.Itoa(id.Row + 1))
		}
	}
	tbl.SetColumnWidth(0, 260)
	tbl.SetColumnWidth(1, 80)
	tbl.SetColumnWidth(2, 80)
	tbl.OnSelected = func(id widget.TableCellID) {
		rs := rows()
		if id.Row < 0 || id.Row >= len(rs) {
			return
		}
		if r := rs[id.Row]; len(r.InA) > 0 {
			t.focus(true, r.InA[0].Start)
		}
		if r := rs[id.Row]; len(r.InB) > 0 {
			t.focus(false, r.InB[0].Start)
		}
	}
	return tbl
}

func itoa(n int) string { return strconv.Itoa(n) }
