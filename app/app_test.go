package app

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// uiQueue stands in for the UI goroutine: the runner queues its deliveries
// and the test goroutine runs them (the test driver's fyne.Do would run
// them on the worker goroutines).
var uiQueues = map[*App]chan func(){}

// newTestApp builds the app on Fyne's test driver (no display).
func newTestApp(t *testing.T) *App {
	t.Helper()
	a := test.NewTempApp(t)
	x := New(a)
	q := make(chan func(), 10000)
	x.runner.do = func(f func()) { q <- f }
	uiQueues[x] = q
	t.Cleanup(func() {
		x.runner.CancelAll()
		x.runner.Wait()
		delete(uiQueues, x)
	})
	return x
}

// settle runs the queued UI work until no job is running and cond holds.
func settle(t *testing.T, x *App, cond func() bool) {
	t.Helper()
	q := uiQueues[x]
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case f := <-q:
			f()
			continue
		default:
		}
		if x.runner.busy.Load() == 0 && len(q) == 0 && cond() {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatal("the app did not settle within 30 s")
}

// waitLoaded runs open and waits until the corpus is in and the actors
// are counted.
func waitLoaded(t *testing.T, x *App, open func()) {
	t.Helper()
	loaded := false
	x.OnLoaded = func() { loaded = true }
	open()
	settle(t, x, func() bool { return loaded })
	if x.counts == nil {
		t.Fatal("actors were not counted")
	}
}

func TestOpensSeedsAndReadsSelectedDocument(t *testing.T) {
	x := newTestApp(t)
	waitLoaded(t, x, x.OpenSeeds)
	c := x.Corpus()
	if c == nil || len(c.Docs) != 5 {
		t.Fatalf("corpus = %v", c)
	}
	d := c.Docs[2]
	x.DocList().Select(d.ID)
	if got := x.Reader().Document(); got != d {
		t.Fatalf("reader shows %v, want %s", got, d.ID)
	}
	if x.Reader().TextView().Text() != d.Text {
		t.Error("the reader does not show the document's text")
	}
	if len(x.Reader().TextView().Marks()) == 0 {
		t.Error("no actor mentions painted in the reader")
	}
	if x.CurrentTab() != TabRead {
		t.Errorf("tab = %v, want Read", x.CurrentTab())
	}
	if !strings.Contains(x.status.corpus.Text, "5 documents") {
		t.Errorf("status bar says %q", x.status.corpus.Text)
	}
}

// fakeTab records what the app hands it.
type fakeTab struct {
	corpus    *corpus.Corpus
	setCalls  int
	counts    *actors.Counts
	selection []string
	restored  map[string]string
	exported  string
}

func (f *fakeTab) Content() fyne.CanvasObject                     { return widget.NewLabel("fake tab") }
func (f *fakeTab) SetCorpus(c *corpus.Corpus)                     { f.corpus = c; f.setCalls++ }
func (f *fakeTab) SetActors(_ *actors.Registry, c *actors.Counts) { f.counts = c }
func (f *fakeTab) SetSelection(ids []string)                      { f.selection = ids }
func (f *fakeTab) State() map[string]string                       { return map[string]string{"chart": "bars"} }
func (f *fakeTab) RestoreState(s map[string]string)               { f.restored = s }
func (f *fakeTab) ExportChart(path string, done func(error)) {
	f.exported = path
	done(os.WriteFile(path, []byte("png"), 0o644))
}
func (f *fakeTab) ExportData(path string, done func(error)) { f.exported = path; done(nil) }

