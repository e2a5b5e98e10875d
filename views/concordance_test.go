package views

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// concRunner runs every job at once on the calling goroutine.
type concRunner struct{ names []string }

func (r *concRunner) Run(name string, work func(ctx context.Context, progress Progress) (any, error), done func(any, error)) {
	r.names = append(r.names, name)
	v, err := work(context.Background(), func(int, int) {})
	done(v, err)
}

// concNav records the documents opened.
type concNav struct{ calls []openCall }

func (n *concNav) OpenDocument(id string, marks []Mark, focus int) {
	n.calls = append(n.calls, openCall{id, marks, focus})
}

// concSeeds loads the seed articles and counts the seed registry in them.
func concSeeds(t *testing.T) (*corpus.Corpus, *actors.Registry, *actors.Counts) {
	t.Helper()
	c, err := corpus.Load(context.Background(), corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := actors.Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	counts, err := actors.Count(c, r, actors.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c, r, counts
}

func newTestConcordance(t *testing.T, c *corpus.Corpus, r *actors.Registry, counts *actors.Counts) (*ConcordanceTab, *concNav) {
	t.Helper()
	test.NewTempApp(t)
	nav := &concNav{}
	tab := NewConcordanceTab(&concRunner{}, nav)
	tab.after = func(_ time.Duration, f func()) { f() }
	w := test.NewTempWindow(t, tab.Content())
	w.Resize(w.Content().MinSize().AddWidthHeight(600, 400))
	tab.SetCorpus(c)
	if r != nil {
		tab.SetActors(r, counts)
	}
	return tab, nav
}

func TestConcordanceActorListsMentions(t *testing.T) {
	c, r, counts := concSeeds(t)
	tab, _ := newTestConcordance(t, c, r, counts)
	test.Type(tab.query, "Maduro")
	i := r.Find("Maduro")
	if i < 0 {
		t.Fatal("no Maduro in the seed registry")
	}
	want := counts.Total(i)
	if want == 0 {
		t.Fatal("Maduro not counted in the seeds")
	}
	lines := tab.Lines()
	if len(lines) != want {
		t.Fatalf("%d lines, want %d (the counted mentions)", len(lines), want)
	}
	for _, l := range lines {
		if l.Actor != i {
			t.Fatalf("line of actor %d", l.Actor)
		}
		d := c.ByID(l.DocID)
		if d.Text[l.Span.Start:l.Span.End] != l.Match {
			t.Fatalf("match %q is not the text at its span", l.Match)
		}
	}
	wantStatus := plural(want, "mention") + " in " + plural(counts.DocsWith(i), "document")
	if got := tab.status.Text; got != wantStatus {
		t.Errorf("status %q, want %q", got, wantStatus)
	}
	if !tab.chip.Visible() || tab.chip.FillColor != r.Color(i) {
		t.Errorf("colour chip %v (visible %v), want Maduro's %v", tab.chip.FillColor, tab.chip.Visible(), r.Color(i))
	}
	// Typing part of a name offers the actor names as buttons; one tap
	// shows that actor's concordance.
	tab.query.SetText("")
	test.Type(tab.query, "cartel de")
	if !tab.hintRow.Visible() || len(tab.hints.Objects) < 2 {
		t.Fatalf("no hints for 'cartel de' (%d objects)", len(tab.hints.Objects))
	}
	hint := tab.hints.Objects[1].(*widget.Button)
	test.Tap(hint)
	if tab.query.Text != hint.Text || tab.hintRow.Visible() || tab.result.actor != r.Find(hint.Text) {
		t.Errorf("after tapping hint %q: query %q, actor %d", hint.Text, tab.query.Text, tab.result.actor)
	}
	// Completion offers names containing what was typed.
	found := false
	for _, n := range completions(actorNames(r), "madu", 40) {
		if strings.Contains(strings.ToLower(n), "madu") {
			found = true
		} else {
			t.Errorf("completion %q does not contain madu", n)
		}
	}
	if !found {
		t.Error("no completion for madu")
	}
}

func TestConcordanceSortByRightContext(t *testing.T) {
	c, r, counts := concSeeds(t)
	tab, _ := newTestConcordance(t, c, r, counts)
	tab.SetQuery("Maduro")
	tab.sortSel.SetSelected(sortConcRight)
	lines := tab.Lines()
	if len(lines) < 3 {
		t.Fatalf("%d lines", len(lines))
	}
	key := func(l actors.Line) string {
		return corpus.Key(strings.Join(strings.FieldsFunc(l.Right, func(r rune) bool { return !isWordRune(r) }), " "))
	}
	for i := 1; i < len(lines); i++ {
		if key(lines[i-1]) > key(lines[i]) {
			t.Fatalf("line %d %q sorts after line %d %q", i-1, lines[i-1].Right, i, lines[i].Right)
		}
	}
	// Back to document order: corpus order, then text order.
	tab.sortSel.SetSelected(sortConcDoc)
	lines = tab.Lines()
	for i := 1; i < len(lines); i++ {
		a, b := c.Index(lines[i-1].DocID), c.Index(lines[i].DocID)
		if a > b || a == b && lines[i-1].Span.Start > lines[i].Span.Start {
			t.Fatalf("lines %d and %d out of document order", i-1, i)
		}
	}
}

func TestConcordanceTapOpensDocumentWithMarks(t *testing.T) {
	c, r, counts := concSeeds(t)
	tab, nav := newTestConcordance(t, c, r, counts)
	tab.SetQuery("Maduro")
	tab.table.OnSelected(widget.TableCellID{Row: 2, Col: concColRight})
	if len(nav.calls) != 1 {
		t.Fatalf("%d documents opened", len(nav.calls))
	}
	call, line := nav.calls[0], tab.Lines()[2]
	i := r.Find("Maduro")
	if call.id != line.DocID || call.focus != line.Span.Start {
		t.Errorf("opened %s at %d, want %s at %d", call.id, call.focus, line.DocID, line.Span.Start)
	}
	dc := counts.Docs[c.Index(line.DocID)]
	if len(call.marks) != len(dc.Of(i)) {
		t.Fatalf("%d marks, want every mention of the document (%d)", len(call.marks), len(dc.Of(i)))
	}
	for k, m := range call.marks {
		if m.Span.Start != dc.Of(i)[k].Start || m.Color != r.Color(i) {
			t.Errorf("mark %d: %+v", k, m)
		}
	}
}

func TestConcordanceFreeWordWholeWord(t *testing.T) {
	c, err := corpus.Load(context.Background(), corpus.FromFS(fstest.MapFS{
		"a.txt": {Data: []byte("Oil prices rose. The oilfield was quiet.\n\nOIL exports fell; crude oil, too.")},
		"b.txt": {Data: []byte("Boiling oil. Toil and trouble. Oil-rich states.")},
	}, "test"), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tab, nav := newTestConcordance(t, c, nil, nil)
	test.Type(tab.query, "oil")
	var got []string
	for _, l := range tab.Lines() {
		got = append(got, l.DocID+":"+l.Match)
		if !strings.EqualFold(l.Match, "oil") {
			t.Errorf("match %q", l.Match)
		}
	}
	// a: Oil, OIL, oil; b: oil, Oil (in Oil-rich) — not oilfield, Boiling, Toil.
	if len(got) != 5 {
		t.Fatalf("matches %v, want 5", got)
	}
	if !strings.HasPrefix(tab.status.Text, "5 matches in 2 documents") {
		t.Errorf("status %q", tab.status.Text)
	}
	if tab.chip.Visible() {
		t.Error("a free word shows an actor's colour chip")
	}
	// A phrase across a line break.
	tab.SetQuery("quiet. oil")
	if n := len(tab.Lines()); n != 1 {
		t.Errorf("phrase: %d lines, want 1", n)
	}
	// Accents and case are ignored, as for actor names.
	tab.SetQuery("oil prices")
	if n := len(tab.Lines()); n != 1 {
		t.Errorf("phrase oil prices: %d lines, want 1", n)
	}
	// Restricting to the selection.
	tab.SetQuery("oil")
	tab.SetSelection([]string{"b"})
	tab.onlySel.SetChecked(true)
	if n := len(tab.Lines()); n != 2 {
		t.Errorf("only b: %d lines, want 2", n)
	}
	tab.table.OnSelected(widget.TableCellID{Row: 0, Col: 1})
	if len(nav.calls) != 1 || nav.calls[0].id != "b" || len(nav.calls[0].marks) != 2 {
		t.Errorf("open: %+v", nav.calls)
	}
}

func TestConcordanceContextWidth(t *testing.T) {
	c, r, counts := concSeeds(t)
	tab, _ := newTestConcordance(t, c, r, counts)
	tab.SetQuery("Maduro")
	tab.widthSel.SetSelected("20")
	for _, l := range tab.Lines() {
		if n := len([]rune(l.Left)); n > 20 {
			t.Fatalf("left context of %d characters", n)
		}
	}
}

func TestConcordanceStateAndExport(t *testing.T) {
	c, r, counts := concSeeds(t)
	tab, _ := newTestConcordance(t, c, r, counts)
	tab.SetQuery("Cartel de los Soles")
	tab.widthSel.SetSelected("60")
	tab.sortSel.SetSelected(sortConcLeft)
	st := tab.State()
	tab2, _ := newTestConcordance(t, c, r, counts)
	tab2.RestoreState(map[string]string{"concordance.width": "-3", "bogus": "x"})
	if tab2.width != 40 {
		t.Errorf("bad width restored: %d", tab2.width)
	}
	tab2.RestoreState(st)
	if tab2.width != 60 || tab2.sortBy != sortConcLeft || tab2.query.Text != "Cartel de los Soles" {
		t.Errorf("restored %d %q %q", tab2.width, tab2.sortBy, tab2.query.Text)
	}
	if len(tab2.Lines()) == 0 || len(tab2.Lines()) != len(tab.Lines()) {
		t.Fatalf("restored %d lines, want %d", len(tab2.Lines()), len(tab.Lines()))
	}

	path := filepath.Join(t.TempDir(), "kwic.csv")
	var gotErr error = context.Canceled
	tab2.ExportCSV(path, func(err error) { gotErr = err })
	if gotErr != nil {
		t.Fatal(gotErr)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(tab2.Lines())+1 || rows[0][6] != "match" {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	if !regexp.MustCompile(`(?i)cartel`).MatchString(rows[1][6]) {
		t.Errorf("first row %v", rows[1])
	}
	empty, _ := newTestConcordance(t, c, r, counts)
	empty.ExportCSV(path, func(err error) { gotErr = err })
	if gotErr != ErrNoLines {
		t.Errorf("empty export: %v", gotErr)
	}
}

func TestFindWordIgnoresAccents(t *testing.T) {
	c, err := corpus.Load(context.Background(), corpus.FromFS(fstest.MapFS{
		"a.txt": {Data: []byte("Nicolás Maduro met NICOLAS and nicolasito.")},
	}, "test"), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	lines, total, err := findWord(context.Background(), c, "nicolas", 10, nil)
	if err != nil || total != 2 || lines[0].Match != "Nicolás" || lines[1].Match != "NICOLAS" {
		t.Errorf("lines %+v, total %d, err %v", lines, total, err)
	}
	if _, _, err := findWord(context.Background(), c, " ", 10, nil); err != ErrEmptyQuery {
		t.Errorf("empty query: %v", err)
	}
}

func TestWholeWordBoundaries(t *testing.T) {
	for _, tc := range []struct {
		text, q string
		want    int
	}{
		{"Nicolás Maduro", "nicolás", 1},
		{"Nicolásx", "nicolás", 0},
		{"xNicolás", "nicolás", 0},
		{"a_b a b", "a", 1},            // "_" glues a to b
		{"U.S. and U.S.A.", "U.S.", 1}, // in "U.S.A." the match runs on into the letter A
		{"", "x", 0},
	} {
		re, err := wordPattern(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range re.FindAllStringIndex(tc.text, -1) {
			if wholeWord(tc.text, m[0], m[1]) {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q in %q: %d, want %d", tc.q, tc.text, n, tc.want)
		}
	}
	if _, err := wordPattern("   "); err != ErrEmptyQuery {
		t.Errorf("empty query: %v", err)
	}
}

func TestSqueezeSpaces(t *testing.T) {
	for in, want := range map[string]string{"": "", " a  b   c ": " a b c ", "Nicolás  Maduro": "Nicolás Maduro"} {
		if got := squeezeSpaces(in); got != want {
			t.Errorf("squeezeSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConcordanceHeaderTapSorts(t *testing.T) {
	c, r, counts := concSeeds(t)
	tab, _ := newTestConcordance(t, c, r, counts)
	tab.SetQuery("Maduro")
	h := newConcHeader()
	tab.updateHeader(widget.TableCellID{Row: -1, Col: concColRight}, h)
	if strings.Contains(h.text.Text, "▾") {
		t.Errorf("unsorted column header %q is marked", h.text.Text)
	}
	test.Tap(h)
	if tab.sortBy != sortConcRight || tab.sortSel.Selected != sortConcRight {
		t.Fatalf("sort %q after tapping the right context header", tab.sortBy)
	}
	tab.updateHeader(widget.TableCellID{Row: -1, Col: concColRight}, h)
	if !strings.HasSuffix(h.text.Text, "▾") {
		t.Errorf("sorted column header %q is not marked", h.text.Text)
	}
	tab.updateHeader(widget.TableCellID{Row: -1, Col: concColMatch}, h)
	test.Tap(h)
	if tab.sortBy != sortConcRight {
		t.Error("tapping the match header changed the sort")
	}
}
