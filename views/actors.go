package views

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/charts"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Normalisation choices as the radio group shows them.
const (
	normRaw     = "Raw counts"
	normPer1000 = "Per 1,000 words"
)

// kindNames are the chart kinds as the kind selector shows them.
var kindNames = map[charts.Kind]string{
	charts.Mentions:   "Mentions (bars)",
	charts.Dispersion: "Dispersion (where)",
	charts.Heatmap:    "Heatmap",
	charts.Trend:      "Trend over time",
	charts.Similarity: "Document similarity",
}

// ActorsTab is the Actors tab: a chart of the key actors' mentions in the
// current corpus with controls for kind, normalisation, orientation and
// actors, the numbers in a table below it, and exports. Clicking a bar,
// cell, point or tick opens the reader at that mention.
type ActorsTab struct {
	run Runner
	nav Navigator

	corpus     *corpus.Corpus
	registry   *actors.Registry
	counts     *actors.Counts
	similarity *compare.Matrix
	selection  []string

	kind         charts.Kind
	per1000      bool
	transpose    bool
	useSelection bool
	hidden       map[string]bool // actor names left out of the chart
	hiddenSet    bool            // the user (or a restored project) chose them

	chart    *charts.Chart // the chart on screen
	rows     [][]string    // its table
	rendered fyne.Size     // the size the chart was rendered for
	// debounce is how long a resize waits for the next one before the
	// chart is rendered again.
	debounce time.Duration

	kindSelect  *widget.Select
	normRadio   *widget.RadioGroup
	orientCheck *widget.Check
	selCheck    *widget.Check
	actorBox    *fyne.Container
	image       *chartImage
	table       *widget.Table
	status      *widget.Label
	content     fyne.CanvasObject
}

// The Actors tab is everything the app asks of a tab.
var (
	_ Tab           = (*ActorsTab)(nil)
	_ ActorsUser    = (*ActorsTab)(nil)
	_ SelectionUser = (*ActorsTab)(nil)
	_ StateKeeper   = (*ActorsTab)(nil)
	_ Exporter      = (*ActorsTab)(nil)
)

// NewActorsTab returns the Actors tab; long work goes through run and
// clicks on the chart open documents through nav.
func NewActorsTab(run Runner, nav Navigator) *ActorsTab {
	t := &ActorsTab{run: run, nav: nav, kind: charts.Mentions, per1000: true, hidden: map[string]bool{}, debounce: 150 * time.Millisecond}
	t.buildUI()
	return t
}

// Content implements Tab.
func (t *ActorsTab) Content() fyne.CanvasObject { return t.content }

// SetCorpus implements Tab; nil clears the chart while a corpus loads.
func (t *ActorsTab) SetCorpus(c *corpus.Corpus) {
	t.corpus, t.similarity = c, nil
	if c == nil {
		t.counts = nil
	}
	t.render(0)
}

// SetActors implements ActorsUser: the registry and its counts (nil while
// counting).
func (t *ActorsTab) SetActors(r *actors.Registry, counts *actors.Counts) {
	if counts != nil && !t.hiddenSet {
		// Until the user picks, show the most mentioned actors: a chart of
		// forty actors is unreadable and its colours repeat.
		t.hidden = map[string]bool{}
		top := map[int]bool{}
		for _, i := range charts.TopActors(counts, charts.DefaultMaxActors) {
			top[i] = true
		}
		for i, a := range r.Actors {
			if !top[i] {
				t.hidden[a.Name] = true
			}
		}
	}
	t.registry, t.counts = r, counts
	t.rebuildActorList()
	t.render(0)
}

// SetSelection implements SelectionUser: with "Only selected documents"
// ticked and at least one selected, the chart shows just those.
func (t *ActorsTab) SetSelection(ids []string) {
	t.selection = append([]string(nil), ids...)
	t.selCheck.SetText(selectionText(len(ids)))
	if t.useSelection {
		t.render(0)
	}
}

