package views

import (
	"image/color"
	"regexp"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// maxFindMarks caps the marks a find paints (a one-letter query in a long
// text would otherwise make hundreds of thousands).
const maxFindMarks = 5000

// findColor is the colour of find matches.
var findColor = color.NRGBA{R: 0xff, G: 0xd5, B: 0x4f, A: 0xff}

// findBar is the reader's "find in this document" bar (Ctrl+F on the Read
// tab): it marks every case-insensitive match; F3 steps through them.
type findBar struct {
	r      *Reader
	entry  *ShortcutEntry
	count  *widget.Label
	box    *fyne.Container
	active bool
}

func newFindBar(r *Reader) *findBar {
	f := &findBar{r: r, entry: NewShortcutEntry(), count: widget.NewLabel("")}
	f.entry.SetPlaceHolder("Find in this document")
	f.entry.OnChanged = f.onChanged
	f.entry.OnSubmitted = func(string) { r.NextMark() }
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), f.close)
	closeBtn.Importance = widget.LowImportance
	f.box = container.NewBorder(nil, nil, widget.NewIcon(theme.SearchIcon()), container.NewHBox(f.count, closeBtn), f.entry)
	f.box.Hide()
	return f
}

// ShowFind opens the find bar and focuses it.
func (r *Reader) ShowFind() {
	if r.doc == nil {
		return
	}
	r.find.box.Show()
	// The entry was hidden, so the driver may not know its canvas yet: ask
	// for the reader's.
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.text); c != nil {
		c.Focus(r.find.entry)
	}
	r.find.onChanged(r.find.entry.Text)
}

// Find marks every match of query in the document (case-insensitive) and
// focuses the first; it returns the number of matches.
func (r *Reader) Find(query string) int {
	r.find.box.Show()
	r.find.entry.SetText(query) // calls onChanged
	return len(r.text.Marks())
}

func (f *findBar) onChanged(q string) {
	r := f.r
	if r.doc == nil {
		return
	}
	if q == "" {
		f.active = false
		f.count.SetText("")
		r.text.SetMarks(r.actorMarks(r.doc))
		r.explicit = false
		r.updateMarkInfo()
		return
	}
	re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(q))
	locs := re.FindAllStringIndex(r.doc.Text, maxFindMarks)
	marks := make([]Mark, len(locs))
	for i, l := range locs {
		marks[i] = Mark{Span: corpus.Span{Start: l[0], End: l[1]}, Color: findColor, Label: "“" + q + "”"}
	}
	f.active = true
	r.explicit = true
	r.text.SetMarks(marks)
	switch len(locs) {
	case 0:
		f.count.SetText("no matches")
	case maxFindMarks:
		f.count.SetText("first " + strconv.Itoa(maxFindMarks))
	default:
		f.count.SetText(strconv.Itoa(len(locs)) + " found")
	}
	if len(locs) > 0 {
		r.text.FocusMark(0)
	}
	r.updateMarkInfo()
}

func (f *findBar) close() {
	f.entry.SetText("")
	f.box.Hide()
}
