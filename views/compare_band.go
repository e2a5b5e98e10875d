package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// bandWidth is the width of the match band beside each text column.
const bandWidth = 14

// matchBand is a narrow vertical strip showing where the marks fall along a
// whole document (the top of the strip is the start of the text, the bottom
// its end); tapping it reports the byte offset at that height.
type matchBand struct {
	widget.BaseWidget

	// onTapped hears the byte offset of a tap.
	onTapped func(offset int)

	length int
	marks  []Mark
}

func newMatchBand(onTapped func(int)) *matchBand {
	b := &matchBand{onTapped: onTapped}
	b.ExtendBaseWidget(b)
	return b
}

// set replaces the marks of a text of length bytes.
func (b *matchBand) set(length int, marks []Mark) {
	b.length, b.marks = length, marks
	b.Refresh()
}

// offsetAt converts a height in the band to a byte offset.
func (b *matchBand) offsetAt(y float32) int {
	h := b.Size().Height
	if h <= 0 || b.length == 0 {
		return 0
	}
	off := int(float32(b.length) * y / h)
	return max(0, min(off, b.length))
}

// Tapped implements fyne.Tappable.
func (b *matchBand) Tapped(e *fyne.PointEvent) {
	if b.onTapped != nil && b.length > 0 {
		b.onTapped(b.offsetAt(e.Position.Y))
	}
}

// MinSize implements fyne.Widget.
func (b *matchBand) MinSize() fyne.Size { return fyne.NewSize(bandWidth, 40) }

// CreateRenderer implements fyne.Widget.
func (b *matchBand) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	return &bandRenderer{b: b, bg: bg}
}

type bandRenderer struct {
	b     *matchBand
	bg    *canvas.Rectangle
	ticks []fyne.CanvasObject
}

func (r *bandRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.Refresh()
}

func (r *bandRenderer) MinSize() fyne.Size { return r.b.MinSize() }

func (r *bandRenderer) Refresh() {
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	size := r.b.Size()
	r.ticks = r.ticks[:0]
	if r.b.length > 0 && size.Height > 0 {
		scale := size.Height / float32(r.b.length)
		for _, m := range r.b.marks {
			y := float32(m.Span.Start) * scale
			h := max(2, float32(m.Span.Len())*scale)
			rect := canvas.NewRectangle(opaque(m.Color))
			rect.Move(fyne.NewPos(1, y))
			rect.Resize(fyne.NewSize(size.Width-2, h))
			r.ticks = append(r.ticks, rect)
		}
	}
	r.bg.Refresh()
	canvas.Refresh(r.b)
}

func (r *bandRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{r.bg}, r.ticks...)
}

func (r *bandRenderer) Destroy() {}

// opaque returns c with full alpha.
func opaque(c color.Color) color.Color {
	if c == nil {
		return color.Transparent
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = 0xFF
	return n
}

// spanOf returns sentence i's span, or an empty span when out of range.
func spanOf(d *corpus.Document, i int) corpus.Span {
	if d == nil || i < 0 || i >= len(d.Sentences) {
		return corpus.Span{}
	}
	return d.Sentences[i]
}
