package views

import (
	"context"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// ActorsEditor is the actor registry editor (Edit ▸ Actors…): a list of
// actors with their colour, kind, aliases and mentions, a detail pane to
// rename an actor, change its kind and colour and edit its aliases, and
// buttons to add, delete, merge, split, suggest, import and export actors.
// It edits a copy of the registry; Apply hands the copy to onApply.
// Create it with [ShowActorsEditor]; use it on the UI goroutine.
type ActorsEditor struct {
	win     fyne.Window
	run     Runner
	corpus  *corpus.Corpus
	reg     *actors.Registry // the copy being edited
	counts  *actors.Counts   // counts of reg, nil while counting
	onApply func(*actors.Registry)
	sel     int // the selected actor, or -1

	list       *widget.List
	name       *widget.Entry
	kind       *widget.Select
	colorChip  *canvas.Rectangle
	colorEntry *widget.Entry
	aliases    *fyne.Container
	aliasEntry *widget.Entry
	detail     *fyne.Container
	errLabel   *widget.Label
	info       *widget.Label
	del        *widget.Button
	merge      *widget.Button
	split      *widget.Button
	saveNext   *widget.Button
	renameBtn  *widget.Button
	suggestBtn *widget.Button
	applyBtn   *widget.Button
	cancelBtn  *widget.Button
	// suggested and suggestChecks are the candidates of the last Suggest
	// actors… and their checkboxes.
	suggested     []actors.Candidate
	suggestChecks []*widget.Check
	dlg           *dialog.CustomDialog
	updating      bool // set while the detail pane is filled in
}

// ShowActorsEditor opens the actor registry editor over win on a copy of
// reg; the corpus c (may be nil) gives the mention counts and the
// suggestions, computed through run. Apply calls onApply with the edited
// registry; Cancel leaves reg as it was.
func ShowActorsEditor(win fyne.Window, run Runner, reg *actors.Registry, c *corpus.Corpus, onApply func(*actors.Registry)) *ActorsEditor {
	e := newActorsEditor(win, run, reg, c, onApply)
	e.dlg.Show()
	return e
}

func newActorsEditor(win fyne.Window, run Runner, reg *actors.Registry, c *corpus.Corpus, onApply func(*actors.Registry)) *ActorsEditor {
	if reg == nil {
		reg = &actors.Registry{}
	}
	e := &ActorsEditor{win: win, run: run, corpus: c, reg: reg.Clone(), onApply: onApply, sel: -1}
	e.buildUI()
	if len(e.reg.Actors) > 0 {
		e.list.Select(0)
	} else {
		e.showDetail()
	}
	e.recount()
	return e
}

func (e *ActorsEditor) buildUI() {
	e.list = widget.NewList(func() int { return len(e.reg.Actors) }, newActorRow, e.updateActorRow)
	e.list.OnSelected = func(id widget.ListItemID) { e.sel = id; e.showDetail() }
	e.list.OnUnselected = func(widget.ListItemID) {}

	e.name = widget.NewEntry()
	e.name.OnSubmitted = func(s string) { e.rename(s) }
	e.renameBtn = widget.NewButton("Rename", func() { e.rename(e.name.Text) })
	e.kind = widget.NewSelect(kindOptions(), func(s string) {
		if !e.updating {
			e.setKind(actors.Kind(s))
		}
	})
	e.colorChip = canvas.NewRectangle(color.Transparent)
	e.colorChip.SetMinSize(fyne.NewSquareSize(24))
	e.colorChip.CornerRadius = 4
	e.colorEntry = widget.NewEntry()
	e.colorEntry.SetPlaceHolder("#rrggbb (empty: palette colour)")
	e.colorEntry.OnSubmitted = func(s string) { e.setColor(strings.TrimSpace(s)) }
	pick := widget.NewButtonWithIcon("", theme.ColorPaletteIcon(), e.pickColor)
	reset := widget.NewButton("Default", func() { e.setColor("") })
	e.aliases = container.NewVBox()
	e.aliasEntry = widget.NewEntry()
	e.aliasEntry.SetPlaceHolder("New alias (a name, spelling or acronym)")
	e.aliasEntry.OnSubmitted = func(s string) { e.addAlias(s) }
	addAlias := widget.NewButtonWithIcon("Add alias", theme.ContentAddIcon(), func() { e.addAlias(e.aliasEntry.Text) })

	form := widget.NewForm(
		widget.NewFormItem("Name", container.NewBorder(nil, nil, nil, e.renameBtn, e.name)),
		widget.NewFormItem("Kind", e.kind),
		widget.NewFormItem("Colour", container.NewBorder(nil, nil, e.colorChip, container.NewHBox(pick, reset), e.colorEntry)),
	)
	aliasHead := widget.NewLabelWithStyle("Aliases", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	aliasAdd := container.NewBorder(nil, nil, nil, addAlias, e.aliasEntry)
	e.detail = container.NewBorder(container.NewVBox(form, aliasHead), aliasAdd, nil, nil, container.NewVScroll(e.aliases))

	e.errLabel = widget.NewLabel("")
	e.errLabel.Importance = widget.DangerImportance
	e.errLabel.Wrapping = fyne.TextWrapWord
	e.errLabel.Hide()
	e.info = widget.NewLabel("")
	e.info.Importance = widget.LowImportance
	e.info.Wrapping = fyne.TextWrapWord

	add := widget.NewButtonWithIcon("Add…", theme.ContentAddIcon(), e.showAdd)
	e.del = widget.NewButtonWithIcon("Delete…", theme.DeleteIcon(), e.confirmDelete)
	e.merge = widget.NewButton("Merge…", e.showMerge)
	e.split = widget.NewButton("Split…", e.showSplit)
	e.suggestBtn = widget.NewButtonWithIcon("Suggest actors…", theme.SearchIcon(), e.suggest)
	if e.corpus == nil {
		e.suggestBtn.Disable()
	}
	importBtn := widget.NewButtonWithIcon("Import…", theme.FolderOpenIcon(), e.showImport)
	exportBtn := widget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), e.showExport)
	e.saveNext = widget.NewButton("Save next to the corpus", e.saveNextToCorpus)
	if corpusFolder(e.corpus) == "" {
		e.saveNext.Disable()
	}
	e.cancelBtn = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), e.cancel)
	e.applyBtn = widget.NewButtonWithIcon("Apply", theme.ConfirmIcon(), e.apply)
	e.applyBtn.Importance = widget.HighImportance

	editRow := container.NewHBox(add, e.del, e.merge, e.split, e.suggestBtn)
	fileRow := container.NewHBox(importBtn, exportBtn, e.saveNext, layout.NewSpacer(), e.cancelBtn, e.applyBtn)
	split := container.NewHSplit(e.list, container.NewPadded(e.detail))
	split.Offset = 0.45
	bottom := container.NewVBox(e.errLabel, e.info, widget.NewSeparator(), editRow, fileRow)
	content := container.NewBorder(nil, bottom, nil, nil, split)
	e.dlg = dialog.NewCustomWithoutButtons("Actors", content, e.win)
	e.dlg.Resize(fyne.NewSize(920, 620))
}