func TestPluggedTabGetsCorpusActorsSelectionAndState(t *testing.T) {
	x := newTestApp(t)
	tab := &fakeTab{}
	x.SetTab(TabActors, tab)
	if tab.setCalls != 1 || tab.corpus != nil {
		t.Fatalf("SetTab: %d SetCorpus calls", tab.setCalls)
	}
	waitLoaded(t, x, x.OpenSeeds)
	if tab.corpus != x.Corpus() || tab.counts == nil || tab.counts != x.Counts() {
		t.Fatal("the tab did not get the corpus and the counts")
	}
	ids := []string{x.Corpus().Docs[1].ID, x.Corpus().Docs[3].ID}
	x.DocList().SetChecked(ids)
	if strings.Join(tab.selection, ",") != strings.Join(ids, ",") {
		t.Errorf("selection = %v, want %v", tab.selection, ids)
	}
	if x.exporter() != tab {
		t.Error("the exporting tab was not found")
	}

	// Save the project; a new app reopens it and restores the tab state and
	// a metadata edit.
	d := x.Corpus().Docs[0]
	x.project.EditMetadata(d, "Edited title", "Edited source", time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), "https://example.org")
	path := filepath.Join(t.TempDir(), "desk.cxproj")
	var saveErr error
	saved := false
	x.SaveProjectTo(path, func(err error) { saveErr, saved = err, true })
	settle(t, x, func() bool { return saved })
	if saveErr != nil {
		t.Fatal(saveErr)
	}
	if x.Dirty() || x.ProjectPath() != path {
		t.Errorf("after save: dirty %v, path %q", x.Dirty(), x.ProjectPath())
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "chart: bars") || !strings.Contains(string(data), "seeds: true") {
		t.Errorf("project file:\n%s", data)
	}

	y := newTestApp(t)
	tab2 := &fakeTab{}
	y.SetTab(TabActors, tab2)
	waitLoaded(t, y, func() { y.OpenProject(path) })
	if tab2.restored["chart"] != "bars" {
		t.Errorf("tab state not restored: %v", tab2.restored)
	}
	d2 := y.Corpus().ByID(d.ID)
	if d2.Title != "Edited title" || d2.Source != "Edited source" || d2.DateString() != "2025-12-01" {
		t.Errorf("metadata edit not restored: %q %q %q", d2.Title, d2.Source, d2.DateString())
	}
	if y.recent()[0] != path {
		t.Errorf("recent projects = %v", y.recent())
	}
}

func TestMenuShortcuts(t *testing.T) {
	x := newTestApp(t)
	menu := x.win.MainMenu()
	if menu == nil || len(menu.Items) != 4 {
		t.Fatalf("main menu = %v", menu)
	}
	onMenu := map[string]bool{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				onMenu[it.Shortcut.ShortcutName()] = true
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range menu.Items {
		walk(m.Items)
	}
	for _, want := range []string{"Open Folder…", "Save Project", "Save Project As…", "Export Chart…", "Quit", "Find", "Open Recent", "Light Theme", "Keyboard Shortcuts"} {
		found := false
		for _, m := range menu.Items {
			for _, it := range m.Items {
				found = found || it.Label == want
			}
		}
		if !found {
			t.Errorf("no menu item %q", want)
		}
	}
	typed := shortcutTarget(t, x.win.Canvas())
	for _, group := range x.commands() {
		for _, c := range group {
			if c != nil && c.shortcut != nil && !onMenu[c.shortcut.ShortcutName()] {
				t.Errorf("%s: shortcut not on the menu", c.label)
			}
		}
	}
	for i := TabID(0); i < numTabs; i++ {
		typed.TypedShortcut(ctrl(fyne.KeyName(string(rune('1' + i)))))
		if x.CurrentTab() != i {
			t.Errorf("Ctrl+%d shows %v", i+1, x.CurrentTab())
		}
	}
	typed.TypedShortcut(ctrl(fyne.KeyEqual))
	if s := x.TextScale(); s < 1.09 || s > 1.11 {
		t.Errorf("Ctrl+= made the text scale %.2f", s)
	}
	typed.TypedShortcut(ctrl(fyne.Key0))
	if x.TextScale() != 1 {
		t.Errorf("Ctrl+0 left the text scale at %.2f", x.TextScale())
	}
	typed.TypedShortcut(ctrl(fyne.KeyF))
	if x.win.Canvas().Focused() != x.doclist.Filter() {
		t.Fatal("Ctrl+F did not focus the filter")
	}

}

func TestDropFolderLoadsIt(t *testing.T) {
	x := newTestApp(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "one.txt"), []byte("First story\n\nMaduro spoke in Caracas."), 0o644)
	os.WriteFile(filepath.Join(dir, "two.txt"), []byte("Second story\n\nTrump answered."), 0o644)
	waitLoaded(t, x, func() { x.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(dir)}) })
	if n := len(x.Corpus().Docs); n != 2 {
		t.Fatalf("dropped folder gave %d documents", n)
	}
	extra := filepath.Join(t.TempDir(), "three.txt")
	os.WriteFile(extra, []byte("Third story\n\nMore news."), 0o644)
	waitLoaded(t, x, func() { x.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(extra)}) })
	if n := len(x.Corpus().Docs); n != 3 || !x.Dirty() {
		t.Errorf("after dropping a file: %d documents, dirty %v", n, x.Dirty())
	}
}

