package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// docPicker chooses one document of a corpus of any size: a button showing
// the current choice opens a pop-up with a filter field and a (virtual)
// list of the matching documents.
type docPicker struct {
	button      *widget.Button
	placeholder string
	labels      []string
	keys        []string // lower-cased labels, for filtering
	selected    int      // -1 for none
	onPick      func(i int)

	popup    *widget.PopUp
	filter   *widget.Entry
	list     *widget.List
	filtered []int
}

func newDocPicker(placeholder string, onPick func(int)) *docPicker {
	p := &docPicker{placeholder: placeholder, selected: -1, onPick: onPick}
	p.button = widget.NewButtonWithIcon(placeholder, theme.MenuDropDownIcon(), p.open)
	p.button.Alignment = widget.ButtonAlignLeading
	p.button.IconPlacement = widget.ButtonIconTrailingText
	return p
}

// setOptions replaces the documents (labels in corpus order) and clears the
// choice.
func (p *docPicker) setOptions(labels []string) {
	p.labels = labels
	p.keys = make([]string, len(labels))
	for i, l := range labels {
		p.keys[i] = strings.ToLower(l)
	}
	p.setSelected(-1)
}

// setSelected shows document i as the choice without calling onPick.
func (p *docPicker) setSelected(i int) {
	p.selected = -1
	text := p.placeholder
	if i >= 0 && i < len(p.labels) {
		p.selected, text = i, p.labels[i]
	}
	p.button.SetText(text)
}

// open shows the pop-up under the button.
func (p *docPicker) open() {
	c := fyne.CurrentApp().Driver().CanvasForObject(p.button)
	if c == nil || len(p.labels) == 0 {
		return
	}
	p.filtered = p.match("")
	p.filter = widget.NewEntry()
	p.filter.SetPlaceHolder("Filter by title or number…")
	p.filter.OnChanged = func(s string) {
		p.filtered = p.match(s)
		p.list.UnselectAll()
		p.list.Refresh()
		p.list.ScrollToTop()
	}
	p.filter.OnSubmitted = func(string) {
		if len(p.filtered) > 0 {
			p.pick(p.filtered[0])
		}
	}
	p.list = widget.NewList(
		func() int { return len(p.filtered) },
		func() fyne.CanvasObject { return widget.NewLabel("document") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(p.filtered) {
				o.(*widget.Label).SetText(p.labels[p.filtered[id]])
			}
		})
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.filtered) {
			p.pick(p.filtered[id])
		}
	}
	content := container.NewBorder(p.filter, nil, nil, nil, p.list)
	p.popup = widget.NewPopUp(content, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.button)
	size := fyne.NewSize(max(p.button.Size().Width, 420), min(420, c.Size().Height-pos.Y-p.button.Size().Height-8))
	p.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, p.button.Size().Height)))
	p.popup.Resize(size)
	c.Focus(p.filter)
	if p.selected >= 0 {
		p.list.ScrollTo(p.selected)
	}
}

// match returns the indexes of the labels containing every word of q.
func (p *docPicker) match(q string) []int {
	words := strings.Fields(strings.ToLower(q))
	out := make([]int, 0, len(p.labels))
	for i, k := range p.keys {
		ok := true
		for _, w := range words {
			if !strings.Contains(k, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// pick chooses document i, closes the pop-up and tells onPick.
func (p *docPicker) pick(i int) {
	if p.popup != nil {
		p.popup.Hide()
		p.popup = nil
	}
	p.setSelected(i)
	if p.onPick != nil {
		p.onPick(i)
	}
}
