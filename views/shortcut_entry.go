package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// ShortcutEntry is an entry that passes the window's own shortcuts
// (Ctrl+1…5, Ctrl+O, …) on to the window instead of swallowing them while
// it has focus. Tabs should use it for their text boxes (a plain
// widget.Entry keeps the app's shortcuts from working while it has focus).
type ShortcutEntry struct {
	widget.Entry
}

// NewShortcutEntry returns an empty ShortcutEntry.
func NewShortcutEntry() *ShortcutEntry {
	e := &ShortcutEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut implements fyne.Shortcutable.
func (e *ShortcutEntry) TypedShortcut(s fyne.Shortcut) {
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

// ShortcutSelectEntry is a [widget.SelectEntry] (a text box with a list of
// suggestions) that passes the window's shortcuts on, like [ShortcutEntry].
type ShortcutSelectEntry struct {
	widget.SelectEntry
}

// NewShortcutSelectEntry returns a ShortcutSelectEntry offering options.
func NewShortcutSelectEntry(options []string) *ShortcutSelectEntry {
	e := &ShortcutSelectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrapOff
	e.SetOptions(options)
	return e
}

// TypedShortcut implements fyne.Shortcutable.
func (e *ShortcutSelectEntry) TypedShortcut(s fyne.Shortcut) {
	if _, custom := s.(*desktop.CustomShortcut); custom {
		if app := fyne.CurrentApp(); app != nil {
			if cv, ok := app.Driver().CanvasForObject(e).(fyne.Shortcutable); ok {
				cv.TypedShortcut(s)
				return
			}
		}
	}
	e.SelectEntry.TypedShortcut(s)
}
