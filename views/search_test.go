package views

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/search"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// searchRunner runs every job at once on the calling goroutine.
type searchRunner struct{ names []string }

func (r *searchRunner) Run(name string, work func(ctx context.Context, progress Progress) (any, error), done func(any, error)) {
	r.names = append(r.names, name)
	v, err := work(context.Background(), func(int, int) {})
	done(v, err)
}

type openCall struct {
	id    string
	marks []Mark
	focus int
}

type searchNav struct{ calls []openCall }

func (n *searchNav) OpenDocument(id string, marks []Mark, focus int) {
	n.calls = append(n.calls, openCall{id, marks, focus})
}

func newTestSearchTab(t *testing.T, c *corpus.Corpus) (*SearchTab, *searchNav) {
	t.Helper()
	test.NewTempApp(t)
	nav := &searchNav{}
	tab := NewSearchTab(&searchRunner{}, nav)
	tab.after = func(_ time.Duration, f func()) { f() }
	tab.IndexDir = t.TempDir()
	var states []search.State
	tab.OnIndexState = func(st search.State) { states = append(states, st) }
	t.Cleanup(tab.Close)
	w := test.NewTempWindow(t, tab.Content())
	w.Resize(w.Content().MinSize().AddWidthHeight(400, 400))
	tab.SetCorpus(c)
	if len(states) == 0 || states[len(states)-1].Phase != search.Ready {
		t.Fatalf("index states %+v", states)
	}
	return tab, nav
}

