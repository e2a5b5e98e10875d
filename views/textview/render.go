package textview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// content is the scrolled surface: as tall as the whole text, but it only
// makes canvas objects for the lines in view.
type content struct {
	widget.BaseWidget
	v        *TextView
	dragging bool
	extend   bool // the last mouse-down extended the selection (Shift)
}

func newContent(v *TextView) *content {
	c := &content{v: v}
	c.ExtendBaseWidget(c)
	return c
}

func (c *content) CreateRenderer() fyne.WidgetRenderer {
	return &contentRenderer{c: c}
}

// MinSize is small in width (the text wraps) and the full text's height.
func (c *content) MinSize() fyne.Size {
	l := &c.v.lay
	return fyne.NewSize(10, l.height()+2*l.pad)
}

type contentRenderer struct {
	c       *content
	texts   []*canvas.Text
	rects   []*canvas.Rectangle
	objects []fyne.CanvasObject
}

func (r *contentRenderer) Layout(fyne.Size) {}
func (r *contentRenderer) MinSize() fyne.Size {
	return r.c.MinSize()
}
func (r *contentRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *contentRenderer) Destroy()                     {}

func (r *contentRenderer) rect(i int) *canvas.Rectangle {
	for len(r.rects) <= i {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	return r.rects[i]
}

func (r *contentRenderer) textObj(i int) *canvas.Text {
	for len(r.texts) <= i {
		r.texts = append(r.texts, canvas.NewText("", color.Black))
	}
	return r.texts[i]
}

// Refresh rebuilds the objects for the lines in view.
func (r *contentRenderer) Refresh() {
	v := r.c.v
	l := &v.lay
	r.objects = r.objects[:0]
	if !l.valid || l.lineHeight == 0 {
		return
	}
	fg := theme.ColorForWidget(theme.ColorNameForeground, r.c)
	dimFg := theme.ColorForWidget(theme.ColorNameDisabled, r.c)
	dimBg := theme.ColorForWidget(theme.ColorNameInputBackground, r.c)
	selBg := theme.ColorForWidget(theme.ColorNameSelection, r.c)
	focus := theme.ColorForWidget(theme.ColorNameFocus, r.c)

	top, height := v.scroll.Offset.Y, v.scroll.Size().Height
	first := max(0, l.lineAtY(top-l.pad)-1)
	last := min(len(l.lines), l.lineAtY(top+height-l.pad)+2)
	nr, nt := 0, 0
	var texts []fyne.CanvasObject
	addRect := func(ln line, y float32, s corpus.Span, fill, stroke color.Color, thickness float32) {
		a, b := max(s.Start, ln.start), min(s.End, ln.end)
		tail := s.End > ln.end && (s.Start < ln.end || ln.start == ln.end)
		if a > b || (a == b && !tail) {
			return
		}
		x0 := l.pad + l.measure(v.text[ln.start:a])
		x1 := l.pad + l.measure(v.text[ln.start:b])
		if tail {
			x1 += l.runeWidth(' ') / 2
		}
		rc := r.rect(nr)
		nr++
		rc.FillColor, rc.StrokeColor, rc.StrokeWidth = fill, stroke, 0
		if stroke != nil {
			rc.StrokeWidth = 1.5
		}
		rc.CornerRadius = 0
		rc.Move(fyne.NewPos(x0, y+l.lineHeight-thickness))
		rc.Resize(fyne.NewSize(max(x1-x0, 1), thickness))
		r.objects = append(r.objects, rc)
	}
	selA, selB := v.selection()
	mi := v.firstMarkFrom(first)
	for i := first; i < last; i++ {
		ln := l.lines[i]
		y := l.pad + ln.y
		for _, d := range v.dimmed {
			if d.Start <= ln.end && d.End > ln.start {
				addRect(ln, y, d, dimBg, nil, l.lineHeight)
			}
		}
		for j := mi; j < len(v.marks) && v.marks[j].Span.Start <= ln.end; j++ {
			m := v.marks[j]
			if m.Span.End <= ln.start {
				continue
			}
			fill, under := markColors(m.Color)
			var stroke color.Color
			if j == v.current {
				stroke = focus
			}
			addRect(ln, y, m.Span, fill, stroke, l.lineHeight)
			addRect(ln, y, m.Span, under, nil, 2)
		}
		if selB > selA {
			addRect(ln, y, corpus.Span{Start: selA, End: selB}, selBg, nil, l.lineHeight)
		}
		// Text, split where dimming starts or ends.
		for _, seg := range r.segments(ln) {
			t := r.textObj(nt)
			nt++
			t.Text = expandTabs(v.text[seg.start:seg.end])
			t.TextSize = l.textSize
			t.Color = fg
			if seg.dim {
				t.Color = dimFg
			}
			t.Move(fyne.NewPos(l.pad+l.measure(v.text[ln.start:seg.start]), y+(l.lineHeight-t.MinSize().Height)/2))
			t.Resize(t.MinSize())
			texts = append(texts, t)
		}
	}
	r.objects = append(r.objects, texts...)
	for _, o := range r.objects {
		o.Refresh()
	}
}

type segment struct {
	start, end int
	dim        bool
}

func (r *contentRenderer) segments(ln line) []segment {
	v := r.c.v
	var out []segment
	pos := ln.start
	for _, d := range v.dimmed {
		if d.End <= pos || d.Start >= ln.end {
			continue
		}
		if d.Start > pos {
			out = append(out, segment{pos, d.Start, false})
			pos = d.Start
		}
		e := min(d.End, ln.end)
		out = append(out, segment{pos, e, true})
		pos = e
	}
	if pos < ln.end {
		out = append(out, segment{pos, ln.end, false})
	}
	return out
}

// markColors returns a translucent fill and a solid underline for c.
func markColors(c color.Color) (fill, under color.Color) {
	if c == nil {
		c = color.NRGBA{R: 0xff, G: 0xd5, B: 0x4f, A: 0xff}
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	under = n
	if n.A > 0x70 {
		n.A = 0x60
	}
	return n, under
}