func TestSetRegistryValidatesAndRecounts(t *testing.T) {
	x := newTestApp(t)
	tab := &fakeTab{}
	x.SetTab(TabConcordance, tab)
	waitLoaded(t, x, x.OpenSeeds)
	if err := x.SetRegistry(&actors.Registry{Actors: []*actors.Actor{{Kind: actors.Person}}}); err == nil {
		t.Error("a nameless actor was accepted")
	}
	r := &actors.Registry{Actors: []*actors.Actor{{Name: "Maduro", Kind: actors.Person}}}
	if err := x.SetRegistry(r); err != nil {
		t.Fatal(err)
	}
	settle(t, x, func() bool { return true })
	if tab.counts == nil || tab.counts.Registry != r || !x.Dirty() {
		t.Errorf("after SetRegistry: counts %v, dirty %v", tab.counts, x.Dirty())
	}
}

func TestBadProjectIsReported(t *testing.T) {
	x := newTestApp(t)
	path := filepath.Join(t.TempDir(), "bad.cxproj")
	os.WriteFile(path, []byte("version: 99\n"), 0o644)
	waitLoaded(t, x, func() { x.OpenProject(path) })
	if x.Corpus() == nil || len(x.Corpus().Docs) != 5 {
		t.Error("after a bad project the app should fall back to the seeds")
	}
}

// shortcutTarget returns what the canvas dispatches its registered
// shortcuts with: the test canvas wraps the software canvas, which embeds
// fyne.ShortcutHandler.
func shortcutTarget(t *testing.T, c fyne.Canvas) interface{ TypedShortcut(fyne.Shortcut) } {
	t.Helper()
	if s, ok := c.(interface{ TypedShortcut(fyne.Shortcut) }); ok {
		return s
	}
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
		for i := 0; i < v.Elem().NumField(); i++ {
			if f := v.Elem().Field(i); f.CanInterface() {
				if s, ok := f.Interface().(interface{ TypedShortcut(fyne.Shortcut) }); ok {
					return s
				}
			}
		}
	}
	t.Fatal("the test canvas takes no shortcuts")
	return nil
}

// walk calls fn for every label under o.
func walk(o fyne.CanvasObject, fn func(*widget.Label)) {
	switch v := o.(type) {
	case *widget.Label:
		fn(v)
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walk(c, fn)
		}
	}
}

func TestFolderActorListIsUsed(t *testing.T) {
	x := newTestApp(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "one.txt"), []byte("First story\n\nMaduro spoke in Caracas."), 0o644)
	os.WriteFile(filepath.Join(dir, "actors.yaml"), []byte("actors:\n  - name: Caracas\n    kind: place\n"), 0o644)
	waitLoaded(t, x, func() { x.OpenPaths([]string{dir}) })
	if r := x.Registry(); len(r.Actors) != 1 || r.Actors[0].Name != "Caracas" {
		t.Fatalf("registry after opening a folder with actors.yaml: %+v", r.Actors)
	}
	// A broken list is reported and the default registry is used.
	os.WriteFile(filepath.Join(dir, "actors.yaml"), []byte("actors: [\n"), 0o644)
	waitLoaded(t, x, func() { x.OpenPaths([]string{dir}) })
	if r := x.Registry(); len(r.Actors) < 10 {
		t.Errorf("a broken actors.yaml left %d actors, want the default registry", len(r.Actors))
	}
}
