package views

import (
	"context"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// RegistryFileName is the name of a registry saved next to a corpus.
const RegistryFileName = "actors.yaml"

// corpusFolder returns the folder a corpus was loaded from, or "" when it
// is not a folder (the seeds, a list of files).
func corpusFolder(c *corpus.Corpus) string {
	if c == nil || c.Root == "" || c.Origin != c.Root {
		return ""
	}
	if fi, err := os.Stat(c.Root); err != nil || !fi.IsDir() {
		return ""
	}
	return c.Root
}

// showImport asks for a YAML registry and replaces the edited one with it.
func (e *ActorsEditor) showImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		e.importFile(path)
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".yaml", ".yml"}))
	d.Show()
}

// importFile loads a registry from path through the Runner; errors name
// the file and line.
func (e *ActorsEditor) importFile(path string) {
	Go(e.run, "actors-import", func(context.Context, Progress) (*actors.Registry, error) {
		return actors.Load(path)
	}, func(r *actors.Registry, err error) {
		if err != nil {
			e.report(err)
			dialog.ShowError(err, e.win)
			return
		}
		e.reg = r
		e.edited(min(0, len(r.Actors)-1), true)
		e.info.SetText("Imported " + plural(len(r.Actors), "actor") + " from " + filepath.Base(path) + ".")
	})
}

// showExport asks where to save the edited registry as YAML.
func (e *ActorsEditor) showExport() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		e.saveTo(path)
	}, e.win)
	d.SetFileName(RegistryFileName)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".yaml", ".yml"}))
	d.Show()
}

// saveTo writes the edited registry to path (atomically) through the
// Runner.
func (e *ActorsEditor) saveTo(path string) {
	r := e.reg.Clone()
	Go(e.run, "actors-save", func(context.Context, Progress) (struct{}, error) {
		return struct{}{}, r.Save(path)
	}, func(_ struct{}, err error) {
		if err != nil {
			dialog.ShowError(err, e.win)
			return
		}
		e.info.SetText("Saved " + plural(len(r.Actors), "actor") + " to " + path + ".")
	})
}

// saveNextToCorpus saves the edited registry as actors.yaml in the corpus
// folder, where loading the folder finds it again.
func (e *ActorsEditor) saveNextToCorpus() {
	dir := corpusFolder(e.corpus)
	if dir == "" {
		return
	}
	path := filepath.Join(dir, RegistryFileName)
	if _, err := os.Stat(path); err == nil {
		dialog.ShowConfirm("Replace actors.yaml?", path+" already exists. Replace it with this registry?", func(ok bool) {
			if ok {
				e.saveTo(path)
			}
		}, e.win)
		return
	}
	e.saveTo(path)
}
