package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/corpus-explorer/corpus-explorer/analysis/project"
	"github.com/corpus-explorer/corpus-explorer/views"
)

const jobSave = "Saving project"

// Start opens what the command line names (folders and files, or one
// .cxproj project); with nothing named it reopens the last project, and
// falls back to the seeds. A project that cannot be reopened is reported,
// never fatal.
func (x *App) Start(args []string) {
	switch {
	case len(args) == 1 && strings.EqualFold(filepath.Ext(args[0]), project.Extension):
		x.OpenProject(args[0])
	case len(args) > 0:
		x.OpenPaths(args)
	default:
		if last := x.prefs().String(PrefLastProject); last != "" {
			if _, err := os.Stat(last); err == nil {
				x.OpenProject(last)
				return
			}
			x.OpenSeeds()
			x.showError(fmt.Errorf("the last project %s could not be reopened: it is no longer there", last))
			return
		}
		x.OpenSeeds()
	}
}

// ShowAndRun shows the main window and runs the app until it quits.
func (x *App) ShowAndRun() { x.win.ShowAndRun() }

// OpenProject reads a project file and loads its corpus; a bad file is
// reported in a dialog and the current corpus stays.
func (x *App) OpenProject(path string) {
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	views.Go(x.runner, "Opening project", func(ctx context.Context, _ views.Progress) (*project.Project, error) {
		return project.Load(path)
	}, func(p *project.Project, err error) {
		if err != nil {
			x.showError(fmt.Errorf("could not open the project: %w", err))
			if x.corpus == nil {
				x.OpenSeeds()
			}
			return
		}
		x.addRecent(path)
		x.prefs().SetString(PrefLastProject, path)
		var paths []string
		if !p.Documents.Seeds {
			paths = p.ResolvedPaths(path)
			if len(paths) == 0 {
				paths = nil
			}
		}
		x.load(paths, p, path, false)
	})
}

// ProjectPath returns the path of the open project ("" when unsaved).
func (x *App) ProjectPath() string { return x.projectPath }

// Dirty reports whether the project has unsaved changes.
func (x *App) Dirty() bool { return x.dirty }

func (x *App) markDirty() {
	x.dirty = true
	x.updateTitle()
}

func (x *App) updateTitle() {
	t := Title
	if x.projectPath != "" {
		t = strings.TrimSuffix(filepath.Base(x.projectPath), project.Extension) + " — " + Title
	} else if x.corpus != nil {
		t = x.corpus.Name + " — " + Title
	}
	if x.dirty {
		t = "• " + t
	}
	x.win.SetTitle(t)
}

// gather brings the project up to date with the session: sources,
// registry, tab state and settings.
func (x *App) gather(path string) *project.Project {
	p := x.project
	if x.sources == nil {
		p.Documents = project.Documents{Seeds: true}
	} else {
		p.SetPaths(path, x.sources)
	}
	p.Registry = x.registry
	p.Tabs = map[string]map[string]string{}
	for i, t := range x.tabs {
		if k, ok := t.(views.StateKeeper); ok && t != nil {
			if st := k.State(); len(st) > 0 {
				p.Tabs[TabID(i).key()] = st
			}
		}
	}
	if p.Settings == nil {
		p.Settings = map[string]string{}
	}
	p.Settings["current_tab"] = x.CurrentTab().key()
	if d := x.reader.Document(); d != nil {
		p.Settings["open_document"] = d.ID
	}
	return p
}

func (x *App) restoreTabState() {
	for i, t := range x.tabs {
		if k, ok := t.(views.StateKeeper); ok && t != nil {
			if st := x.project.Tabs[TabID(i).key()]; st != nil {
				k.RestoreState(st)
			}
		}
	}
	if id := x.project.Settings["open_document"]; id != "" && x.corpus.ByID(id) != nil {
		x.doclist.Select(id)
	} else if len(x.corpus.Docs) > 0 {
		x.doclist.Select(x.corpus.Docs[0].ID)
	}
	for i := TabID(0); i < numTabs; i++ {
		if i.key() == x.project.Settings["current_tab"] {
			x.SelectTab(i)
		}
	}
}

// SaveProject saves to the project's file, asking for one when it has none.
func (x *App) SaveProject() {
	if x.projectPath == "" {
		x.SaveProjectAs()
		return
	}
	x.SaveProjectTo(x.projectPath, nil)
}

// SaveProjectTo saves the project to path (in the background); done, when
// not nil, is told the outcome.
func (x *App) SaveProjectTo(path string, done func(error)) {
	if !strings.EqualFold(filepath.Ext(path), project.Extension) {
		path += project.Extension
	}
	data, err := x.gather(path).Marshal()
	if err != nil {
		x.showError(err)
		return
	}
	x.Runner().Run(jobSave, func(context.Context, views.Progress) (any, error) {
		return nil, project.WriteFileAtomic(path, data, 0o644)
	}, func(_ any, err error) {
		if err != nil {
			x.showError(fmt.Errorf("could not save the project: %w", err))
		} else {
			x.projectPath, x.dirty = path, false
			x.addRecent(path)
			x.prefs().SetString(PrefLastProject, path)
			x.updateTitle()
		}
		if done != nil {
			done(err)
		}
	})
}

// SaveProjectAs asks where to save the project.
func (x *App) SaveProjectAs() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			x.showError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		x.SaveProjectTo(path, nil)
	}, x.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{project.Extension}))
	name := "corpus"
	if x.corpus != nil {
		name = x.corpus.Name
	}
	d.SetFileName(safeName(name) + project.Extension)
	// A file dialog is built by Show: resize it after.
	d.Show()
	d.Resize(fyne.NewSize(800, 560))
}

func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s)
	if len(s) > 60 {
		s = s[:60]
	}
	return strings.TrimSpace(s)
}

func (x *App) onClose() {
	x.saveWindowSize()
	if !x.dirty {
		x.quit()
		return
	}
	dialog.ShowConfirm("Unsaved changes", "The project has unsaved changes. Quit without saving?", func(ok bool) {
		if ok {
			x.quit()
		}
	}, x.win)
}

func (x *App) quit() {
	x.saveWindowSize()
	x.prefs().SetString(PrefLastProject, x.projectPath)
	x.runner.CancelAll()
	for _, t := range x.tabs {
		if c, ok := t.(interface{ Close() }); ok && t != nil {
			c.Close() // the search index, so its last batch is persisted
		}
	}
	x.fyne.Quit()
}

// Project returns the open project (for saved searches: change
// Project().Searches, then call MarkDirty).
func (x *App) Project() *project.Project { return x.project }

// MarkDirty records that the project has unsaved changes.
func (x *App) MarkDirty() { x.markDirty() }
