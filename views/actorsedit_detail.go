package views

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
)

// showDetail fills the detail pane with the selected actor.
func (e *ActorsEditor) showDetail() {
	e.updating = true
	defer func() { e.updating = false }()
	e.aliases.RemoveAll()
	if e.sel < 0 || e.sel >= len(e.reg.Actors) {
		e.sel = -1
		e.detail.Hide()
		for _, b := range []*widget.Button{e.del, e.merge, e.split} {
			b.Disable()
		}
		e.showInfo()
		return
	}
	e.detail.Show()
	for _, b := range []*widget.Button{e.del, e.merge, e.split} {
		b.Enable()
	}
	if len(e.reg.Actors) < 2 {
		e.merge.Disable()
	}
	a := e.reg.Actors[e.sel]
	if len(a.Aliases) == 0 {
		e.split.Disable()
	}
	e.name.SetText(a.Name)
	e.kind.SetSelected(string(a.Kind))
	e.colorEntry.SetText(a.Color)
	e.colorChip.FillColor = e.reg.Color(e.sel)
	e.colorChip.Refresh()
	for _, al := range a.Aliases {
		al := al
		rm := widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() { e.removeAlias(al) })
		rm.Importance = widget.LowImportance
		e.aliases.Add(container.NewBorder(nil, nil, nil, rm, widget.NewLabel(al)))
	}
	if len(a.Aliases) == 0 {
		l := widget.NewLabel("No aliases: only the name is counted.")
		l.Importance = widget.LowImportance
		e.aliases.Add(l)
	}
	e.showInfo()
}

// showInfo describes the selected actor's matching rules and counts.
func (e *ActorsEditor) showInfo() {
	if e.sel < 0 || e.sel >= len(e.reg.Actors) {
		e.info.SetText(plural(len(e.reg.Actors), "actor") + ". Add one, or let Suggest actors… propose them from the corpus.")
		return
	}
	a := e.reg.Actors[e.sel]
	s := fmt.Sprintf("%s matches %s", a.Name, plural(len(a.Names()), "name"))
	if n, ok := e.mentions(e.sel); ok {
		s += fmt.Sprintf(": %s in %s", plural(n, "mention"), plural(e.counts.DocsWith(e.sel), "document"))
	} else if e.corpus != nil {
		s += " (counting…)"
	}
	e.info.SetText(s + ". Names are matched as whole words, ignoring case and accents; short all-capital acronyms match only in capitals.")
}

// report shows err under the list (nil clears the message).
func (e *ActorsEditor) report(err error) {
	if err == nil {
		e.errLabel.SetText("")
		e.errLabel.Hide()
		return
	}
	e.errLabel.SetText(err.Error())
	e.errLabel.Show()
}

// edited refreshes the editor after a successful edit: the list, the
// selection and the counts.
func (e *ActorsEditor) edited(sel int, structural bool) {
	e.report(nil)
	if sel >= len(e.reg.Actors) {
		sel = len(e.reg.Actors) - 1
	}
	e.sel = sel
	e.list.Refresh()
	if sel >= 0 {
		e.list.Select(sel)
		e.list.ScrollTo(sel)
	} else {
		e.list.UnselectAll()
	}
	e.showDetail()
	if structural {
		e.recount()
	}
}

// rename renames the selected actor.
func (e *ActorsEditor) rename(name string) error {
	if e.sel < 0 {
		return nil
	}
	if err := e.reg.Rename(e.sel, name); err != nil {
		e.report(err)
		return err
	}
	e.edited(e.sel, true)
	return nil
}

// setKind changes the selected actor's kind.
func (e *ActorsEditor) setKind(k actors.Kind) error {
	if e.sel < 0 {
		return nil
	}
	if err := e.reg.SetKind(e.sel, k); err != nil {
		e.report(err)
		return err
	}
	e.report(nil)
	e.list.RefreshItem(e.sel)
	return nil
}

// setColor sets the selected actor's colour ("" for the palette's).
func (e *ActorsEditor) setColor(hex string) error {
	if e.sel < 0 {
		return nil
	}
	if err := e.reg.SetColor(e.sel, hex); err != nil {
		e.report(err)
		return err
	}
	e.edited(e.sel, false)
	return nil
}

// pickColor opens the colour picker for the selected actor.
func (e *ActorsEditor) pickColor() {
	if e.sel < 0 {
		return
	}
	d := dialog.NewColorPicker("Colour of "+e.reg.Actors[e.sel].Name, "", func(c color.Color) {
		r, g, b, _ := c.RGBA()
		e.setColor(fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8))
	}, e.win)
	d.Advanced = true
	d.SetColor(e.reg.Color(e.sel))
	d.Show()
}

// addAlias adds an alias to the selected actor.
func (e *ActorsEditor) addAlias(alias string) error {
	if e.sel < 0 {
		return nil
	}
	if err := e.reg.AddAlias(e.sel, alias); err != nil {
		e.report(err)
		return err
	}
	e.aliasEntry.SetText("")
	e.edited(e.sel, true)
	if e.win != nil {
		e.win.Canvas().Focus(e.aliasEntry)
	}
	return nil
}

// removeAlias removes an alias of the selected actor.
func (e *ActorsEditor) removeAlias(alias string) error {
	if e.sel < 0 {
		return nil
	}
	if err := e.reg.RemoveAlias(e.sel, alias); err != nil {
		e.report(err)
		return err
	}
	e.edited(e.sel, true)
	return nil
}
