package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// concHeader is a compact, tappable column header of the concordance
// table: tapping the Document, Left context or Right context header sorts
// by that column.
type concHeader struct {
	widget.BaseWidget
	text     *canvas.Text
	OnTapped func()
}

func newConcHeader() *concHeader {
	h := &concHeader{text: canvas.NewText("", theme.Color(theme.ColorNameForeground))}
	h.text.TextStyle = fyne.TextStyle{Bold: true}
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer implements fyne.Widget.
func (h *concHeader) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(layout.NewCustomPaddedLayout(4, 4, 6, 6), h.text))
}

// Tapped implements fyne.Tappable.
func (h *concHeader) Tapped(*fyne.PointEvent) {
	if h.OnTapped != nil {
		h.OnTapped()
	}
}

// sortForColumn is the sort order a tap on column col's header selects.
func sortForColumn(col int) string {
	switch col {
	case concColLeft:
		return sortConcLeft
	case concColRight:
		return sortConcRight
	}
	return sortConcDoc
}

// updateHeader fills a column header, marking the sorted column.
func (t *ConcordanceTab) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*concHeader)
	if id.Col < 0 || id.Col >= concCols {
		return
	}
	by := sortForColumn(id.Col)
	h.text.Text = concHeaders[id.Col]
	if id.Col != concColMatch && by == t.sortBy {
		h.text.Text += " ▾"
	}
	h.text.Color = theme.Color(theme.ColorNameForeground)
	switch id.Col {
	case concColLeft:
		h.text.Alignment = fyne.TextAlignTrailing
	case concColMatch:
		h.text.Alignment = fyne.TextAlignCenter
	default:
		h.text.Alignment = fyne.TextAlignLeading
	}
	h.OnTapped = nil
	if id.Col != concColMatch {
		h.OnTapped = func() { t.sortSel.SetSelected(by) }
	}
	h.text.Refresh()
}
