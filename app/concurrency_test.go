package app

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/views"
)

// TestLatestLoadWins starts a load and, before it finishes, another: only
// the last one's corpus may end up in the app.
func TestLatestLoadWins(t *testing.T) {
	x := newTestApp(t)
	dir := t.TempDir()
	for i := 0; i < 40; i++ {
		os.WriteFile(filepath.Join(dir, "doc"+string(rune('a'+i%26))+string(rune('a'+i/26))+".txt"), []byte("A story\n\nMaduro and Trump."), 0o644)
	}
	waitLoaded(t, x, func() {
		x.OpenPaths([]string{dir})
		x.OpenSeeds()
	})
	if n := len(x.Corpus().Docs); n != 5 {
		t.Fatalf("the app shows %d documents; the later load (the 5 seeds) should win", n)
	}
	if x.doclist.Selection()[0] != x.Corpus().Docs[0].ID {
		t.Error("the list does not show the seeds")
	}
}

// TestMissingLastProjectIsReported: a last project that has gone is
// reported in a dialog and the seeds open instead.
func TestMissingLastProjectIsReported(t *testing.T) {
	x := newTestApp(t)
	gone := filepath.Join(t.TempDir(), "gone.cxproj")
	x.prefs().SetString(PrefLastProject, gone)
	waitLoaded(t, x, func() { x.Start(nil) })
	if len(x.Corpus().Docs) != 5 {
		t.Fatal("the seeds did not open")
	}
	overlay := x.win.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no dialog was shown")
	}
	found := false
	walk(overlay, func(l *widget.Label) { found = found || strings.Contains(l.Text, "gone.cxproj") })
	if !found {
		t.Error("the dialog does not name the project")
	}
}

// TestTextSizeScalesTheTheme: View ▸ Bigger Text scales the theme's text
// sizes (the text view re-wraps on the theme change: see its tests).
func TestTextSizeScalesTheTheme(t *testing.T) {
	x := newTestApp(t)
	base := x.fyne.Settings().Theme().Size(theme.SizeNameText)
	x.SetTextScale(1.5)
	if s := x.fyne.Settings().Theme().Size(theme.SizeNameText); s != base*1.5 {
		t.Errorf("text size after 1.5×: %.1f, want %.1f", s, base*1.5)
	}
	x.SetTextScale(9)
	if x.TextScale() != 2 {
		t.Errorf("text scale not clamped: %.1f", x.TextScale())
	}
}

// TestEveryMenuActionRuns invokes every menu action (before and after a
// corpus is loaded): none may panic, and each that opens a dialog opens
// it on the window.
func TestEveryMenuActionRuns(t *testing.T) {
	x := newTestApp(t)
	run := func(stage string) {
		for _, group := range x.commands() {
			for _, c := range group {
				if c == nil || c.label == "Quit" {
					continue
				}
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s: %s panicked: %v\n%s", stage, c.label, r, debug.Stack())
						}
					}()
					c.action()
				}()
				for x.win.Canvas().Overlays().Top() != nil {
					x.win.Canvas().Overlays().Remove(x.win.Canvas().Overlays().Top())
				}
			}
		}
	}
	run("before loading")
	waitLoaded(t, x, x.OpenSeeds)
	run("with the seeds")
	settle(t, x, func() bool { return true })
}

func TestShortcutText(t *testing.T) {
	if got := shortcutText(ctrlShift(fyne.KeyS)); got != "Ctrl+Shift+S" {
		t.Errorf("shortcutText = %q", got)
	}
	if got := shortcutText(ctrl(fyne.Key1)); got != "Ctrl+1" {
		t.Errorf("shortcutText = %q", got)
	}
}

// TestOpenDocumentWithMarks: another tab opens a document with its own
// marks; the reader shows them (not the actor mentions) and the list
// highlights the document.
func TestOpenDocumentWithMarks(t *testing.T) {
	x := newTestApp(t)
	waitLoaded(t, x, x.OpenSeeds)
	x.SelectTab(TabSearch)
	d := x.Corpus().Docs[3]
	i := strings.Index(d.Text, "Maduro")
	marks := []views.Mark{{Span: corpus.Span{Start: i, End: i + 6}, Label: "hit"}}
	x.OpenDocument(d.ID, marks, i)
	if x.CurrentTab() != TabRead || x.reader.Document() != d {
		t.Fatalf("tab %v, document %v", x.CurrentTab(), x.reader.Document())
	}
	got := x.reader.TextView().Marks()
	if len(got) != 1 || got[0].Label != "hit" || x.reader.TextView().CurrentMark() != 0 {
		t.Errorf("marks = %v, current %d", got, x.reader.TextView().CurrentMark())
	}
	if sel := x.doclist.Selection(); len(sel) != 1 || sel[0] != d.ID {
		t.Errorf("list selection = %v", sel)
	}
}
