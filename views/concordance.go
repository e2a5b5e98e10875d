package views

import (
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// concordanceDebounce is how long the Concordance tab waits after the last
// keystroke before looking a free word up.
const concordanceDebounce = 250 * time.Millisecond

// Sort orders as the sort selector shows them.
const (
	sortConcDoc   = "Document"
	sortConcLeft  = "Left context"
	sortConcRight = "Right context"
)

// concordanceWidths are the context widths offered, in characters.
var concordanceWidths = []string{"20", "30", "40", "60", "80", "120"}

// ConcordanceTab is the Concordance tab (keyword in context): a query field
// completing actor names and aliases, the context width, the sort order, an
// "only selected documents" toggle, and the lines in a virtualised table
// with the match centred and bold; a click opens the document at that line
// with every mention marked. Create it with [NewConcordanceTab]; use it on
// the UI goroutine.
type ConcordanceTab struct {
	run Runner
	nav Navigator

	corpus       *corpus.Corpus
	registry     *actors.Registry
	counts       *actors.Counts
	selection    map[string]bool
	onlySelected bool
	width        int
	sortBy       string
	names        []string // actor names and aliases, for completion
	fitWidth     float32  // the table's width, which the columns fill
	docChars     int      // characters of a title the document column shows

	result concordanceResult // the last lines computed
	shown  []actors.Line     // result.lines restricted to the selection
	gen    int               // bumped by every request, to drop stale results
	timer  *time.Timer
	// after schedules f after d on the UI goroutine; tests replace it.
	after func(d time.Duration, f func())

	query     *ShortcutSelectEntry
	widthSel  *widget.Select
	sortSel   *widget.Select
	onlySel   *widget.Check
	status    *widget.Label
	errLabel  *widget.Label
	exportBtn *widget.Button
	hints     *fyne.Container // actor names completing what is typed
	hintRow   *container.Scroll
	chip      *canvas.Rectangle // the actor's colour beside the count
	table     *widget.Table
	content   fyne.CanvasObject
}

// concordanceResult is the outcome of one concordance job.
type concordanceResult struct {
	query string
	actor int // the actor's index in counts, or -1 for a free word
	lines []actors.Line
	total int // matches found; more than len(lines) when capped
}

// NewConcordanceTab returns the Concordance tab; long work goes through run
// and a click on a line opens the document through nav.
func NewConcordanceTab(run Runner, nav Navigator) *ConcordanceTab {
	t := &ConcordanceTab{run: run, nav: nav, width: 40, sortBy: sortConcDoc, result: concordanceResult{actor: -1}}
	t.after = func(d time.Duration, f func()) {
		if t.timer != nil {
			t.timer.Stop()
		}
		t.timer = time.AfterFunc(d, func() { fyne.Do(f) })
	}
	t.buildUI()
	return t
}

func (t *ConcordanceTab) buildUI() {
	t.query = NewShortcutSelectEntry(nil)
	t.query.SetPlaceHolder("Actor or any word…")
	t.query.OnChanged = t.onQueryChanged
	t.query.OnSubmitted = func(string) { t.refresh() }
	t.widthSel = widget.NewSelect(concordanceWidths, t.onWidthChanged)
	t.widthSel.SetSelected(strconv.Itoa(t.width))
	t.sortSel = widget.NewSelect([]string{sortConcDoc, sortConcLeft, sortConcRight}, t.onSortChanged)
	t.sortSel.SetSelected(t.sortBy)
	t.onlySel = widget.NewCheck("Only selected documents", t.onOnlySelected)
	t.exportBtn = widget.NewButtonWithIcon("Export CSV…", theme.DocumentSaveIcon(), t.showExportDialog)
	t.exportBtn.Disable()
	t.status = widget.NewLabel("No corpus loaded")
	t.chip = canvas.NewRectangle(color.Transparent)
	t.chip.SetMinSize(fyne.NewSquareSize(14))
	t.chip.CornerRadius = 3
	t.chip.Hide()
	t.errLabel = widget.NewLabel("")
	t.errLabel.Importance = widget.DangerImportance
	t.errLabel.Wrapping = fyne.TextWrapWord
	t.errLabel.Hide()
	t.hints = container.NewHBox()
	t.hintRow = container.NewHScroll(t.hints)
	t.hintRow.Hide()
	t.table = t.newTable()

	wrap := func(o fyne.CanvasObject, w float32) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
	}
	controls := container.NewHBox(widget.NewLabel("Context"), wrap(t.widthSel, 90), widget.NewLabel("Sort by"), wrap(t.sortSel, 170))
	fieldRow := container.NewBorder(nil, nil, nil, controls, t.query)
	statusRow := container.NewBorder(nil, nil, container.NewCenter(t.chip), container.NewHBox(t.onlySel, t.exportBtn), t.status)
	top := container.NewVBox(fieldRow, t.hintRow, t.errLabel, statusRow, widget.NewSeparator())
	t.content = container.NewBorder(top, nil, nil, nil, container.New(concFit{t}, t.table))
}

