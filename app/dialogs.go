package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/views"
)

// ErrNoExporter is shown when no tab can export a chart yet.
var ErrNoExporter = errors.New("app: no chart to export yet (open the Actors tab)")

// exporter returns the tab that exports charts: the current tab if it
// can, else the first that can.
func (x *App) exporter() views.Exporter {
	if e, ok := x.tabs[x.CurrentTab()].(views.Exporter); ok {
		return e
	}
	for _, t := range x.tabs {
		if e, ok := t.(views.Exporter); ok && t != nil {
			return e
		}
	}
	return nil
}

func (x *App) exportDialog(data bool) {
	e := x.exporter()
	if e == nil {
		x.showError(ErrNoExporter)
		return
	}
	exts, name := []string{".png", ".svg", ".pdf"}, "chart.png"
	if data {
		exts, name = []string{".csv"}, "data.csv"
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			x.showError(err)
			return
		}
		path := w.URI().Path()
		w.Close()
		if !hasExt(path, exts) {
			path += exts[0]
		}
		done := func(err error) {
			if err != nil {
				x.showError(fmt.Errorf("export failed: %w", err))
			}
		}
		if data {
			e.ExportData(path, done)
		} else {
			e.ExportChart(path, done)
		}
	}, x.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.SetFileName(name)
	// A file dialog is built by Show: resize it after.
	d.Show()
	d.Resize(fyne.NewSize(800, 560))
}

func hasExt(path string, exts []string) bool {
	for _, e := range exts {
		if strings.HasSuffix(strings.ToLower(path), e) {
			return true
		}
	}
	return false
}

// editMetadata opens the metadata form for the document in the reader.
func (x *App) editMetadata() {
	d := x.reader.Document()
	if d == nil {
		dialog.ShowInformation("Edit Document Metadata", "Open a document first: click it in the list.", x.win)
		return
	}
	views.NewMetadataForm(d, x.win, func(e views.MetadataEdit) {
		x.project.EditMetadata(d, e.Title, e.Source, e.Date, e.URL)
		x.markDirty()
		x.doclist.Refresh()
		x.reader.Show(d, nil, -1)
		// Tabs hold the corpus by reference; tell them the metadata changed.
		for i, t := range x.tabs {
			if t != nil && TabID(i) != TabRead {
				t.SetCorpus(x.corpus)
			}
		}
		x.publishActors(x.counts)
	}).Show()
}

func (x *App) editActors() {
	if x.Hooks.EditActors != nil {
		x.Hooks.EditActors()
		return
	}
	names := make([]string, 0, len(x.registry.Actors))
	for _, a := range x.registry.Actors {
		names = append(names, a.Name)
	}
	dialog.ShowInformation("Actors", "The actor editor is not available in this build.\n\nActors in use: "+strings.Join(names, ", "), x.win)
}

const defaultSearchHelp = `**Search syntax**

- ` + "`word`" + ` — documents containing the word (any form)
- ` + "`\"two words\"`" + ` — the exact phrase
- ` + "`a AND b`, `a OR b`, `-word`" + ` — boolean
- ` + "`word~`" + ` — fuzzy
- ` + "`source:reuters`" + ` — a field`

func (x *App) showSearchHelp() {
	text := x.Hooks.SearchHelp
	if text == "" {
		text = defaultSearchHelp
	}
	x.showMarkdown("Search Syntax", text)
}

func (x *App) showShortcuts() {
	var b strings.Builder
	b.WriteString("| Action | Shortcut |\n| --- | --- |\n")
	for _, group := range x.commands() {
		for _, c := range group {
			if c != nil && c.shortcut != nil {
				fmt.Fprintf(&b, "| %s | %s |\n", strings.TrimSuffix(c.label, "…"), shortcutText(c.shortcut))
			}
		}
	}
	b.WriteString("| Next / previous mark | F3 / Shift+F3 |\n| Copy selected text | Ctrl+C |\n")
	x.showMarkdown("Keyboard Shortcuts", shortcutTable(b.String()))
}

// shortcutTable turns the Markdown table into a plain list (Fyne's rich
// text does not render tables).
func shortcutTable(md string) string {
	var out []string
	for _, line := range strings.Split(md, "\n")[2:] {
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) == 2 {
			out = append(out, "- **"+cells[1]+"** — "+cells[0])
		}
	}
	return strings.Join(out, "\n")
}

func shortcutText(s fyne.Shortcut) string {
	name := s.ShortcutName()
	name = strings.TrimPrefix(name, "CustomDesktop:")
	name = strings.ReplaceAll(name, "Shortcut", "Ctrl")
	name = strings.ReplaceAll(name, "Control", "Ctrl")
	name = strings.ReplaceAll(name, "Shift+Ctrl", "Ctrl+Shift")
	return name
}

func (x *App) showAbout() {
	x.showMarkdown("About Corpus Explorer", "**Corpus Explorer**\n\nFollow one story across many outlets: read, compare, count the actors, search and export charts — offline.\n\nVersion "+x.fyne.Metadata().Version)
}

func (x *App) showMarkdown(title, md string) {
	rt := widget.NewRichTextFromMarkdown(md)
	rt.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, "Close", container.NewVScroll(rt), x.win)
	d.Resize(fyne.NewSize(560, 480))
	d.Show()
}
