package views

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/views/textview"
)

// Reader is the Read tab: a document's title and metadata over its text,
// with boilerplate greyed out and marks (actor mentions, or what another tab
// asked to show) painted over the text, stepped through with the
// previous/next buttons (F3 / Shift+F3 in the app).
type Reader struct {
	c        *corpus.Corpus
	doc      *corpus.Document
	registry *actors.Registry
	counts   *actors.Counts
	// explicit is true while the marks came from OpenDocument rather than
	// from the actor counts.
	explicit bool

	title    *widget.Label
	meta     *widget.Label
	notes    *widget.Label
	markInfo *widget.Label
	prev     *widget.Button
	next     *widget.Button
	text     *textview.TextView
	empty    *widget.Label
	find     *findBar
	content  *fyne.Container
}

// NewReader returns an empty reader.
func NewReader() *Reader {
	r := &Reader{}
	r.buildUI()
	return r
}

func (r *Reader) buildUI() {
	r.title = widget.NewLabel("")
	r.title.TextStyle.Bold = true
	r.title.SizeName = theme.SizeNameSubHeadingText
	r.title.Wrapping = fyne.TextWrapWord
	r.meta = widget.NewLabel("")
	r.meta.Wrapping = fyne.TextWrapWord
	r.notes = widget.NewLabel("")
	r.notes.Wrapping = fyne.TextWrapWord
	r.notes.Importance = widget.WarningImportance
	r.notes.Hide()
	r.markInfo = widget.NewLabel("")
	r.prev = widget.NewButtonWithIcon("", theme.MoveUpIcon(), r.onPrev)
	r.next = widget.NewButtonWithIcon("", theme.MoveDownIcon(), r.onNext)
	r.text = textview.New()
	r.text.OnTapped = r.onTextTapped
	r.empty = widget.NewLabel("Select a document in the list to read it.")
	r.empty.Alignment = fyne.TextAlignCenter
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(r.prev, r.next), r.markInfo)
	r.find = newFindBar(r)
	header := container.NewVBox(r.title, r.meta, r.notes, bar, r.find.box, widget.NewSeparator())
	page := container.NewBorder(header, nil, nil, nil, r.text)
	r.content = container.NewStack(page, container.NewCenter(r.empty))
	r.showEmpty(true)
}

func (r *Reader) showEmpty(empty bool) {
	if empty {
		r.content.Objects[0].Hide()
		r.empty.Show()
	} else {
		r.content.Objects[0].Show()
		r.empty.Hide()
	}
}

// Content implements Tab.
func (r *Reader) Content() fyne.CanvasObject { return r.content }

// SetCorpus implements Tab: a new corpus empties the reader.
func (r *Reader) SetCorpus(c *corpus.Corpus) {
	r.c, r.doc, r.explicit = c, nil, false
	r.counts = nil
	r.text.SetText("")
	r.showEmpty(true)
}

// SetActors implements ActorsUser: without marks from another tab, the
// reader paints the actors' mentions in their colours.
func (r *Reader) SetActors(reg *actors.Registry, counts *actors.Counts) {
	r.registry, r.counts = reg, counts
	if r.doc != nil && !r.explicit {
		r.text.SetMarks(r.actorMarks(r.doc))
		r.updateMarkInfo()
	}
}

// Document returns the document shown, or nil.
func (r *Reader) Document() *corpus.Document { return r.doc }

// TextView returns the text widget (for tests and key handling).
func (r *Reader) TextView() *textview.TextView { return r.text }