func searchSeeds(t *testing.T) *corpus.Corpus {
	c, err := corpus.Load(context.Background(), corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func hitRows(tab *SearchTab) []*hitRow {
	var out []*hitRow
	for _, o := range tab.hits.Objects {
		out = append(out, o.(*hitRow))
	}
	return out
}

func TestSearchTabTypingShowsHits(t *testing.T) {
	c := searchSeeds(t)
	tab, _ := newTestSearchTab(t, c)
	test.Type(tab.query, "Qatar")
	rows := hitRows(tab)
	if len(rows) != 1 || !strings.HasPrefix(rows[0].hit.ID, "004") {
		t.Fatalf("rows %d", len(rows))
	}
	if !strings.HasPrefix(tab.status.Text, "1 hit in ") || tab.errLabel.Visible() {
		t.Errorf("status %q, error shown %v", tab.status.Text, tab.errLabel.Visible())
	}
	// The fragments show the matched word in bold.
	bold := 0
	for _, f := range rows[0].hit.Fragments {
		for _, seg := range fragmentText(f).Segments {
			ts := seg.(*widget.TextSegment)
			if ts.Style.TextStyle.Bold {
				bold++
				if !strings.HasPrefix(ts.Text, "Qatar") {
					t.Errorf("bold segment %q", ts.Text)
				}
			}
		}
	}
	if bold < 3 {
		t.Errorf("%d bold words in the fragments", bold)
	}
}

func TestSearchTabBadQueryShowsMessage(t *testing.T) {
	tab, _ := newTestSearchTab(t, searchSeeds(t))
	test.Type(tab.query, `"Cartel de`)
	if !tab.errLabel.Visible() || !strings.Contains(tab.errLabel.Text, "closing quote") {
		t.Errorf("error label %v %q", tab.errLabel.Visible(), tab.errLabel.Text)
	}
	if tab.errLabel.Importance != widget.DangerImportance || len(tab.hits.Objects) != 0 {
		t.Errorf("importance %v, %d rows", tab.errLabel.Importance, len(tab.hits.Objects))
	}
	test.Type(tab.query, ` los Soles"`)
	if tab.errLabel.Visible() || len(tab.hits.Objects) != 4 {
		t.Errorf("after fixing: error %v, %d rows", tab.errLabel.Visible(), len(tab.hits.Objects))
	}
}

func TestSearchTabTapOpensDocumentWithMarks(t *testing.T) {
	c := searchSeeds(t)
	tab, nav := newTestSearchTab(t, c)
	test.Type(tab.query, "Qatar")
	rows := hitRows(tab)
	if len(rows) != 1 {
		t.Fatalf("%d rows", len(rows))
	}
	test.Tap(rows[0])
	if len(nav.calls) != 1 {
		t.Fatalf("OpenDocument calls: %+v", nav.calls)
	}
	call := nav.calls[0]
	d := c.ByID(call.id)
	if d == nil || len(call.marks) != strings.Count(d.Text, "Qatar") {
		t.Fatalf("opened %q with %d marks", call.id, len(call.marks))
	}
	for _, m := range call.marks {
		if !strings.HasPrefix(d.Text[m.Span.Start:m.Span.End], "Qatar") || m.Color == nil {
			t.Errorf("mark %+v covers %q", m, d.Text[m.Span.Start:m.Span.End])
		}
	}
	if call.focus != call.marks[0].Span.Start || call.focus != strings.Index(d.Text, "Qatar") {
		t.Errorf("focus %d", call.focus)
	}
}

func TestSearchTabSortFacetsAndSelection(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":      {Data: []byte("Old\nCocoa harvest news.")},
		"b.txt":      {Data: []byte("New\nCocoa prices news.")},
		"c.txt":      {Data: []byte("Other\nCocoa in London.")},
		"corpus.csv": {Data: []byte("file,title,source,date\na.txt,Old,Reuters,1987-03-01\nb.txt,New,Reuters,1987-04-01\nc.txt,Other,BBC,1987-05-01\n")},
	}
	c, err := corpus.Load(context.Background(), corpus.FromFS(fsys, "t"), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tab, _ := newTestSearchTab(t, c)
	tab.sortBy.SetSelected(sortLabelDate)
	test.Type(tab.query, "cocoa")
	order := func() string {
		var ids []string
		for _, r := range hitRows(tab) {
			ids = append(ids, r.hit.ID)
		}
		return strings.Join(ids, ",")
	}
	if got := order(); got != "c,b,a" {
		t.Errorf("newest first: %s", got)
	}
	if len(tab.chips.Objects) != 2 {
		t.Fatalf("%d chips", len(tab.chips.Objects))
	}
	reuters := tab.chips.Objects[0].(*widget.Button)
	if reuters.Text != "Reuters (2)" {
		t.Fatalf("first chip %q", reuters.Text)
	}
	test.Tap(reuters)
	if got := order(); got != "b,a" {
		t.Errorf("Reuters only: %s", got)
	}
	test.Tap(tab.chips.Objects[0].(*widget.Button))
	if got := order(); got != "c,b,a" {
		t.Errorf("chip off: %s", got)
	}
	if len(tab.monthChips.Objects) != 3 || tab.monthChips.Objects[1].(*widget.Button).Text != "1987-04 (1)" {
		t.Fatalf("month chips %d", len(tab.monthChips.Objects))
	}
	test.Tap(tab.monthChips.Objects[1].(*widget.Button))
	if got := order(); got != "b" {
		t.Errorf("April only: %s", got)
	}
	test.Tap(tab.monthChips.Objects[0].(*widget.Button)) // April, the only chip left: off
	test.Tap(tab.monthChips.Objects[0].(*widget.Button)) // March
	if got := order(); got != "a" {
		t.Errorf("March only: %s", got)
	}
	test.Tap(tab.monthChips.Objects[0].(*widget.Button))
	tab.SetSelection([]string{"a", "c"})
	tab.onlySelected.SetChecked(true)
	if got := order(); got != "c,a" {
		t.Errorf("selected only: %s", got)
	}
	tab.SetSelection(nil)
	if len(tab.hits.Objects) != 0 || !strings.Contains(tab.status.Text, "No documents selected") {
		t.Errorf("empty selection: %d rows, %q", len(tab.hits.Objects), tab.status.Text)
	}
}

func TestSearchTabSavedSearches(t *testing.T) {
	tab, _ := newTestSearchTab(t, searchSeeds(t))
	test.Type(tab.query, "Qatar")
	test.Tap(tab.saveButton)
	test.Tap(tab.saveButton)
	tab.query.SetText("")
	test.Type(tab.query, "exile~1")
	test.Tap(tab.saveButton)
	st := tab.State()
	if st[stateSearchSaved] != "Qatar\nexile~1" || st[stateSearchQuery] != "exile~1" {
		t.Fatalf("state %q", st)
	}
	other, _ := newTestSearchTab(t, searchSeeds(t))
	other.RestoreState(map[string]string{stateSearchSaved: st[stateSearchSaved], stateSearchSort: "bogus", "unknown": "x"})
	if strings.Join(other.SavedSearches(), "|") != "Qatar|exile~1" || other.sortBy.Selected != sortLabelScore {
		t.Errorf("restored %v, sort %q", other.SavedSearches(), other.sortBy.Selected)
	}
	other.savedSelect.SetSelected("Qatar")
	if other.query.Text != "Qatar" || len(other.hits.Objects) != 1 {
		t.Errorf("saved search ran %q: %d rows", other.query.Text, len(other.hits.Objects))
	}
}

func TestSearchTabCorpusChange(t *testing.T) {
	tab, _ := newTestSearchTab(t, searchSeeds(t))
	test.Type(tab.query, "Qatar")
	tab.SetCorpus(nil)
	if tab.index != nil || len(tab.hits.Objects) != 0 {
		t.Errorf("after SetCorpus(nil): index %v, %d rows", tab.index, len(tab.hits.Objects))
	}
	tab.SetCorpus(searchSeeds(t))
	if len(tab.hits.Objects) != 1 {
		t.Errorf("after reloading: %d rows", len(tab.hits.Objects))
	}
}

func TestTitleSegmentsMarkMatches(t *testing.T) {
	segs := titleSegments("Cocoa prices rise", []corpus.Span{{Start: 0, End: 5}, {Start: 13, End: 17}})
	var got []string
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		mark := ""
		if ts.Style.ColorName == theme.ColorNamePrimary {
			mark = "*"
		}
		got = append(got, mark+ts.Text)
	}
	if strings.Join(got, "|") != "*Cocoa| prices |*rise" {
		t.Errorf("segments %q", got)
	}
}
