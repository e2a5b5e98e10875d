package textview

import (
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// selection returns the selected byte range, ordered.
func (v *TextView) selection() (int, int) {
	return min(v.selAnchor, v.selHead), max(v.selAnchor, v.selHead)
}

// Select selects text[start:end] (clipped to the text).
func (v *TextView) Select(start, end int) {
	n := len(v.text)
	v.selAnchor, v.selHead = max(0, min(start, n)), max(0, min(end, n))
	v.content.Refresh()
}

// SelectedText returns the selected text ("" when nothing is selected).
func (v *TextView) SelectedText() string {
	a, b := v.selection()
	return v.text[a:b]
}

// Copy puts the selection on the clipboard.
func (v *TextView) Copy() {
	if s := v.SelectedText(); s != "" {
		if app := fyne.CurrentApp(); app != nil {
			app.Clipboard().SetContent(s)
		}
	}
}

// Tapped focuses the view (for Ctrl+C and the keyboard), clears the
// selection and reports the offset to OnTapped.
func (c *content) Tapped(e *fyne.PointEvent) {
	v := c.v
	c.focus()
	off := v.lay.offsetAt(v.text, e.Position)
	if !c.extend {
		v.selAnchor, v.selHead = off, off
	}
	c.extend = false
	c.Refresh()
	if v.OnTapped != nil {
		v.OnTapped(off)
	}
}

// DoubleTapped selects the word under the pointer.
func (c *content) DoubleTapped(e *fyne.PointEvent) {
	v := c.v
	off := v.lay.offsetAt(v.text, e.Position)
	a, b := off, off
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(v.text[:a])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		a -= n
	}
	for b < len(v.text) {
		r, n := utf8.DecodeRuneInString(v.text[b:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		b += n
	}
	v.Select(a, b)
}

// MouseDown starts a selection.
func (c *content) MouseDown(e *desktop.MouseEvent) {
	if e.Button != desktop.MouseButtonPrimary {
		return
	}
	off := c.v.lay.offsetAt(c.v.text, e.Position)
	c.extend = e.Modifier&fyne.KeyModifierShift != 0
	if c.extend {
		c.v.selHead = off
	} else {
		c.v.selAnchor, c.v.selHead = off, off
	}
	c.Refresh()
}

// MouseUp implements desktop.Mouseable.
func (c *content) MouseUp(*desktop.MouseEvent) {}

// Dragged extends the selection.
func (c *content) Dragged(e *fyne.DragEvent) {
	if !c.dragging {
		c.dragging = true
		c.focus()
		start := e.Position.Subtract(e.Dragged)
		c.v.selAnchor = c.v.lay.offsetAt(c.v.text, start)
	}
	c.v.selHead = c.v.lay.offsetAt(c.v.text, e.Position)
	c.Refresh()
}

// DragEnd ends the selection drag.
func (c *content) DragEnd() { c.dragging = false }

// Cursor shows the text cursor.
func (c *content) Cursor() desktop.Cursor { return desktop.TextCursor }

func (c *content) focus() {
	if app := fyne.CurrentApp(); app != nil {
		if cv := app.Driver().CanvasForObject(c); cv != nil {
			cv.Focus(c)
		}
	}
}

// FocusGained implements fyne.Focusable.
func (c *content) FocusGained() {}

// FocusLost implements fyne.Focusable.
func (c *content) FocusLost() {}

// TypedRune implements fyne.Focusable.
func (c *content) TypedRune(rune) {}

// TypedKey scrolls with the arrow, page and Home/End keys.
func (c *content) TypedKey(e *fyne.KeyEvent) {
	v := c.v
	l := &v.lay
	top := v.scroll.Offset.Y
	page := v.scroll.Size().Height - l.lineHeight
	switch e.Name {
	case fyne.KeyDown:
		top += l.lineHeight
	case fyne.KeyUp:
		top -= l.lineHeight
	case fyne.KeyPageDown, fyne.KeySpace:
		top += page
	case fyne.KeyPageUp:
		top -= page
	case fyne.KeyHome:
		top = 0
	case fyne.KeyEnd:
		top = l.height() + 2*l.pad
	default:
		if v.OnTypedKey != nil {
			v.OnTypedKey(e)
		}
		return
	}
	v.setTop(top)
	v.onScrolled(v.scroll.Offset)
}

// TypedShortcut copies (Ctrl+C) and selects all (Ctrl+A).
func (c *content) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutCopy:
		c.v.Copy()
	case *fyne.ShortcutSelectAll:
		c.v.Select(0, len(c.v.text))
	default:
		// Let the window's shortcuts (Ctrl+F, Ctrl+1…) work while the text
		// has focus.
		if app := fyne.CurrentApp(); app != nil {
			if cv, ok := app.Driver().CanvasForObject(c).(fyne.Shortcutable); ok {
				cv.TypedShortcut(s)
			}
		}
	}
}
