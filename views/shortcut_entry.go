package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// shortcutEntry is an entry that passes the window's own shortcuts
// (Ctrl+1…5, Ctrl+O, …) on to the window instead of swallowing them while
// it has focus.
type shortcutEntry struct {
	widget.Entry
}

func newShortcutEntry() *shortcutEntry {
	e := &shortcutEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut implements fyne.Shortcutable.
func (e *shortcutEntry) TypedShortcut(s fyne.Shortcut) {
	if _, custom := s.(*desktop.CustomShortcut); custom {
		if app := fyne.CurrentApp(); app != nil {
			if cv, ok := app.Driver().CanvasForObject(e).(fyne.Shortcutable); ok {
				cv.TypedShortcut(s)
				return
			}
		}
	}
	e.Entry.TypedShortcut(s)
}
