package textview

import (
	"fyne.io/fyne/v2"
)

// ScrollTo scrolls so that the line holding byteOffset is in view, a third
// of the way down (or as far as the text allows). It does not call
// OnScrolled.
func (v *TextView) ScrollTo(byteOffset int) {
	l := &v.lay
	if !l.valid {
		v.relayout()
	}
	if !l.valid || len(l.lines) == 0 {
		v.pending = byteOffset // scroll once the view is laid out
		return
	}
	v.pending = -1
	i := l.lineOf(max(0, min(byteOffset, len(v.text))))
	view := v.scroll.Size().Height
	y := l.pad + l.lines[i].y - view/3
	if byteOffset <= 0 {
		y = 0
	}
	v.setTop(y)
}

// ScrollToTopOffset scrolls so that the line holding byteOffset is the first
// visible line: the counterpart of OnScrolled, for views that follow each
// other. It does not call OnScrolled.
func (v *TextView) ScrollToTopOffset(byteOffset int) {
	l := &v.lay
	if !l.valid || len(l.lines) == 0 {
		return
	}
	i := l.lineOf(max(0, min(byteOffset, len(v.text))))
	v.setTop(l.pad + l.lines[i].y)
}

func (v *TextView) setTop(y float32) {
	l := &v.lay
	total := l.height() + 2*l.pad
	y = max(0, min(y, total-v.scroll.Size().Height))
	v.scroll.ScrollToOffset(fyne.NewPos(0, y))
	v.content.Refresh()
}

// VisibleRange returns the byte offsets of the start of the first visible
// line and the end of the last.
func (v *TextView) VisibleRange() (start, end int) {
	l := &v.lay
	if !l.valid || len(l.lines) == 0 {
		return 0, len(v.text)
	}
	top := v.scroll.Offset.Y
	first := l.lineAtY(top - l.pad)
	if l.lines[first].y+l.pad < top-l.lineHeight/2 && first+1 < len(l.lines) {
		first++
	}
	last := l.lineAtY(top + v.scroll.Size().Height - l.pad - l.lineHeight)
	last = max(first, last)
	return l.lines[first].start, l.lines[last].end
}

func (v *TextView) onScrolled(fyne.Position) {
	v.content.Refresh()
	if v.OnScrolled != nil {
		start, _ := v.VisibleRange()
		v.OnScrolled(start)
	}
}

// NextMark focuses the next mark after the focused one (or, with none
// focused, the first mark from the top of the view), outlines it and
// scrolls it into view. It returns false when there is no next mark.
func (v *TextView) NextMark() bool {
	if len(v.marks) == 0 {
		return false
	}
	next := v.current + 1
	if v.current < 0 {
		top, _ := v.VisibleRange()
		next = len(v.marks)
		for i, m := range v.marks {
			if m.Span.Start >= top {
				next = i
				break
			}
		}
	}
	if next >= len(v.marks) {
		return false
	}
	v.FocusMark(next)
	return true
}

// PrevMark focuses the mark before the focused one (or, with none focused,
// the last mark before the end of the view). It returns false when there
// is none.
func (v *TextView) PrevMark() bool {
	if len(v.marks) == 0 {
		return false
	}
	prev := v.current - 1
	if v.current < 0 {
		_, end := v.VisibleRange()
		prev = -1
		for i, m := range v.marks {
			if m.Span.Start < end {
				prev = i
			}
		}
	}
	if prev < 0 {
		return false
	}
	v.FocusMark(prev)
	return true
}

// FocusMark outlines mark i (an index into Marks) and scrolls to it; -1
// clears the focus.
func (v *TextView) FocusMark(i int) {
	if i < -1 || i >= len(v.marks) {
		return
	}
	v.current = i
	if i >= 0 {
		v.ScrollTo(v.marks[i].Span.Start)
	}
	v.content.Refresh()
}

// CurrentMark returns the index of the focused mark, or -1.
func (v *TextView) CurrentMark() int { return v.current }

// firstMarkFrom returns the index of the first mark that reaches line i.
func (v *TextView) firstMarkFrom(i int) int {
	if i >= len(v.lay.lines) {
		return len(v.marks)
	}
	start := v.lay.lines[i].start
	for j, m := range v.marks {
		if m.Span.End > start {
			return j
		}
	}
	return len(v.marks)
}