// Show displays d with marks (nil: the actors' mentions) and scrolls to the
// byte offset focus (-1: the top).
func (r *Reader) Show(d *corpus.Document, marks []Mark, focus int) {
	r.doc = d
	if d == nil {
		r.showEmpty(true)
		return
	}
	r.showEmpty(false)
	r.title.SetText(d.Title)
	r.meta.SetText(metaLine(d))
	r.notes.SetText(notesLine(d))
	r.notes.Hidden = r.notes.Text == ""
	r.notes.Refresh()
	r.text.SetText(d.Text)
	r.text.SetDimmed(d.Boilerplate)
	r.find.entry.Text = ""
	r.find.entry.Refresh()
	r.find.box.Hide()
	r.explicit = marks != nil
	if marks == nil {
		marks = r.actorMarks(d)
	}
	r.text.SetMarks(marks)
	if focus >= 0 {
		r.text.ScrollTo(focus)
		for i, m := range r.text.Marks() {
			if m.Span.Contains(focus) {
				r.text.FocusMark(i)
				break
			}
		}
	}
	r.updateMarkInfo()
}

func metaLine(d *corpus.Document) string {
	var parts []string
	add := func(label, v string) {
		if v != "" {
			parts = append(parts, label+v)
		}
	}
	add("", d.Source)
	add("", d.DateString())
	add("", plural(d.Words, "word"))
	add("", strings.ToUpper(d.Format))
	add("", d.Encoding)
	add("", d.URL)
	add("ID ", d.ID)
	return strings.Join(parts, "  ·  ")
}

func notesLine(d *corpus.Document) string {
	var notes []string
	if d.DuplicateOf != "" {
		kind := "A copy"
		if d.NearDuplicate {
			kind = "A near copy"
		}
		notes = append(notes, kind+" of "+d.DuplicateOf+".")
	}
	if len(d.Boilerplate) > 0 {
		notes = append(notes, "Greyed text is boilerplate (such as related-article teasers): shown, but left out of counts and search.")
	}
	return strings.Join(notes, " ")
}

func (r *Reader) actorMarks(d *corpus.Document) []Mark {
	if r.counts == nil || r.registry == nil || r.c == nil {
		return []Mark{}
	}
	i := r.c.Index(d.ID)
	if i < 0 || i >= len(r.counts.Docs) || r.counts.Docs[i].DocID != d.ID {
		return []Mark{}
	}
	marks := []Mark{}
	dc := &r.counts.Docs[i]
	for _, a := range dc.Actors() {
		if a >= len(r.registry.Actors) {
			break
		}
		for _, m := range dc.Of(a) {
			marks = append(marks, Mark{Span: corpus.Span{Start: m.Start, End: m.End}, Color: r.registry.Color(a), Label: r.registry.Actors[a].Name})
		}
	}
	return marks
}

// NextMark focuses the next mark (F3).
func (r *Reader) NextMark() { r.onNext() }

// PrevMark focuses the previous mark (Shift+F3).
func (r *Reader) PrevMark() { r.onPrev() }

func (r *Reader) onNext() {
	r.text.NextMark()
	r.updateMarkInfo()
}

func (r *Reader) onPrev() {
	r.text.PrevMark()
	r.updateMarkInfo()
}

func (r *Reader) onTextTapped(off int) {
	ms := r.text.MarksAt(off)
	if len(ms) == 0 {
		return
	}
	for i, m := range r.text.Marks() {
		if m.Span == ms[0].Span {
			r.text.FocusMark(i)
			break
		}
	}
	r.updateMarkInfo()
}

func (r *Reader) updateMarkInfo() {
	marks := r.text.Marks()
	n := len(marks)
	if n == 0 {
		r.markInfo.SetText("No marks in this document")
		r.prev.Disable()
		r.next.Disable()
		return
	}
	r.prev.Enable()
	r.next.Enable()
	kind := "mentions"
	if r.explicit {
		kind = "marks"
	}
	cur := r.text.CurrentMark()
	if cur < 0 {
		r.markInfo.SetText(strconv.Itoa(n) + " " + kind + " · F3 steps through them")
		return
	}
	label := marks[cur].Label
	if label != "" {
		label = " · " + label
	}
	r.markInfo.SetText(strconv.Itoa(cur+1) + " of " + strconv.Itoa(n) + " " + kind + label)
}
