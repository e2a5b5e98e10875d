// Package app is Corpus Explorer's desktop shell: the main window (document
// list, the Read, Compare, Actors, Search and Concordance tabs, a status
// bar), the menus and their shortcuts, the background job runner, projects
// and preferences. The tabs themselves live in package views and its
// sub-packages; the app hands them the corpus, the actor counts and the
// document selection, and plugs them in with [App.SetTab].
package app

import (
	_ "embed"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/project"
	"github.com/corpus-explorer/corpus-explorer/views"
)

// ID is the application ID (Fyne preferences and storage are kept under it).
const ID = "org.corpusexplorer.CorpusExplorer"

// Title is the window title.
const Title = "Corpus Explorer"

//go:embed icon.png
var iconPNG []byte

// Icon is the application icon.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)

// TabID names a centre tab.
type TabID int

// The centre tabs, in order (Ctrl+1…5).
const (
	TabRead TabID = iota
	TabCompare
	TabActors
	TabSearch
	TabConcordance
	numTabs
)

var tabNames = [numTabs]string{"Read", "Compare", "Actors", "Search", "Concordance"}

// String returns the tab's name ("Read").
func (t TabID) String() string {
	if t < 0 || t >= numTabs {
		return fmt.Sprintf("TabID(%d)", int(t))
	}
	return tabNames[t]
}

// key is the tab's key in a project's per-tab state ("read").
func (t TabID) key() string {
	switch t {
	case TabRead:
		return "read"
	case TabCompare:
		return "compare"
	case TabActors:
		return "actors"
	case TabSearch:
		return "search"
	case TabConcordance:
		return "concordance"
	}
	return t.String()
}

// Hooks are plug-in points for features built outside the shell.
type Hooks struct {
	// EditActors opens the actor registry editor (Edit ▸ Actors…); until it
	// is set the menu item shows a plain message. The editor applies its
	// result with App.SetRegistry.
	EditActors func()
	// SearchHelp is the text of Help ▸ Search syntax (Markdown).
	SearchHelp string
}

// App is the running desktop application: one main window.
type App struct {
	// Hooks are set by main before Start.
	Hooks Hooks
	// OnLoaded, when set, is called on the UI goroutine each time a corpus
	// has loaded and every tab has it (tests and start-up timing use it).
	OnLoaded func()

	fyne   fyne.App
	win    fyne.Window
	runner *Runner

	tabs     [numTabs]views.Tab
	tabItems [numTabs]*container.TabItem
	appTabs  *container.AppTabs
	doclist  *views.DocList
	reader   *views.Reader
	status   *statusBar

	corpus    *corpus.Corpus
	sources   []string // the corpus's files and folders; nil for the seeds
	registry  *actors.Registry
	counts    *actors.Counts
	selection []string
	problems  []corpus.Problem

	project     *project.Project
	projectPath string
	dirty       bool

	loads int // generation of the corpus load, to drop stale results
}

// New builds the application and its main window (not yet shown) on the
// Fyne app a (create it with fyneapp.NewWithID(app.ID)).
func New(a fyne.App) *App {
	a.SetIcon(Icon)
	x := &App{fyne: a, runner: NewRunner(), project: project.New()}
	x.applyTheme()
	x.win = a.NewWindow(Title)
	x.win.SetIcon(Icon)
	x.runner.OnChange = x.onJobsChanged
	x.registry = defaultRegistry()
	x.buildUI()
	x.buildMenus()
	x.addShortcuts()
	x.win.SetOnDropped(x.onDropped)
	x.win.SetCloseIntercept(x.onClose)
	x.restoreWindowSize()
	return x
}

// Window returns the main window.
func (x *App) Window() fyne.Window { return x.win }

// Runner returns the job runner that tabs use for long work.
func (x *App) Runner() *Runner { return x.runner }

// Corpus returns the loaded corpus (nil while none is loaded).
func (x *App) Corpus() *corpus.Corpus { return x.corpus }

// Registry returns the actor registry in use.
func (x *App) Registry() *actors.Registry { return x.registry }

// Reader returns the Read tab.
func (x *App) Reader() *views.Reader { return x.reader }

