package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// clickRow wraps a list row to see the keyboard modifiers of a click
// (widget.List's tap carries none): Ctrl-click toggles a document in the
// checked selection, Shift-click checks the range from the last clicked row.
// Being the object under the pointer, it also takes the tap (Fyne delivers
// press and tap to the same object) and passes it to the list.
type clickRow struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onDown  func(fyne.KeyModifier)
	onTap   func()
}

func newClickRow(content fyne.CanvasObject, onDown func(fyne.KeyModifier), onTap func()) *clickRow {
	r := &clickRow{content: content, onDown: onDown, onTap: onTap}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer implements fyne.Widget.
func (r *clickRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.content)
}

// MouseDown implements desktop.Mouseable.
func (r *clickRow) MouseDown(e *desktop.MouseEvent) {
	if e.Button == desktop.MouseButtonPrimary {
		r.onDown(e.Modifier)
	}
}

// Tapped selects the row in the list (opening the document).
func (r *clickRow) Tapped(*fyne.PointEvent) { r.onTap() }

// MouseUp implements desktop.Mouseable.
func (r *clickRow) MouseUp(*desktop.MouseEvent) {}

func (l *DocList) onRowMouseDown(id string, mod fyne.KeyModifier) {
	switch {
	case mod&fyne.KeyModifierShortcutDefault != 0:
		l.toggle(id, !l.isChecked(id))
		l.anchor = id
		l.list.Refresh()
	case mod&fyne.KeyModifierShift != 0 && l.anchor != "":
		a, b := -1, -1
		for row, i := range l.shown {
			switch l.c.Docs[i].ID {
			case l.anchor:
				a = row
			case id:
				b = row
			}
		}
		if a < 0 || b < 0 {
			return
		}
		if a > b {
			a, b = b, a
		}
		ids := append([]string(nil), l.checked...)
		for row := a; row <= b; row++ {
			if d := l.c.Docs[l.shown[row]]; !l.isChecked(d.ID) {
				ids = append(ids, d.ID)
			}
		}
		l.SetChecked(ids)
	default:
		l.anchor = id
	}
}
