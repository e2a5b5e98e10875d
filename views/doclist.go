package views

import (
	"hash/fnv"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// DocList is the document list: a filter box over a fast list (widget.List,
// so tens of thousands of rows stay smooth). Each row shows the title, the
// source with a colour chip, the date, the word count and a duplicate
// marker. Clicking a row opens it (OnOpened); the check boxes build a
// multi-document selection (OnSelectionChanged) for comparing and for
// restricting charts and search.
type DocList struct {
	// OnOpened is called with the document the user clicked or moved to.
	OnOpened func(d *corpus.Document)
	// OnSelectionChanged is called with the checked documents' IDs in the
	// order they were checked; with nothing checked, the opened document.
	OnSelectionChanged func(ids []string)

	c       *corpus.Corpus
	keys    []string // folded search text per document
	shown   []int    // indices into c.Docs that pass the filter
	checked []string
	current string
	anchor  string // the row a Shift-click checks from
	rows    map[fyne.CanvasObject]*docRow

	filter  *ShortcutEntry
	count   *widget.Label
	list    *widget.List
	content fyne.CanvasObject
}

// NewDocList returns an empty document list.
func NewDocList() *DocList {
	l := &DocList{rows: map[fyne.CanvasObject]*docRow{}}
	l.buildUI()
	return l
}

func (l *DocList) buildUI() {
	l.filter = NewShortcutEntry()
	l.filter.SetPlaceHolder("Filter by title, source, date…")
	l.filter.OnChanged = l.onFilterChanged
	l.count = widget.NewLabel("No corpus")
	l.count.SizeName = theme.SizeNameCaptionText
	l.list = widget.NewList(func() int { return len(l.shown) }, l.newRow, l.updateRow)
	l.list.OnSelected = l.onSelected
	top := container.NewVBox(l.filter, l.count)
	l.content = container.NewBorder(top, nil, nil, nil, l.list)
}

// Content returns the list's widget tree.
func (l *DocList) Content() fyne.CanvasObject { return l.content }

// Filter returns the filter entry (Edit ▸ Find focuses it).
func (l *DocList) Filter() fyne.Focusable { return l.filter }

// SetCorpus shows a corpus's documents (nil: none) and clears the filter and
// the selection.
func (l *DocList) SetCorpus(c *corpus.Corpus) {
	l.c = c
	l.checked, l.current = nil, ""
	l.keys, l.shown = nil, nil
	if c != nil {
		l.keys = make([]string, len(c.Docs))
		for i, d := range c.Docs {
			l.keys[i] = corpus.Key(d.Title + "\x00" + d.Source + "\x00" + d.DateString() + "\x00" + d.ID)
		}
	}
	l.list.UnselectAll()
	l.filter.SetText("")
	l.applyFilter("")
}

// Refresh redraws the rows (after a metadata edit).
func (l *DocList) Refresh() {
	if l.c != nil {
		for i, d := range l.c.Docs {
			l.keys[i] = corpus.Key(d.Title + "\x00" + d.Source + "\x00" + d.DateString() + "\x00" + d.ID)
		}
	}
	l.list.Refresh()
}

func (l *DocList) onFilterChanged(s string) { l.applyFilter(s) }

func (l *DocList) applyFilter(s string) {
	l.shown = l.shown[:0]
	if l.c != nil {
		words := strings.Fields(corpus.Key(s))
	docs:
		for i := range l.c.Docs {
			for _, w := range words {
				if !strings.Contains(l.keys[i], w) {
					continue docs
				}
			}
			l.shown = append(l.shown, i)
		}
	}
	l.list.UnselectAll()
	if l.current != "" {
		for row, i := range l.shown {
			if l.c.Docs[i].ID == l.current {
				l.list.Select(row)
				l.list.ScrollTo(row)
				break
			}
		}
	}
	l.updateCount()
	l.list.Refresh()
}

func (l *DocList) updateCount() {
	switch {
	case l.c == nil:
		l.count.SetText("No corpus")
	case len(l.shown) == len(l.c.Docs):
		l.count.SetText(plural(len(l.c.Docs), "document") + checkedNote(len(l.checked)))
	default:
		l.count.SetText(strconv.Itoa(len(l.shown)) + " of " + plural(len(l.c.Docs), "document") + checkedNote(len(l.checked)))
	}
}

func checkedNote(n int) string {
	if n == 0 {
		return ""
	}
	return " · " + strconv.Itoa(n) + " checked"
}

func plural(n int, word string) string {
	s := formatInt(n) + " " + word
	if n != 1 {
		s += "s"
	}
	return s
}

// formatInt writes n with thousands separators (21,577).
func formatInt(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + formatInt(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// SourceColor is the colour chip of a source (stable for a name).
func SourceColor(source string) color.Color {
	if source == "" {
		return color.NRGBA{0x99, 0x99, 0x99, 0xff}
	}
	h := fnv.New32a()
	h.Write([]byte(source))
	return actors.Palette[int(h.Sum32())%len(actors.Palette)]
}

// Select opens the document with the given ID, as if clicked (no-op when it
// is filtered out or unknown).
func (l *DocList) Select(id string) {
	for row, i := range l.shown {
		if l.c.Docs[i].ID == id {
			l.list.Select(row)
			l.list.ScrollTo(row)
			return
		}
	}
}

// Selection returns the checked documents' IDs, or the opened document's
// when none is checked.
func (l *DocList) Selection() []string {
	if len(l.checked) > 0 {
		return append([]string(nil), l.checked...)
	}
	if l.current != "" {
		return []string{l.current}
	}
	return nil
}

// SetChecked checks exactly the given documents.
func (l *DocList) SetChecked(ids []string) {
	l.checked = append([]string(nil), ids...)
	l.list.Refresh()
	l.updateCount()
	l.notifySelection()
}

func (l *DocList) onSelected(row widget.ListItemID) {
	if row < 0 || row >= len(l.shown) {
		return
	}
	d := l.c.Docs[l.shown[row]]
	if d.ID == l.current {
		return
	}
	l.current = d.ID
	if l.OnOpened != nil {
		l.OnOpened(d)
	}
	if len(l.checked) == 0 {
		l.notifySelection()
	}
}

func (l *DocList) toggle(id string, on bool) {
	idx := -1
	for i, c := range l.checked {
		if c == id {
			idx = i
		}
	}
	switch {
	case on && idx < 0:
		l.checked = append(l.checked, id)
	case !on && idx >= 0:
		l.checked = append(l.checked[:idx], l.checked[idx+1:]...)
	default:
		return
	}
	l.updateCount()
	l.notifySelection()
}

func (l *DocList) isChecked(id string) bool {
	for _, c := range l.checked {
		if c == id {
			return true
		}
	}
	return false
}

func (l *DocList) notifySelection() {
	if l.OnSelectionChanged != nil {
		l.OnSelectionChanged(l.Selection())
	}
}

// docRow is one row: check box, colour chip, title over source · date ·
// words, and a duplicate marker.
type docRow struct {
	check  *widget.Check
	chip   *canvas.Rectangle
	title  *widget.Label
	detail *widget.Label
	dup    *widget.Label
	id     string
	row    widget.ListItemID
}

func (l *DocList) newRow() fyne.CanvasObject {
	r := &docRow{}
	r.check = widget.NewCheck("", nil)
	r.chip = canvas.NewRectangle(color.Transparent)
	r.chip.SetMinSize(fyne.NewSize(6, 30))
	r.chip.CornerRadius = 2
	r.title = widget.NewLabel("")
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.title.TextStyle.Bold = true
	r.detail = widget.NewLabel("")
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.detail.SizeName = theme.SizeNameCaptionText
	r.dup = widget.NewLabel("")
	r.dup.Importance = widget.WarningImportance
	r.dup.SizeName = theme.SizeNameCaptionText
	text := container.New(&rowTextLayout{}, r.title, r.detail)
	left := container.NewHBox(r.check, container.NewCenter(r.chip))
	row := newClickRow(container.NewBorder(nil, nil, left, r.dup, text), func(mod fyne.KeyModifier) { l.onRowMouseDown(r.id, mod) }, func() { l.list.Select(r.row) })
	l.rows[row] = r
	return row
}

// rowTextLayout stacks the title and the detail line, overlapping the
// labels' padding so a row stays compact.
type rowTextLayout struct{}

func (rowTextLayout) overlap() float32 { return theme.Padding() * 1.5 }

func (t *rowTextLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height-t.overlap())
}

func (t *rowTextLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	a := objs[0].MinSize()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, a.Height))
	objs[1].Move(fyne.NewPos(0, a.Height-t.overlap()))
	objs[1].Resize(fyne.NewSize(size.Width, objs[1].MinSize().Height))
}

func (l *DocList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := l.rows[o]
	if r == nil || l.c == nil || id >= len(l.shown) {
		return
	}
	d := l.c.Docs[l.shown[id]]
	r.id, r.row = d.ID, id
	r.check.OnChanged = nil
	r.check.SetChecked(l.isChecked(d.ID))
	r.check.OnChanged = func(on bool) { l.toggle(d.ID, on) }
	r.chip.FillColor = SourceColor(d.Source)
	r.chip.Refresh()
	r.title.SetText(d.Title)
	parts := []string{}
	if d.Source != "" {
		parts = append(parts, d.Source)
	}
	if ds := d.DateString(); ds != "" {
		parts = append(parts, ds)
	}
	parts = append(parts, plural(d.Words, "word"))
	r.detail.SetText(strings.Join(parts, " · "))
	switch {
	case d.DuplicateOf != "" && d.NearDuplicate:
		r.dup.SetText("≈ dup")
	case d.DuplicateOf != "":
		r.dup.SetText("= dup")
	default:
		r.dup.SetText("")
	}
}