// DocList returns the document list.
func (x *App) DocList() *views.DocList { return x.doclist }

// SelectTab shows a centre tab.
func (x *App) SelectTab(id TabID) {
	if id >= 0 && id < numTabs {
		x.appTabs.SelectIndex(int(id))
	}
}

// CurrentTab returns the centre tab shown.
func (x *App) CurrentTab() TabID { return TabID(x.appTabs.SelectedIndex()) }

// SetTab plugs a tab into its place, replacing the placeholder ("coming
// soon") or an earlier tab. The tab immediately gets the current corpus,
// and, depending on the interfaces it implements, the actor counts
// (views.ActorsUser), the selection (views.SelectionUser) and its saved
// project state (views.StateKeeper).
func (x *App) SetTab(id TabID, t views.Tab) {
	if id < 0 || id >= numTabs || t == nil {
		return
	}
	x.tabs[id] = t
	x.tabItems[id].Content = t.Content()
	x.appTabs.Refresh()
	t.SetCorpus(x.corpus)
	if u, ok := t.(views.ActorsUser); ok && x.corpus != nil {
		u.SetActors(x.registry, x.counts)
	}
	if u, ok := t.(views.SelectionUser); ok {
		u.SetSelection(x.selection)
	}
	if k, ok := t.(views.StateKeeper); ok {
		if st := x.project.Tabs[id.key()]; st != nil {
			k.RestoreState(st)
		}
	}
}

// Tab returns the tab plugged in at id (nil for a placeholder).
func (x *App) Tab(id TabID) views.Tab {
	if id < 0 || id >= numTabs {
		return nil
	}
	return x.tabs[id]
}

func (x *App) buildUI() {
	x.doclist = views.NewDocList()
	x.doclist.OnOpened = func(d *corpus.Document) { x.reader.Show(d, nil, -1); x.SelectTab(TabRead) }
	x.doclist.OnSelectionChanged = x.onSelectionChanged
	x.reader = views.NewReader()
	x.tabs[TabRead] = x.reader
	for i := range x.tabItems {
		var content fyne.CanvasObject
		if i == int(TabRead) {
			content = x.reader.Content()
		} else {
			content = placeholder(TabID(i))
		}
		x.tabItems[i] = container.NewTabItem(tabNames[i], content)
	}
	x.appTabs = container.NewAppTabs(x.tabItems[:]...)
	x.status = newStatusBar(x)
	split := container.NewHSplit(x.doclist.Content(), x.appTabs)
	split.Offset = 0.3
	x.win.SetContent(container.NewBorder(nil, x.status.content, nil, nil, split))
}

func placeholder(id TabID) fyne.CanvasObject {
	l := widget.NewLabel("The " + id.String() + " tab is coming soon.")
	l.Importance = widget.LowImportance
	return container.NewCenter(l)
}

func (x *App) onSelectionChanged(ids []string) {
	x.selection = ids
	for _, t := range x.tabs {
		if u, ok := t.(views.SelectionUser); ok {
			u.SetSelection(ids)
		}
	}
}

// OpenDocument implements views.Navigator: it shows the document in the
// Read tab with marks, scrolled to focus.
func (x *App) OpenDocument(id string, marks []views.Mark, focus int) {
	if x.corpus == nil {
		return
	}
	d := x.corpus.ByID(id)
	if d == nil {
		return
	}
	x.doclist.Select(id) // highlight it in the list (this opens it plainly)
	x.reader.Show(d, marks, focus)
	x.SelectTab(TabRead)
}

var _ views.Navigator = (*App)(nil)

// Version is the application version (as in FyneApp.toml).
const Version = "0.1.0"

// Metadata is the app metadata main passes to fyneapp.SetMetadata before
// creating the app: the binary is not built by the fyne tool, so nothing
// injects it (it also opts into the fyne.Do threading model).
func Metadata() fyne.AppMetadata {
	return fyne.AppMetadata{ID: ID, Name: Title, Version: Version, Build: 1, Icon: Icon, Release: true,
		Migrations: map[string]bool{"fyneDo": true}}
}
