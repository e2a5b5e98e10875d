package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
)

// showAdd asks for a new actor's name, kind and aliases.
func (e *ActorsEditor) showAdd() {
	name := widget.NewEntry()
	name.SetPlaceHolder("Nicolás Maduro")
	kind := widget.NewSelect(kindOptions(), nil)
	kind.SetSelected(string(actors.Person))
	aliases := widget.NewEntry()
	aliases.SetPlaceHolder("Maduro, President Maduro (comma-separated)")
	d := dialog.NewForm("Add an actor", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Name", name),
		widget.NewFormItem("Kind", kind),
		widget.NewFormItem("Aliases", aliases),
	}, func(ok bool) {
		if ok {
			e.add(actors.Actor{Name: name.Text, Kind: actors.Kind(kind.Selected), Aliases: splitList(aliases.Text)})
		}
	}, e.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
	e.win.Canvas().Focus(name)
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// add appends an actor and selects it.
func (e *ActorsEditor) add(a actors.Actor) error {
	if err := e.reg.Add(a); err != nil {
		e.report(err)
		return err
	}
	e.edited(len(e.reg.Actors)-1, true)
	return nil
}

// confirmDelete asks before deleting the selected actor.
func (e *ActorsEditor) confirmDelete() {
	if e.sel < 0 {
		return
	}
	a := e.reg.Actors[e.sel]
	msg := fmt.Sprintf("Delete %s and its %s?", a.Name, strings.Replace(plural(len(a.Aliases), "alias"), "aliass", "aliases", 1))
	i := e.sel
	dialog.ShowConfirm("Delete actor", msg, func(ok bool) {
		if ok {
			e.deleteActor(i)
		}
	}, e.win)
}

// deleteActor removes actor i.
func (e *ActorsEditor) deleteActor(i int) error {
	if err := e.reg.Delete(i); err != nil {
		e.report(err)
		return err
	}
	e.edited(min(i, len(e.reg.Actors)-1), true)
	return nil
}

// showMerge asks which actor to fold into the selected one.
func (e *ActorsEditor) showMerge() {
	if e.sel < 0 {
		return
	}
	into := e.sel
	var names []string
	for i, a := range e.reg.Actors {
		if i != into {
			names = append(names, a.Name)
		}
	}
	other := widget.NewSelect(names, nil)
	other.PlaceHolder = "Pick the other actor"
	msg := widget.NewLabel(fmt.Sprintf("The other actor's name and aliases become aliases of %s, and it is removed.", e.reg.Actors[into].Name))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm("Merge into "+e.reg.Actors[into].Name, "Merge", "Cancel", []*widget.FormItem{
		widget.NewFormItem("", msg),
		widget.NewFormItem("Merge", other),
	}, func(ok bool) {
		if ok && other.Selected != "" {
			e.mergeActors(into, e.reg.Find(other.Selected))
		}
	}, e.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// mergeActors folds actor from into actor into.
func (e *ActorsEditor) mergeActors(into, from int) error {
	if err := e.reg.Merge(into, from); err != nil {
		e.report(err)
		return err
	}
	if from < into {
		into--
	}
	e.edited(into, true)
	return nil
}

// showSplit asks which aliases of the selected actor move to a new actor.
func (e *ActorsEditor) showSplit() {
	if e.sel < 0 || len(e.reg.Actors[e.sel].Aliases) == 0 {
		return
	}
	i := e.sel
	a := e.reg.Actors[i]
	name := widget.NewEntry()
	picked := widget.NewCheckGroup(a.Aliases, func(s []string) {
		if len(s) > 0 && name.Text == "" {
			name.SetText(s[0])
		}
	})
	kind := widget.NewSelect(kindOptions(), nil)
	kind.SetSelected(string(a.Kind))
	d := dialog.NewForm("Split "+a.Name, "Split", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Move aliases", picked),
		widget.NewFormItem("New actor", name),
		widget.NewFormItem("Kind", kind),
	}, func(ok bool) {
		if ok {
			e.splitActor(i, picked.Selected, name.Text, actors.Kind(kind.Selected))
		}
	}, e.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// splitActor moves aliases of actor i to a new actor.
func (e *ActorsEditor) splitActor(i int, aliases []string, name string, kind actors.Kind) error {
	if len(aliases) == 0 {
		err := fmt.Errorf("%w: pick at least one alias to move", actors.ErrNoAlias)
		e.report(err)
		return err
	}
	if err := e.reg.Split(i, aliases, name, kind); err != nil {
		e.report(err)
		return err
	}
	e.edited(len(e.reg.Actors)-1, true)
	return nil
}

// apply hands the edited registry to onApply and closes the editor, unless
// the registry is invalid.
func (e *ActorsEditor) apply() {
	if err := e.reg.Validate(); err != nil {
		e.report(err)
		return
	}
	e.dlg.Hide()
	if e.onApply != nil {
		e.onApply(e.reg)
	}
}

// cancel closes the editor without applying.
func (e *ActorsEditor) cancel() { e.dlg.Hide() }
