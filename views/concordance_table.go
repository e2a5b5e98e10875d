package views

import (
	"image/color"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// The concordance table's columns.
const (
	concColDoc = iota
	concColLeft
	concColMatch
	concColRight
	concCols
)

var concHeaders = [concCols]string{"Document", "Left context", "Match", "Right context"}

// concDocChars is how many characters of a document's title the table shows.
const concDocChars = 22

// newTable builds the virtualised KWIC table: only the visible rows exist
// as widgets, so a concordance of 100,000 lines scrolls smoothly.
func (t *ConcordanceTab) newTable() *widget.Table {
	tb := widget.NewTable(
		func() (int, int) { return len(t.shown), concCols },
		func() fyne.CanvasObject {
			bg := canvas.NewRectangle(color.Transparent)
			bg.CornerRadius = 3
			txt := canvas.NewText("", theme.Color(theme.ColorNameForeground))
			txt.TextStyle = fyne.TextStyle{Monospace: true}
			return container.NewStack(bg, container.New(layout.NewCustomPaddedLayout(1, 1, 6, 6), txt))
		},
		t.updateCell,
	)
	tb.ShowHeaderRow = true
	// A compact header: the table's rows are as tall as the header.
	tb.CreateHeader = func() fyne.CanvasObject { return newConcHeader() }
	tb.UpdateHeader = t.updateHeader
	tb.OnSelected = func(id widget.TableCellID) {
		tb.UnselectAll()
		t.openLine(id.Row)
	}
	t.table = tb
	t.resizeColumns()
	return tb
}

// updateCell fills one cell of the table.
func (t *ConcordanceTab) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	stack := o.(*fyne.Container)
	bg := stack.Objects[0].(*canvas.Rectangle)
	txt := stack.Objects[1].(*fyne.Container).Objects[0].(*canvas.Text)
	if id.Row < 0 || id.Row >= len(t.shown) {
		txt.Text = ""
		txt.Refresh()
		return
	}
	l := t.shown[id.Row]
	txt.Color = theme.Color(theme.ColorNameForeground)
	txt.TextStyle = fyne.TextStyle{Monospace: true}
	bg.FillColor = color.Transparent
	switch id.Col {
	case concColDoc:
		txt.Text = truncateChars(t.docLabel(l.DocID), t.docChars)
		txt.Alignment = fyne.TextAlignLeading
		txt.TextStyle = fyne.TextStyle{}
		txt.Color = theme.Color(theme.ColorNamePlaceHolder)
	case concColLeft:
		txt.Text = squeezeSpaces(l.Left)
		txt.Alignment = fyne.TextAlignTrailing
	case concColMatch:
		txt.Text = l.Match
		txt.Alignment = fyne.TextAlignCenter
		txt.TextStyle = fyne.TextStyle{Monospace: true, Bold: true}
		bg.FillColor = translucent(t.matchColor())
	case concColRight:
		txt.Text = squeezeSpaces(l.Right)
		txt.Alignment = fyne.TextAlignLeading
	}
	bg.Refresh()
	txt.Refresh()
}

// docLabel is how the table names a document: its title, else its ID.
func (t *ConcordanceTab) docLabel(id string) string {
	if t.corpus != nil {
		if d := t.corpus.ByID(id); d != nil && d.Title != "" {
			return d.Title
		}
	}
	return id
}

// matchColor is the colour of the current concordance: the actor's, or
// the search highlight for a free word.
func (t *ConcordanceTab) matchColor() color.Color {
	if a := t.result.actor; a >= 0 && t.counts != nil && t.counts.Registry != nil {
		return t.counts.Registry.Color(a)
	}
	return HitColor
}

// resizeColumns sets the column widths from the context width, in
// characters of the monospace font.
func (t *ConcordanceTab) resizeColumns() {
	if t.table == nil {
		return
	}
	size := theme.TextSize()
	cw := fyne.MeasureText("MMMMMMMMMM", size, fyne.TextStyle{Monospace: true}).Width / 10
	pad := float32(16)
	maxMatch := 8
	for i, l := range t.result.lines {
		if i > 5000 {
			break
		}
		maxMatch = max(maxMatch, utf8.RuneCountInString(l.Match))
	}
	maxMatch = min(maxMatch, 40)
	doc := fyne.MeasureText(strings.Repeat("n", concDocChars+2), size, fyne.TextStyle{}).Width
	match := float32(maxMatch)*cw*1.1 + pad
	side := float32(t.width)*cw + pad
	// Share the room left by the table's width between the two contexts.
	if avail := t.fitWidth - doc - match - 2*theme.ScrollBarSize(); avail/2 > side {
		side = avail / 2
	}
	// In a narrow window the document column gives way to the contexts.
	if t.fitWidth > 0 {
		doc = max(min(doc, t.fitWidth-match-2*side-2*theme.ScrollBarSize()), 9*cw)
	}
	t.docChars = max(4, int((doc-pad)/fyne.MeasureText("E", size, fyne.TextStyle{}).Width))
	t.table.SetColumnWidth(concColDoc, doc)
	t.table.SetColumnWidth(concColLeft, side)
	t.table.SetColumnWidth(concColMatch, match)
	t.table.SetColumnWidth(concColRight, side)
}

// truncateChars shortens s to n characters, ending it with "…" when cut.
func truncateChars(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return firstChars(s, n-1) + "…"
}

// translucent returns c at about a third of its opacity.
func translucent(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x60}
}

// mentionSpan converts a mention to a span.
func mentionSpan(m actors.Mention) corpus.Span { return corpus.Span{Start: m.Start, End: m.End} }

// squeezeSpaces collapses runs of spaces, which some wire copy is full of.
func squeezeSpaces(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && s[i-1] == ' ' {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// concFit lays the table out at the size given and fits its columns to
// the width.
type concFit struct{ t *ConcordanceTab }

func (l concFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l concFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if size.Width != l.t.fitWidth {
		l.t.fitWidth = size.Width
		l.t.resizeColumns()
	}
}
