package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// compareRunner runs jobs at once on the calling goroutine.
type compareRunner struct{ names []string }

func (r *compareRunner) Run(name string, work func(context.Context, Progress) (any, error), done func(any, error)) {
	r.names = append(r.names, name)
	v, err := work(context.Background(), func(int, int) {})
	done(v, err)
}

// compareNav records the documents opened.
type compareNav struct {
	ids   []string
	marks int
}

func (n *compareNav) OpenDocument(id string, marks []Mark, focus int) {
	n.ids = append(n.ids, id)
	n.marks = len(marks)
}

func compareSeeds(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(context.Background(), corpus.FromFS(seeds.Articles(), seeds.Name), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newTestTab(t *testing.T) (*CompareTab, *compareRunner, *compareNav, *corpus.Corpus) {
	run, nav := &compareRunner{}, &compareNav{}
	tab := NewCompareTab(run, nav)
	w := test.NewTempWindow(t, tab.Content())
	w.Resize(fyne.NewSize(1200, 800))
	c := compareSeeds(t)
	tab.SetCorpus(c)
	return tab, run, nav, c
}

func TestCompareTabSelection(t *testing.T) {
	tab, run, _, c := newTestTab(t)
	if tab.a != c.Docs[0] || tab.b != c.Docs[1] || tab.result == nil {
		t.Fatal("a new corpus does not compare its first two documents")
	}
	tab.SetSelection([]string{c.Docs[2].ID, c.Docs[4].ID})
	if tab.a != c.Docs[2] || tab.b != c.Docs[4] {
		t.Fatalf("selection not applied: %v / %v", tab.a.ID, tab.b.ID)
	}
	if len(run.names) != 2 || run.names[1] != "compare" {
		t.Errorf("jobs run: %v", run.names)
	}
	sum := tab.summary.Text
	if !strings.Contains(sum, "Similarity 0.") || !strings.Contains(sum, "1 figure disagreement") {
		t.Errorf("summary = %q", sum)
	}
	if tab.pickA.button.Text != tab.labels[2] || tab.pickB.button.Text != tab.labels[4] {
		t.Errorf("pickers show %q / %q", tab.pickA.button.Text, tab.pickB.button.Text)
	}
	flagged := false
	for _, r := range tab.numberRows {
		if r.flagged && r.a == "83" && r.b == "approximately 80" {
			flagged = true
		}
	}
	if !flagged {
		t.Errorf("83 vs approximately 80 not flagged: %+v", tab.numberRows)
	}
	// The table shows the flag: its status cell reads "⚠ disagree".
	if got := tableText(tab.numbers); !strings.Contains(got, "⚠ disagree") || !strings.Contains(got, "approximately 80") {
		t.Errorf("figures table renders %q", got)
	}
	if len(tab.viewA.Marks()) == 0 || len(tab.viewB.Marks()) == 0 || len(tab.bandA.marks) == 0 {
		t.Error("no highlights painted")
	}
}

// tableText collects the text of the labels a table renders.
func tableText(tbl fyne.Widget) string {
	var sb strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			sb.WriteString(v.Text + "|")
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(tbl)
	return sb.String()
}

func TestCompareTabSwapAndState(t *testing.T) {
	tab, _, nav, c := newTestTab(t)
	tab.SetSelection([]string{c.Docs[2].ID, c.Docs[3].ID})
	sa, sb := tab.result.SharedA, tab.result.SharedB
	sim := tab.result.Similarity
	test.Tap(findButton(t, tab.Content(), "Swap"))
	if tab.a != c.Docs[3] || tab.b != c.Docs[2] {
		t.Fatalf("swap: a=%s b=%s", tab.a.ID, tab.b.ID)
	}
	if tab.result.SharedA != sb || tab.result.SharedB != sa || tab.result.Similarity != sim || sim == 0 {
		t.Errorf("swapped result does not mirror: %v/%v vs %v/%v", tab.result.SharedA, tab.result.SharedB, sa, sb)
	}
	test.Tap(findButton(t, tab.Content(), "Read A"))
	if len(nav.ids) != 1 || nav.ids[0] != c.Docs[3].ID || nav.marks == 0 {
		t.Errorf("Read A opened %v with %d marks", nav.ids, nav.marks)
	}

	st := tab.State()
	st["min_words"], st["sync"], st["show_actors"] = "8", "false", "false"
	st["bogus"] = "x"
	other, _, _, _ := newTestTab(t)
	other.RestoreState(st)
	if other.minWords != 8 || other.sync || other.show[layerActors] || other.a != c.Docs[3] && other.a.ID != c.Docs[3].ID {
		t.Errorf("restored: min %d sync %v actors %v a %s", other.minWords, other.sync, other.show[layerActors], other.a.ID)
	}
	other.RestoreState(map[string]string{"min_words": "-3", "sync": "maybe"})
	if other.minWords != 8 || other.sync {
		t.Error("bad values were applied")
	}
}

func TestCompareTabActorsAndNavigation(t *testing.T) {
	tab, _, _, c := newTestTab(t)
	reg, err := actors.Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	counts, err := actors.Count(c, reg, actors.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tab.SetActors(reg, counts)
	tab.SetSelection([]string{c.Docs[2].ID, c.Docs[3].ID})
	if len(tab.result.Actors) == 0 {
		t.Fatal("no actor rows")
	}
	maduro := reg.Color(1)
	found := false
	for _, m := range tab.viewA.Marks() {
		if m.Label == "Nicolás Maduro" && m.Color == maduro {
			found = true
		}
	}
	if !found {
		t.Error("Maduro's mentions are not painted in his colour")
	}
	// Clicking a paraphrased sentence of A finds its counterpart in B.
	for _, s := range tab.result.Sentences {
		if s.Label == "paraphrase" {
			other, ok := tab.counterpart(true, c.Docs[2].Sentences[s.A].Start+1)
			if !ok || c.Docs[3].SentenceAt(other) < 0 {
				t.Errorf("no counterpart for paraphrase %+v", s)
			}
			break
		}
	}
	n := len(tab.diffs)
	if n == 0 {
		t.Fatal("no differences")
	}
	tab.stepDiff(1)
	tab.stepDiff(1)
	tab.stepDiff(-1)
	if tab.diffAt != 0 || tab.status.Text != "Difference 1 of "+itoa(n) {
		t.Errorf("after next,next,prev: at %d, status %q", tab.diffAt, tab.status.Text)
	}
	tab.show[layerActors] = false
	tab.paint()
	for _, m := range tab.viewA.Marks() {
		if m.Label == "Nicolás Maduro" {
			t.Fatal("actor layer off but mentions still painted")
		}
	}
	tab.SetCorpus(nil)
	if tab.result != nil || tab.viewA.Text() != "" {
		t.Error("SetCorpus(nil) did not clear the tab")
	}
}

// findButton finds the button with the given text in a tree.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil {
			return
		}
		switch v := o.(type) {
		case *widget.Button:
			if v.Text == text {
				found = v
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}
