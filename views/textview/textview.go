// Package textview is a scrollable, read-only text widget for long
// documents (a megabyte of text or more). It wraps lines to its width,
// paints coloured backgrounds behind marked ranges (actor mentions, shared
// passages, search hits), dims ranges such as boilerplate, lets the user
// select text with the mouse and copy it with Ctrl+C, and steps through its
// marks.
//
// Only the lines in view are turned into canvas objects, so the cost of a
// frame does not grow with the document. Every offset the widget takes or
// reports is a byte offset into the text it shows, the convention of
// analysis/corpus.
package textview

import (
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Mark is a highlighted range of the text: byte offsets and the colour to
// paint behind them. An opaque colour is painted translucent, with an
// underline in the full colour, so the text stays readable.
type Mark struct {
	Span  corpus.Span
	Color color.Color
	// Label is an optional description ("Maduro", "shared").
	Label string
}

// TextView shows a long read-only text. Create it with [New]; it must be
// used on the UI goroutine.
type TextView struct {
	widget.BaseWidget

	// OnTapped is called with the byte offset under a click (a click that
	// does not end a selection drag).
	OnTapped func(byteOffset int)
	// OnScrolled is called with the byte offset of the first visible line
	// when the user scrolls. ScrollTo does not call it, so two views can
	// follow each other without echo.
	OnScrolled func(topOffset int)
	// OnTypedKey is called with keys the view does not use itself (it
	// scrolls with the arrow, page, Home and End keys) while it has focus.
	OnTypedKey func(*fyne.KeyEvent)

	text    string
	marks   []Mark
	dimmed  []corpus.Span
	current int // index into marks of the focused mark, -1 for none

	lay     layout
	content *content
	scroll  *container.Scroll

	selAnchor, selHead int // selection (byte offsets); empty when equal
	// pending is a ScrollTo target waiting for the first layout (-1: none).
	pending int
}

// New returns an empty text view.
func New() *TextView {
	v := &TextView{current: -1, pending: -1}
	v.content = newContent(v)
	v.scroll = container.NewVScroll(v.content)
	v.scroll.OnScrolled = v.onScrolled
	v.ExtendBaseWidget(v)
	return v
}

// SetText replaces the text, clears marks, dimmed ranges and the selection,
// and scrolls to the top.
func (v *TextView) SetText(s string) {
	v.text = s
	v.marks, v.dimmed, v.current = nil, nil, -1
	v.selAnchor, v.selHead = 0, 0
	v.lay.invalidate()
	v.scroll.Offset = fyne.Position{}
	v.pending = -1
	v.relayout()
}

// Text returns the text shown.
func (v *TextView) Text() string { return v.text }

// SetMarks replaces the marks (any order; clipped to the text). The focused
// mark is reset.
func (v *TextView) SetMarks(marks []Mark) {
	v.marks = v.marks[:0]
	for _, m := range marks {
		m.Span = clip(m.Span, len(v.text))
		if m.Span.Len() > 0 {
			v.marks = append(v.marks, m)
		}
	}
	sort.SliceStable(v.marks, func(i, j int) bool { return v.marks[i].Span.Start < v.marks[j].Span.Start })
	v.current = -1
	v.content.Refresh()
}

// Marks returns the marks, sorted by start.
func (v *TextView) Marks() []Mark { return v.marks }

// MarksAt returns the marks that contain the byte offset off.
func (v *TextView) MarksAt(off int) []Mark {
	var out []Mark
	for _, m := range v.marks {
		if m.Span.Start > off {
			break
		}
		if m.Span.Contains(off) {
			out = append(out, m)
		}
	}
	return out
}

// SetDimmed sets ranges drawn in a subdued colour on a faint background
// (boilerplate).
func (v *TextView) SetDimmed(spans []corpus.Span) {
	v.dimmed = v.dimmed[:0]
	for _, s := range spans {
		if s = clip(s, len(v.text)); s.Len() > 0 {
			v.dimmed = append(v.dimmed, s)
		}
	}
	sort.Slice(v.dimmed, func(i, j int) bool { return v.dimmed[i].Start < v.dimmed[j].Start })
	v.content.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (v *TextView) CreateRenderer() fyne.WidgetRenderer {
	return &viewRenderer{v: v}
}

// MinSize keeps the view small so that layouts can give it the room left.
func (v *TextView) MinSize() fyne.Size {
	v.ExtendBaseWidget(v)
	return fyne.NewSize(80, 60)
}

// Refresh re-reads the theme (text size, colours) and redraws.
func (v *TextView) Refresh() {
	v.relayout()
}

func clip(s corpus.Span, n int) corpus.Span {
	s.Start = max(0, min(s.Start, n))
	s.End = max(s.Start, min(s.End, n))
	return s
}

type viewRenderer struct{ v *TextView }

func (r *viewRenderer) Layout(size fyne.Size) {
	r.v.scroll.Resize(size)
	r.v.relayout()
}

func (r *viewRenderer) MinSize() fyne.Size           { return r.v.MinSize() }
func (r *viewRenderer) Refresh()                     { r.v.relayout() }
func (r *viewRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.v.scroll} }
func (r *viewRenderer) Destroy()                     {}
