package views

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func smallCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(context.Background(), corpus.FromFS(fstest.MapFS{
		"a.txt": {Data: []byte("Maduro speaks in Caracas\n\nNicolás Maduro spoke on Monday about the talks.")},
		"b.txt": {Data: []byte("Trump answers\n\nPresident Trump answered questions about the strikes.")},
		"c.txt": {Data: []byte("Strikes on boats continue\n\nMore strikes were reported.\n\nRelated: Maduro says…\n\nAnother teaser about Trump…\n\nA third teaser headline here…")},
	}, "test"), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDocListFilterAndSelection(t *testing.T) {
	test.NewTempApp(t)
	c := smallCorpus(t)
	l := NewDocList()
	w := test.NewTempWindow(t, l.Content())
	w.Resize(fyne.NewSize(400, 500))
	var opened []string
	var selections [][]string
	l.OnOpened = func(d *corpus.Document) { opened = append(opened, d.ID) }
	l.OnSelectionChanged = func(ids []string) { selections = append(selections, ids) }
	l.SetCorpus(c)
	if len(l.shown) != 3 || !strings.HasPrefix(l.count.Text, "3 documents") {
		t.Fatalf("shown %d, count %q", len(l.shown), l.count.Text)
	}
	test.Type(l.filter, "strikes boats")
	if len(l.shown) != 1 || c.Docs[l.shown[0]].ID != "c" {
		t.Errorf("filter \"strikes boats\" shows %v", l.shown)
	}
	if !strings.HasPrefix(l.count.Text, "1 of 3") {
		t.Errorf("count = %q", l.count.Text)
	}
	l.filter.SetText("MADURO")
	if len(l.shown) != 1 || c.Docs[l.shown[0]].ID != "a" {
		t.Errorf("case-insensitive filter shows %v", l.shown)
	}
	l.filter.SetText("")
	l.list.Select(1)
	if len(opened) != 1 || opened[0] != "b" {
		t.Errorf("opened %v", opened)
	}
	if got := l.Selection(); len(got) != 1 || got[0] != "b" {
		t.Errorf("selection with nothing checked = %v", got)
	}
	l.toggle("c", true)
	l.toggle("a", true)
	if got := l.Selection(); strings.Join(got, ",") != "c,a" {
		t.Errorf("checked selection = %v, want c,a (check order)", got)
	}
	l.toggle("c", false)
	if got := selections[len(selections)-1]; strings.Join(got, ",") != "a" {
		t.Errorf("last selection event = %v", got)
	}
	if !strings.Contains(l.count.Text, "1 checked") {
		t.Errorf("count = %q", l.count.Text)
	}
}

func TestFormatInt(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 21577: "21,577", 2875593: "2,875,593", -1234: "-1,234"} {
		if got := formatInt(n); got != want {
			t.Errorf("formatInt(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestSourceColorStable(t *testing.T) {
	if SourceColor("Reuters") != SourceColor("Reuters") {
		t.Error("a source's colour changes")
	}
	if SourceColor("Reuters") == SourceColor("BBC") && SourceColor("BBC") == SourceColor("AP") {
		t.Error("every source gets the same colour")
	}
}

func TestDocListCtrlAndShiftClick(t *testing.T) {
	test.NewTempApp(t)
	c := smallCorpus(t)
	l := NewDocList()
	test.NewTempWindow(t, l.Content()).Resize(fyne.NewSize(400, 500))
	l.SetCorpus(c)
	var last []string
	l.OnSelectionChanged = func(ids []string) { last = ids }
	l.onRowMouseDown("a", 0) // plain click: the anchor
	l.onRowMouseDown("c", fyne.KeyModifierShift)
	if strings.Join(last, ",") != "a,b,c" {
		t.Errorf("Shift-click a..c checked %v", last)
	}
	l.onRowMouseDown("b", fyne.KeyModifierShortcutDefault)
	if strings.Join(last, ",") != "a,c" {
		t.Errorf("Ctrl-click on b left %v", last)
	}
	// Through a real row: the row widget passes the modifier on.
	row := l.newRow().(*clickRow)
	l.updateRow(1, row)
	row.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierShortcutDefault})
	if strings.Join(last, ",") != "a,c,b" {
		t.Errorf("Ctrl-click on row b: %v", last)
	}
	var opened string
	l.OnOpened = func(d *corpus.Document) { opened = d.ID }
	test.Tap(row)
	if opened != "b" {
		t.Errorf("tapping row b opened %q", opened)
	}
}