// Content implements Tab.
func (t *ConcordanceTab) Content() fyne.CanvasObject { return t.content }

// FocusQuery puts the keyboard focus in the query field.
func (t *ConcordanceTab) FocusQuery(c fyne.Canvas) {
	if c != nil {
		c.Focus(t.query)
	}
}

// SetQuery types q in the query field and looks it up at once (other tabs
// use it to show an actor's concordance).
func (t *ConcordanceTab) SetQuery(q string) {
	t.query.SetText(q)
	t.hintRow.Hide()
	t.refresh()
}

// Lines returns the KWIC lines shown, in display order.
func (t *ConcordanceTab) Lines() []actors.Line { return t.shown }

// SetCorpus implements Tab: nil clears the tab while a corpus loads.
func (t *ConcordanceTab) SetCorpus(c *corpus.Corpus) {
	t.corpus = c
	t.counts = nil
	t.setResult(concordanceResult{actor: -1})
	if c == nil {
		t.gen++
		t.status.SetText("Loading corpus…")
		return
	}
	t.refresh()
}

// SetActors implements ActorsUser: the names complete in the query field
// and an actor's concordance is redrawn from the new counts.
func (t *ConcordanceTab) SetActors(r *actors.Registry, counts *actors.Counts) {
	t.registry, t.counts = r, counts
	t.names = actorNames(r)
	t.query.SetOptions(completions(t.names, t.query.Text, 40))
	if t.corpus != nil && strings.TrimSpace(t.query.Text) != "" {
		t.refresh()
	}
}

// SetSelection implements SelectionUser.
func (t *ConcordanceTab) SetSelection(ids []string) {
	t.selection = make(map[string]bool, len(ids))
	for _, id := range ids {
		t.selection[id] = true
	}
	if t.onlySelected {
		t.filter()
	}
}

func (t *ConcordanceTab) onQueryChanged(s string) {
	t.query.SetOptions(completions(t.names, s, 40))
	t.showHints(s)
	if t.actorIndex(s) >= 0 {
		t.refresh() // an actor's lines come from the counts: no need to wait
		return
	}
	t.after(concordanceDebounce, t.refresh)
}

// showHints offers, under the query field, the actor names and aliases
// that complete what is typed (unless it already names an actor).
func (t *ConcordanceTab) showHints(s string) {
	t.hints.RemoveAll()
	if strings.TrimSpace(s) == "" || t.actorIndex(s) >= 0 {
		t.hintRow.Hide()
		return
	}
	names := completions(t.names, s, 8)
	if len(names) == 0 {
		t.hintRow.Hide()
		return
	}
	l := widget.NewLabel("Actors:")
	l.Importance = widget.LowImportance
	t.hints.Add(l)
	for _, n := range names {
		b := widget.NewButton(n, func() { t.SetQuery(n) })
		b.Importance = widget.LowImportance
		t.hints.Add(b)
	}
	t.hintRow.Show()
}

func (t *ConcordanceTab) onWidthChanged(s string) {
	if w, err := strconv.Atoi(s); err == nil && w > 0 && w != t.width {
		t.width = w
		t.resizeColumns()
		t.refresh()
	}
}

func (t *ConcordanceTab) onSortChanged(s string) {
	if s != t.sortBy {
		t.sortBy = s
		t.table.Refresh() // the sorted column's header
		t.refresh()
	}
}

func (t *ConcordanceTab) onOnlySelected(on bool) {
	t.onlySelected = on
	t.filter()
}

// actorIndex returns the index in the counts of the actor named q, or -1.
func (t *ConcordanceTab) actorIndex(q string) int {
	if t.counts == nil || t.counts.Registry == nil {
		if t.registry != nil {
			return t.registry.Find(q)
		}
		return -1
	}
	return t.counts.Registry.Find(q)
}
