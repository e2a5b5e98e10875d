package views

import (
	"context"
	"encoding/csv"
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/charts"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// actorsRunner runs jobs at once on the calling goroutine.
type actorsRunner struct{ jobs []string }

func (r *actorsRunner) Run(name string, work func(context.Context, Progress) (any, error), done func(any, error)) {
	r.jobs = append(r.jobs, name)
	v, err := work(context.Background(), func(int, int) {})
	done(v, err)
}

// opened is one OpenDocument call.
type opened struct {
	id    string
	marks []Mark
	focus int
}

type actorsNav struct{ calls []opened }

func (n *actorsNav) OpenDocument(id string, marks []Mark, focus int) {
	n.calls = append(n.calls, opened{id, marks, focus})
}

// testRegistry is a small fixed registry, so these tests do not change
// when the seeds' default registry grows.
const testRegistry = `actors:
  - name: Donald Trump
    kind: person
    aliases: [Trump, President Trump]
  - name: Nicolás Maduro
    kind: person
    aliases: [Maduro, Nicolas Maduro]
  - name: United States
    kind: place
    aliases: [U.S., US, United States of America, America]
  - name: Venezuela
    kind: place
    aliases: [Caracas]
  - name: Cartel de los Soles
    kind: organisation
    aliases: [Cartel of the Suns]
`

// seedTab is an Actors tab in a test window showing the seeds.
func seedTab(t *testing.T) (*ActorsTab, *actorsRunner, *actorsNav, *actors.Counts) {
	t.Helper()
	c, err := corpus.Load(context.Background(), corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := actors.Parse([]byte(testRegistry))
	if err != nil {
		t.Fatal(err)
	}
	// Give Venezuela a colour no other actor or shade uses, to find its bars.
	reg.Actors[3].Color = "#ff00ff"
	counts, err := actors.Count(c, reg, actors.Options{})
	if err != nil {
		t.Fatal(err)
	}
	run, nav := &actorsRunner{}, &actorsNav{}
	tab := NewActorsTab(run, nav)
	tab.debounce = 0
	w := test.NewTempWindow(t, tab.Content())
	w.Resize(fyne.NewSize(1100, 800))
	tab.SetCorpus(c)
	tab.SetActors(reg, counts)
	if tab.chart == nil {
		t.Fatalf("no chart after SetActors; status %q", tab.status.Text)
	}
	return tab, run, nav, counts
}

// actorsInTable lists the distinct actor column values of the table.
func actorsInTable(tab *ActorsTab) map[string]bool {
	out := map[string]bool{}
	for _, r := range tab.rows[1:] {
		out[r[4]] = true
	}
	return out
}

func TestActorsTabRendersAndFollowsControls(t *testing.T) {
	tab, run, _, _ := seedTab(t)
	if run.jobs[len(run.jobs)-1] != renderJob {
		t.Errorf("jobs %v", run.jobs)
	}
	if b := tab.image.img.Bounds(); b.Dx() < 300 || b.Dy() < 200 {
		t.Errorf("chart image %v", b)
	}
	if n := len(tab.rows); n != 1+5*5 {
		t.Errorf("table rows %d, want header + 5 documents × 5 actors", n)
	}
	test.Tap(tab.orientCheck)
	if !tab.transpose {
		t.Error("orientation check did not take")
	}
	tab.kindSelect.SetSelected(kindNames[charts.Heatmap])
	if tab.chart.Kind() != charts.Heatmap {
		t.Errorf("kind %s after choosing the heatmap", tab.chart.Kind())
	}
	// Untick two actors: the table keeps the other three.
	tab.onActor("Donald Trump", false)
	tab.onActor("United States", false)
	if got := actorsInTable(tab); len(got) != 3 || got["Donald Trump"] {
		t.Errorf("actors in the table %v", got)
	}
	// Only the selected documents.
	tab.SetSelection([]string{"002_e0f5db45b1a88440"})
	test.Tap(tab.selCheck)
	if n := len(tab.rows); n != 1+3 {
		t.Errorf("table rows %d with one document selected, want header + 3", n)
	}
	tab.kindSelect.SetSelected(kindNames[charts.Similarity])
	if tab.chart == nil || tab.chart.Kind() != charts.Similarity {
		t.Errorf("similarity chart: status %q", tab.status.Text)
	}
}

func TestActorsTabStateAndExport(t *testing.T) {
	tab, _, _, _ := seedTab(t)
	tab.RestoreState(map[string]string{"chart.kind": "dispersion", "chart.per1000": "false", "chart.hidden_actors": "Venezuela\nCartel de los Soles", "chart.bogus": "x", "chart.transpose": "maybe"})
	s := tab.State()
	if s["chart.kind"] != "dispersion" || s["chart.per1000"] != "false" || s["chart.transpose"] != "false" || s["chart.hidden_actors"] != "Cartel de los Soles\nVenezuela" {
		t.Errorf("state after restore: %v", s)
	}
	if tab.chart.Kind() != charts.Dispersion || len(actorsInTableCol(tab, 2)) != 3 {
		t.Errorf("restored chart %s with actors %v", tab.chart.Kind(), actorsInTableCol(tab, 2))
	}
	dir := t.TempDir()
	var errs []error
	for _, name := range []string{"c.png", "c.svg", "c.pdf"} {
		tab.ExportChart(filepath.Join(dir, name), func(err error) { errs = append(errs, err) })
	}
	tab.ExportData(filepath.Join(dir, "d.csv"), func(err error) { errs = append(errs, err) })
	tab.ExportChart(filepath.Join(dir, "c.gif"), func(err error) { errs = append(errs, err) })
	tab.ExportData(filepath.Join(dir, "d.png"), func(err error) { errs = append(errs, err) })
	for i := 0; i < 4; i++ {
		if errs[i] != nil {
			t.Errorf("export %d: %v", i, errs[i])
		}
	}
	if errs[4] == nil || errs[5] == nil {
		t.Error("exports with a wrong extension succeeded")
	}
	f, err := os.Open(filepath.Join(dir, "c.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, _, err := image.Decode(f); err != nil {
		t.Errorf("exported PNG: %v", err)
	}
	g, _ := os.Open(filepath.Join(dir, "d.csv"))
	defer g.Close()
	if rows, err := csv.NewReader(g).ReadAll(); err != nil || rows[0][0] != "document_id" {
		t.Errorf("exported CSV: %v %v", err, rows[0])
	}
}

func actorsInTableCol(tab *ActorsTab, col int) map[string]bool {
	out := map[string]bool{}
	for _, r := range tab.rows[1:] {
		out[r[col]] = true
	}
	return out
}

func TestActorsTabWithoutData(t *testing.T) {
	tab := NewActorsTab(&actorsRunner{}, &actorsNav{})
	test.NewTempWindow(t, tab.Content())
	tab.SetCorpus(nil)
	var got error
	tab.ExportChart(filepath.Join(t.TempDir(), "x.png"), func(err error) { got = err })
	if got == nil {
		t.Error("export without a chart succeeded")
	}
	test.TapAt(tab.image, fyne.NewPos(10, 10)) // must not panic
}
