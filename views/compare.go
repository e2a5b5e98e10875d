package views

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/views/textview"
)

// CompareTab puts two documents side by side: their texts in two columns
// with shared passages, paraphrased and unpaired sentences and actor
// mentions highlighted, a band beside each showing where the matches fall,
// a summary strip, and tables of the figures (disagreements flagged) and
// of the actors' mentions in each.
type CompareTab struct {
	run Runner
	nav Navigator

	corpus   *corpus.Corpus
	registry *actors.Registry
	counts   *actors.Counts
	a, b     *corpus.Document
	result   *compare.Comparison
	diffs    []diff // differences in reading order
	diffAt   int    // index into diffs of the current one, -1 before the first

	minWords     int
	sync         bool
	show         map[string]bool // highlight layer → on
	syncing      bool
	content      fyne.CanvasObject
	pickA, pickB *docPicker
	labels       []string // picker options, in corpus order
	viewA, viewB *textview.TextView
	bandA, bandB *matchBand
	summary      *widget.Label
	status       *widget.Label
	minEntry     *widget.Select
	syncCheck    *widget.Check
	layerChecks  map[string]*widget.Check
	numbers      *widget.Table
	actorTable   *widget.Table
	numberRows   []numberRow
}

// The highlight layers a user can switch on and off.
const (
	layerShared     = "shared"
	layerParaphrase = "paraphrase"
	layerUnpaired   = "unpaired"
	layerActors     = "actors"
)

var layers = []string{layerShared, layerParaphrase, layerUnpaired, layerActors}

// The interfaces the Compare tab implements for the app.
var (
	_ Tab           = (*CompareTab)(nil)
	_ ActorsUser    = (*CompareTab)(nil)
	_ SelectionUser = (*CompareTab)(nil)
	_ StateKeeper   = (*CompareTab)(nil)
)

// NewCompareTab returns the Compare tab. Analyses run through run; nav
// opens A or B in the Read tab (the book buttons), with the comparison's
// marks.
func NewCompareTab(run Runner, nav Navigator) *CompareTab {
	t := &CompareTab{run: run, nav: nav, minWords: 6, sync: true, diffAt: -1,
		show: map[string]bool{layerShared: true, layerParaphrase: true, layerUnpaired: true, layerActors: true}}
	t.buildUI()
	return t
}

// Content implements Tab.
func (t *CompareTab) Content() fyne.CanvasObject { return t.content }