// SetSimilarity hands the tab the compare analysis's corpus-wide
// similarity for the Similarity chart (nil: the tab computes a simple
// stand-in for the documents shown).
func (t *ActorsTab) SetSimilarity(m *compare.Matrix) {
	t.similarity = m
	if t.kind == charts.Similarity {
		t.render(0)
	}
}

func selectionText(n int) string {
	switch n {
	case 0:
		return "Only selected documents (none selected)"
	case 1:
		return "Only the selected document"
	}
	return "Only the " + strconv.Itoa(n) + " selected documents"
}

func (t *ActorsTab) buildUI() {
	var opts []string
	for _, k := range charts.Kinds {
		opts = append(opts, kindNames[k])
	}
	t.kindSelect = widget.NewSelect(opts, t.onKind)
	t.kindSelect.SetSelected(kindNames[t.kind])
	t.normRadio = widget.NewRadioGroup([]string{normRaw, normPer1000}, t.onNorm)
	t.normRadio.SetSelected(normPer1000)
	t.normRadio.Required = true
	t.orientCheck = widget.NewCheck("Documents down the side", t.onOrient)
	t.selCheck = widget.NewCheck(selectionText(0), t.onUseSelection)
	t.actorBox = container.NewVBox()
	exportChart := widget.NewButton("Export chart…", func() { t.showExportDialog(false) })
	exportData := widget.NewButton("Export data…", func() { t.showExportDialog(true) })
	controls := container.NewVBox(
		widget.NewLabelWithStyle("Chart", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), t.kindSelect,
		widget.NewLabelWithStyle("Normalisation", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), t.normRadio,
		t.orientCheck, t.selCheck,
		widget.NewLabelWithStyle("Actors", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
	)
	side := container.NewBorder(controls, container.NewVBox(exportChart, exportData), nil, nil, container.NewVScroll(t.actorBox))
	t.image = newChartImage(t.onResized, t.onTapped, t.onHover)
	t.table = widget.NewTable(t.tableSize, func() fyne.CanvasObject { return widget.NewLabel("wide enough cell") }, t.tableCell)
	t.status = widget.NewLabel("Load a corpus and an actor list to see the chart.")
	t.status.Truncation = fyne.TextTruncateEllipsis
	split := container.NewVSplit(t.image, t.table)
	split.Offset = 0.72
	t.content = container.NewBorder(nil, t.status, container.NewPadded(side), nil, split)
}

// rebuildActorList shows one check per actor with its colour chip.
func (t *ActorsTab) rebuildActorList() {
	t.actorBox.RemoveAll()
	if t.registry == nil {
		return
	}
	for i, a := range t.registry.Actors {
		name := a.Name
		chip := canvas.NewRectangle(t.registry.Color(i))
		chip.SetMinSize(fyne.NewSize(14, 14))
		chip.CornerRadius = 3
		check := widget.NewCheck(name, func(on bool) { t.onActor(name, on) })
		check.SetChecked(!t.hidden[name])
		t.actorBox.Add(container.NewBorder(nil, nil, container.NewCenter(chip), nil, check))
	}
	t.actorBox.Refresh()
}

func (t *ActorsTab) onKind(s string) {
	for k, name := range kindNames {
		if name == s && k != t.kind {
			t.kind = k
			t.render(0)
		}
	}
}

func (t *ActorsTab) onNorm(s string) {
	if on := s == normPer1000; on != t.per1000 {
		t.per1000 = on
		t.render(0)
	}
}

func (t *ActorsTab) onOrient(on bool) {
	if on != t.transpose {
		t.transpose = on
		t.render(0)
	}
}

func (t *ActorsTab) onUseSelection(on bool) {
	if on != t.useSelection {
		t.useSelection = on
		t.render(0)
	}
}

func (t *ActorsTab) onActor(name string, on bool) {
	if on == !t.hidden[name] {
		return
	}
	t.hiddenSet = true
	if on {
		delete(t.hidden, name)
	} else {
		t.hidden[name] = true
	}
	t.render(0)
}

// hiddenList is the hidden actors' names, sorted, one per line.
func (t *ActorsTab) hiddenList() string {
	var names []string
	for n := range t.hidden {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, "\n")
}