// kindOptions lists the kinds as the kind selector offers them.
func kindOptions() []string {
	var out []string
	for _, k := range actors.Kinds() {
		out = append(out, string(k))
	}
	return out
}

// newActorRow is the template of a row of the actor list.
func newActorRow() fyne.CanvasObject {
	chip := canvas.NewRectangle(color.Transparent)
	chip.SetMinSize(fyne.NewSquareSize(14))
	chip.CornerRadius = 3
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	facts := widget.NewLabel("")
	facts.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, container.NewCenter(chip), facts, name)
}

func (e *ActorsEditor) updateActorRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(e.reg.Actors) {
		return
	}
	a := e.reg.Actors[id]
	row := o.(*fyne.Container)
	name := row.Objects[0].(*widget.Label)
	chip := row.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
	facts := row.Objects[2].(*widget.Label)
	chip.FillColor = e.reg.Color(id)
	chip.Refresh()
	name.SetText(a.Name)
	s := string(a.Kind) + " · " + plural(len(a.Aliases), "alias")
	s = strings.Replace(s, "aliass", "aliases", 1)
	if n, ok := e.mentions(id); ok {
		s += " · " + plural(n, "mention")
	}
	facts.SetText(s)
}

// mentions returns actor i's mentions when the counts are up to date.
func (e *ActorsEditor) mentions(i int) (int, bool) {
	if e.counts == nil || e.counts.Registry == nil || len(e.counts.Registry.Actors) != len(e.reg.Actors) {
		return 0, false
	}
	return e.counts.Total(i), true
}

// Registry returns the registry being edited (a copy of the one given).
func (e *ActorsEditor) Registry() *actors.Registry { return e.reg }

// recount counts the edited registry in the corpus through the Runner, so
// the list shows each actor's mentions.
func (e *ActorsEditor) recount() {
	e.counts = nil
	e.list.Refresh()
	if e.corpus == nil || len(e.reg.Actors) == 0 {
		return
	}
	c, r := e.corpus, e.reg.Clone()
	Go(e.run, "actors-editor-count", func(ctx context.Context, p Progress) (*actors.Counts, error) {
		return actors.CountContext(ctx, c, r, actors.Options{}, p)
	}, func(counts *actors.Counts, err error) {
		if err != nil || !sameNames(counts.Registry, e.reg) {
			return // a later edit recounts
		}
		e.counts = counts
		e.list.Refresh()
		e.showInfo()
	})
}

// sameNames reports whether a and b name the same actors with the same
// aliases, in the same order.
func sameNames(a, b *actors.Registry) bool {
	if a == nil || b == nil || len(a.Actors) != len(b.Actors) {
		return false
	}
	for i := range a.Actors {
		if fmt.Sprint(a.Actors[i].Names()) != fmt.Sprint(b.Actors[i].Names()) {
			return false
		}
	}
	return true
}
