package views

import (
	"context"
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/search"
)

// searchDebounce is how long the Search tab waits after the last keystroke
// before searching.
const searchDebounce = 200 * time.Millisecond

// searchLimit is the number of hits the Search tab shows.
const searchLimit = 100

// HitColor is the colour the reader paints behind search hits.
var HitColor color.Color = color.NRGBA{R: 0xff, G: 0xd5, B: 0x00, A: 0xa0}

// SearchTab is the Search tab: a query field that searches as you type,
// facet chips by source, and the hits with their fragments; a click opens
// the document in the reader with every hit marked. Create it with
// [NewSearchTab]; use it on the UI goroutine.
type SearchTab struct {
	// OnIndexState, when set, is told (on the UI goroutine) how indexing
	// goes: when the index opens and when it is ready, stopped or failed.
	OnIndexState func(search.State)
	// IndexDir is the folder of the index; "" uses search.DefaultDir.
	IndexDir string

	run Runner
	nav Navigator

	corpus    *corpus.Corpus
	index     *search.Index
	gen       int // bumped on every SetCorpus, so stale results are dropped
	selection []string
	source    string // the source chip that filters, or ""
	month     string // the month chip ("2006-01") that filters, or ""
	saved     []string
	seq       int // bumped on every search request
	timer     *time.Timer
	// after schedules f after d on the UI goroutine; tests replace it.
	after func(d time.Duration, f func())

	query        *ShortcutEntry
	errLabel     *widget.Label
	status       *widget.Label
	sortBy       *widget.Select
	onlySelected *widget.Check
	savedSelect  *widget.Select
	saveButton   *widget.Button
	chips        *fyne.Container
	monthChips   *fyne.Container
	hits         *fyne.Container
	scroll       *container.Scroll
	top          *fyne.Container
	content      fyne.CanvasObject
}

// NewSearchTab returns the Search tab; it searches once a corpus is set.
func NewSearchTab(run Runner, nav Navigator) *SearchTab {
	t := &SearchTab{run: run, nav: nav}
	t.after = func(d time.Duration, f func()) {
		if t.timer != nil {
			t.timer.Stop()
		}
		t.timer = time.AfterFunc(d, func() { fyne.Do(f) })
	}
	t.buildUI()
	return t
}

func (t *SearchTab) buildUI() {
	t.query = NewShortcutEntry()
	t.query.SetPlaceHolder(`Search…  e.g. Qatar, "Cartel de los Soles", Maduro -Trump, exile~1, source:Reuters`)
	t.query.OnChanged = func(string) { t.after(searchDebounce, t.search) }
	t.query.OnSubmitted = func(string) { t.search() }
	t.errLabel = widget.NewLabel("")
	t.errLabel.Importance = widget.DangerImportance
	t.errLabel.Wrapping = fyne.TextWrapWord
	t.errLabel.Hide()
	t.status = widget.NewLabel("No corpus loaded")
	t.sortBy = widget.NewSelect([]string{sortLabelScore, sortLabelDate}, func(string) { t.search() })
	t.sortBy.SetSelected(sortLabelScore)
	t.onlySelected = widget.NewCheck("Only selected documents", func(bool) { t.search() })
	t.savedSelect = widget.NewSelect(nil, t.onSavedSelected)
	t.savedSelect.PlaceHolder = "Saved searches"
	t.saveButton = widget.NewButtonWithIcon("Save search", theme.ContentAddIcon(), t.onSave)
	t.chips = container.NewHBox()
	t.monthChips = container.NewHBox()
	t.hits = container.NewVBox()
	t.scroll = container.NewVScroll(t.hits)

	fieldRow := container.NewBorder(nil, nil, nil,
		container.NewHBox(t.sortBy, t.saveButton, t.savedSelect), t.query)
	optionsRow := container.NewBorder(nil, nil, t.onlySelected, nil,
		container.NewVBox(container.NewHScroll(t.chips), container.NewHScroll(t.monthChips)))
	t.top = container.NewVBox(fieldRow, t.errLabel, optionsRow, t.status, widget.NewSeparator())
	t.content = container.NewBorder(t.top, nil, nil, nil, t.scroll)
}

// Sort choices as shown.
const (
	sortLabelScore = "Best match"
	sortLabelDate  = "Newest first"
)

// Content returns the tab's content.
func (t *SearchTab) Content() fyne.CanvasObject { return t.content }

// FocusQuery puts the keyboard focus in the query field (Ctrl+F).
func (t *SearchTab) FocusQuery(c fyne.Canvas) {
	if c != nil {
		c.Focus(t.query)
	}
}

// SetCorpus opens (or updates) the index of a newly loaded corpus through
// the Runner, with progress; nil clears the tab while a corpus loads.
func (t *SearchTab) SetCorpus(c *corpus.Corpus) {
	t.gen++
	gen := t.gen
	t.closeIndex()
	t.corpus, t.source, t.month = c, "", ""
	t.showHits(nil)
	t.chips.RemoveAll()
	t.monthChips.RemoveAll()
	if c == nil {
		t.status.SetText("Loading corpus…")
		// A job with the same name cancels an indexing job still running.
		t.run.Run("search-index", func(context.Context, Progress) (any, error) { return nil, nil }, func(any, error) {})
		return
	}
	t.status.SetText(fmt.Sprintf("Opening the search index of %d documents…", len(c.Docs)))
	dir := t.IndexDir
	Go(t.run, "search-index", func(ctx context.Context, p Progress) (*search.Index, error) {
		ix, err := search.Open(ctx, c, dir, search.Progress(p))
		if err != nil {
			return nil, err
		}
		fyne.Do(func() { t.setIndex(gen, ix) })
		ix.Wait(ctx)
		if ctx.Err() != nil {
			// Superseded (another corpus, or none): this job's done is not
			// called, so the index is closed here. Close is idempotent, so
			// it does not matter whether the tab closed it already.
			ix.Close()
			return nil, ctx.Err()
		}
		return ix, nil
	}, func(ix *search.Index, err error) { t.onIndexed(gen, ix, err) })
}

// setIndex makes a freshly opened index searchable while it is built.
func (t *SearchTab) setIndex(gen int, ix *search.Index) {
	if gen != t.gen {
		return // the corpus changed meanwhile; the job closes it
	}
	t.index = ix
	t.reportState(ix.State())
	t.search()
}

func (t *SearchTab) onIndexed(gen int, ix *search.Index, err error) {
	if gen != t.gen {
		if ix != nil && ix != t.index {
			t.run.Run("search-close", func(context.Context, Progress) (any, error) { return nil, ix.Close() }, func(any, error) {})
		}
		return
	}
	if err != nil {
		t.status.SetText("The search index could not be opened: " + err.Error())
		return
	}
	t.reportState(ix.State())
	t.search()
}

func (t *SearchTab) reportState(st search.State) {
	if t.OnIndexState != nil {
		t.OnIndexState(st)
	}
	if st.Phase != search.Ready && t.query.Text == "" {
		t.status.SetText(st.String())
	}
}

// closeIndex closes the current index through the Runner (closing waits
// for the batch being written).
func (t *SearchTab) closeIndex() {
	if ix := t.index; ix != nil {
		t.index = nil
		t.run.Run("search-close", func(context.Context, Progress) (any, error) { return nil, ix.Close() }, func(any, error) {})
	}
}

// Close closes the index; the app calls it on quit. It waits for the
// batch being written, at most a moment.
func (t *SearchTab) Close() {
	t.gen++
	if t.timer != nil {
		t.timer.Stop()
	}
	if ix := t.index; ix != nil {
		t.index = nil
		ix.Close()
	}
}