func (t *CompareTab) buildUI() {
	t.pickA = newDocPicker("Document A…", func(int) { t.onPicked() })
	t.pickB = newDocPicker("Document B…", func(int) { t.onPicked() })
	swap := widget.NewButtonWithIcon("Swap", theme.ViewRefreshIcon(), t.onSwap)
	swap.Importance = widget.LowImportance
	var opts []string
	for n := 3; n <= 15; n++ {
		opts = append(opts, strconv.Itoa(n))
	}
	t.minEntry = widget.NewSelect(opts, func(s string) {
		if n, err := strconv.Atoi(s); err == nil && n != t.minWords {
			t.minWords = n
			t.analyse()
		}
	})
	t.minEntry.SetSelected(strconv.Itoa(t.minWords))
	t.syncCheck = widget.NewCheck("Sync scroll", func(on bool) { t.sync = on })
	t.syncCheck.SetChecked(t.sync)
	prev := widget.NewButtonWithIcon("Prev. diff.", theme.MoveUpIcon(), func() { t.stepDiff(-1) })
	next := widget.NewButtonWithIcon("Next diff.", theme.MoveDownIcon(), func() { t.stepDiff(1) })

	t.viewA, t.viewB = textview.New(), textview.New()
	t.viewA.OnTapped = func(off int) { t.onTapped(true, off) }
	t.viewB.OnTapped = func(off int) { t.onTapped(false, off) }
	t.viewA.OnScrolled = func(off int) { t.onScrolled(true, off) }
	t.viewB.OnScrolled = func(off int) { t.onScrolled(false, off) }
	t.bandA = newMatchBand(func(off int) { t.onBand(true, off) })
	t.bandB = newMatchBand(func(off int) { t.onBand(false, off) })

	t.summary = widget.NewLabel("Pick two documents, or select two in the document list.")
	t.summary.Wrapping = fyne.TextWrapWord
	t.status = widget.NewLabel("")
	t.status.Importance = widget.LowImportance

	head := container.NewBorder(nil, nil, widget.NewLabel("A"), nil, t.pickA.button)
	headB := container.NewBorder(nil, nil, swap, widget.NewLabel("B"), t.pickB.button)
	pickers := container.NewGridWithColumns(2, head, headB)
	readA := widget.NewButtonWithIcon("Read A", theme.DocumentIcon(), func() { t.onRead(true) })
	readB := widget.NewButtonWithIcon("Read B", theme.DocumentIcon(), func() { t.onRead(false) })
	tools := container.NewHBox(widget.NewLabel("Min. words"), t.minEntry, t.syncCheck, prev, next, readA, readB, t.status)
	colA := container.NewBorder(nil, nil, t.bandA, nil, t.viewA)
	colB := container.NewBorder(nil, nil, nil, t.bandB, t.viewB)
	texts := container.NewHSplit(colA, colB)

	t.numbers = t.newNumbersTable()
	t.actorTable = t.newActorTable()
	tables := container.NewAppTabs(
		container.NewTabItem("Figures", t.numbers),
		container.NewTabItem("Actors", t.actorTable),
	)
	body := container.NewVSplit(texts, tables)
	body.Offset = 0.72
	top := container.NewVBox(pickers, tools, t.summary, t.legend())
	t.content = container.NewBorder(top, nil, nil, nil, body)
}

// SetCorpus implements Tab: the pickers list the new corpus's documents
// and the first two are compared (nil clears the tab while a corpus loads).
func (t *CompareTab) SetCorpus(c *corpus.Corpus) {
	if t.corpus != nil && t.corpus != c {
		compare.ForgetModel(t.corpus)
	}
	t.corpus, t.a, t.b = c, nil, nil
	t.clearResult()
	t.labels = nil
	if c != nil {
		t.labels = make([]string, len(c.Docs))
		for i, d := range c.Docs {
			t.labels[i] = docLabel(i, d)
		}
	}
	t.pickA.setOptions(t.labels)
	t.pickB.setOptions(t.labels)
	if c != nil && len(c.Docs) >= 2 {
		t.setPair(c.Docs[0], c.Docs[1])
	}
}

// SetSelection implements SelectionUser: the first two documents selected
// in the list become A and B (one selected document replaces A).
func (t *CompareTab) SetSelection(ids []string) {
	if t.corpus == nil || len(ids) == 0 {
		return
	}
	a := t.corpus.ByID(ids[0])
	b := t.b
	if len(ids) >= 2 {
		b = t.corpus.ByID(ids[1])
	}
	if a != nil && b != nil && a != b {
		t.setPair(a, b)
	}
}

// SetActors implements ActorsUser: mentions are painted in the actors'
// colours and the actor table filled.
func (t *CompareTab) SetActors(r *actors.Registry, counts *actors.Counts) {
	t.registry, t.counts = r, counts
	if t.result != nil {
		t.result.Actors = compare.ActorTable(counts, t.a.ID, t.b.ID)
		t.paint()
	}
}

// docLabel is a document's entry in the pickers.
func docLabel(i int, d *corpus.Document) string {
	title := d.Title
	if title == "" {
		title = d.ID
	}
	return fmt.Sprintf("%d. %s", i+1, corpus.Shorten(title, 34))
}

// onRead opens A (or B) in the Read tab with this tab's marks, at the
// first line in view.
func (t *CompareTab) onRead(inA bool) {
	v, d := t.viewB, t.b
	if inA {
		v, d = t.viewA, t.a
	}
	if d == nil || t.nav == nil {
		return
	}
	top, _ := v.VisibleRange()
	t.nav.OpenDocument(d.ID, v.Marks(), top)
}
