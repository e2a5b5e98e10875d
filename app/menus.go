package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
)

// command is one menu action with its shortcut (nil for none).
type command struct {
	label    string
	shortcut fyne.Shortcut
	action   func()
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func ctrlShift(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// commands returns the menus' actions, menu by menu (nil separates
// groups).
func (x *App) commands() [][]*command {
	file := []*command{
		{"Open Folder…", ctrl(fyne.KeyO), x.openFolderDialog},
		{"Open Files…", ctrlShift(fyne.KeyO), x.openFilesDialog},
		{"Open Seeds", nil, x.OpenSeeds},
		nil,
		{"Open Project…", ctrl(fyne.KeyP), x.openProjectDialog},
		{"Save Project", ctrl(fyne.KeyS), x.SaveProject},
		{"Save Project As…", ctrlShift(fyne.KeyS), x.SaveProjectAs},
		nil,
		{"Export Chart…", ctrl(fyne.KeyE), func() { x.exportDialog(false) }},
		{"Export Data…", ctrlShift(fyne.KeyE), func() { x.exportDialog(true) }},
		nil,
		{"Quit", ctrl(fyne.KeyQ), x.onClose},
	}
	edit := []*command{
		{"Find", ctrl(fyne.KeyF), x.find},
		{"Edit Document Metadata…", ctrl(fyne.KeyI), x.editMetadata},
		{"Actors…", ctrlShift(fyne.KeyA), x.editActors},
	}
	view := []*command{}
	for i := TabID(0); i < numTabs; i++ {
		id := i
		view = append(view, &command{id.String(), ctrl(fyne.KeyName(string(rune('1' + i)))), func() { x.SelectTab(id) }})
	}
	view = append(view, nil,
		&command{"Next Mark (F3)", ctrl(fyne.KeyG), x.reader.NextMark},
		&command{"Previous Mark (Shift+F3)", ctrlShift(fyne.KeyG), x.reader.PrevMark},
		nil,
		&command{"Light Theme", nil, func() { x.SetTheme("light") }},
		&command{"Dark Theme", nil, func() { x.SetTheme("dark") }},
		&command{"System Theme", nil, func() { x.SetTheme("system") }},
		nil,
		&command{"Bigger Text", ctrl(fyne.KeyEqual), func() { x.SetTextScale(x.TextScale() + 0.1) }},
		&command{"Smaller Text", ctrl(fyne.KeyMinus), func() { x.SetTextScale(x.TextScale() - 0.1) }},
		&command{"Reset Text Size", ctrl(fyne.Key0), func() { x.SetTextScale(1) }},
	)
	help := []*command{
		{"Search Syntax", ctrlShift(fyne.KeyH), x.showSearchHelp},
		{"Keyboard Shortcuts", ctrl(fyne.KeySlash), x.showShortcuts},
		{"About Corpus Explorer", nil, x.showAbout},
	}
	return [][]*command{file, edit, view, help}
}

var menuTitles = []string{"File", "Edit", "View", "Help"}

func (x *App) buildMenus() {
	var menus []*fyne.Menu
	for i, group := range x.commands() {
		var items []*fyne.MenuItem
		for _, c := range group {
			if c == nil {
				items = append(items, fyne.NewMenuItemSeparator())
				continue
			}
			it := fyne.NewMenuItem(c.label, c.action)
			it.Shortcut = c.shortcut
			if c.label == "Quit" {
				it.IsQuit = true
			}
			items = append(items, it)
			if c.label == "Open Files…" {
				items = append(items, x.recentMenu())
			}
		}
		menus = append(menus, fyne.NewMenu(menuTitles[i], items...))
	}
	x.win.SetMainMenu(fyne.NewMainMenu(menus...))
}

func (x *App) recentMenu() *fyne.MenuItem {
	it := fyne.NewMenuItem("Open Recent", nil)
	var children []*fyne.MenuItem
	for _, p := range x.recent() {
		path := p
		children = append(children, fyne.NewMenuItem(path, func() { x.OpenProject(path) }))
	}
	if len(children) == 0 {
		none := fyne.NewMenuItem("No recent projects", nil)
		none.Disabled = true
		children = append(children, none)
	}
	it.ChildMenu = fyne.NewMenu("", children...)
	return it
}

// addShortcuts registers every menu shortcut on the canvas too, plus F3 and
// Shift+F3 for the reader's marks.
func (x *App) addShortcuts() {
	for _, group := range x.commands() {
		for _, c := range group {
			if c != nil && c.shortcut != nil {
				action := c.action
				x.win.Canvas().AddShortcut(c.shortcut, func(fyne.Shortcut) { action() })
			}
		}
	}
	x.win.Canvas().SetOnTypedKey(x.onKey)
	x.reader.TextView().OnTypedKey = x.onKey
}

func (x *App) onKey(e *fyne.KeyEvent) {
	if e.Name != fyne.KeyF3 {
		return
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0 {
		x.reader.PrevMark()
		return
	}
	x.reader.NextMark()
}

// queryFocuser is a tab with a query field of its own (Search,
// Concordance): Ctrl+F focuses it.
type queryFocuser interface {
	FocusQuery(c fyne.Canvas)
}

// find opens the reader's find bar on the Read tab, focuses the query field
// of a tab that has one, and elsewhere goes to the Search tab's field (or,
// without one, the document filter).
func (x *App) find() {
	if x.CurrentTab() == TabRead && x.reader.Document() != nil {
		x.reader.ShowFind()
		return
	}
	if f, ok := x.tabs[x.CurrentTab()].(queryFocuser); ok {
		f.FocusQuery(x.win.Canvas())
		return
	}
	if f, ok := x.tabs[TabSearch].(queryFocuser); ok {
		x.SelectTab(TabSearch)
		f.FocusQuery(x.win.Canvas())
		return
	}
	x.win.Canvas().Focus(x.doclist.Filter())
}

func (x *App) openFolderDialog() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			x.showError(err)
			return
		}
		if u != nil {
			x.OpenPaths([]string{u.Path()})
		}
	}, x.win)
	// A file dialog is built by Show: resize it after.
	d.Show()
	d.Resize(fyne.NewSize(800, 560))
}

// openFilesDialog adds files one at a time: Fyne's dialog picks one file,
// so after each pick it offers to add another.
func (x *App) openFilesDialog() {
	var picked []string
	var pick func()
	pick = func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				x.showError(err)
				return
			}
			if r == nil {
				if len(picked) > 0 {
					x.OpenPaths(picked)
				}
				return
			}
			picked = append(picked, r.URI().Path())
			r.Close()
			dialog.ShowConfirm("Open Files", formatPicked(picked)+"\n\nAdd another file?", func(more bool) {
				if more {
					pick()
					return
				}
				x.OpenPaths(picked)
			}, x.win)
		}, x.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".md", ".html", ".htm", ".pdf", ".docx"}))
		// A file dialog is built by Show: resize it after.
		d.Show()
		d.Resize(fyne.NewSize(800, 560))
	}
	pick()
}

func formatPicked(paths []string) string {
	s := "Chosen so far:"
	for _, p := range paths {
		s += "\n" + p
	}
	return s
}

func (x *App) openProjectDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			x.showError(err)
			return
		}
		if r != nil {
			path := r.URI().Path()
			r.Close()
			x.OpenProject(path)
		}
	}, x.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".cxproj"}))
	// A file dialog is built by Show: resize it after.
	d.Show()
	d.Resize(fyne.NewSize(800, 560))
}
