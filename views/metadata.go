package views

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// ErrBadDate is returned by the metadata form's date validator.
var ErrBadDate = errors.New("views: not a date (use YYYY-MM-DD)")

// MetadataEdit is what the metadata form returns.
type MetadataEdit struct {
	Title, Source, URL string
	Date               time.Time
}

// MetadataForm is the Edit ▸ Edit Document Metadata… form for one document.
type MetadataForm struct {
	Title, Source, Date, URL *widget.Entry
	dialog                   *dialog.FormDialog
}

// NewMetadataForm builds the form for d; onSave receives the edit when the
// user saves. Call Show to open it.
func NewMetadataForm(d *corpus.Document, parent fyne.Window, onSave func(MetadataEdit)) *MetadataForm {
	f := &MetadataForm{Title: widget.NewEntry(), Source: widget.NewEntry(), Date: widget.NewEntry(), URL: widget.NewEntry()}
	f.Title.SetText(d.Title)
	f.Source.SetText(d.Source)
	f.Date.SetText(d.DateString())
	f.Date.SetPlaceHolder("YYYY-MM-DD")
	f.Date.Validator = validateDate
	f.URL.SetText(d.URL)
	f.URL.SetPlaceHolder("https://…")
	items := []*widget.FormItem{
		widget.NewFormItem("Title", f.Title),
		widget.NewFormItem("Source", f.Source),
		widget.NewFormItem("Date", f.Date),
		widget.NewFormItem("URL", f.URL),
	}
	items[2].HintText = "YYYY-MM-DD, or empty when unknown"
	f.dialog = dialog.NewForm("Document metadata — "+d.ID, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		e, err := f.Edit()
		if err != nil {
			dialog.ShowError(err, parent)
			return
		}
		onSave(e)
	}, parent)
	f.dialog.Resize(fyne.NewSize(560, 0))
	return f
}

// Show opens the form.
func (f *MetadataForm) Show() { f.dialog.Show() }

// Submit saves the form as the Save button does (for tests).
func (f *MetadataForm) Submit() { f.dialog.Submit() }

// Edit returns the form's values.
func (f *MetadataForm) Edit() (MetadataEdit, error) {
	e := MetadataEdit{Title: strings.TrimSpace(f.Title.Text), Source: strings.TrimSpace(f.Source.Text), URL: strings.TrimSpace(f.URL.Text)}
	if s := strings.TrimSpace(f.Date.Text); s != "" {
		t, err := corpus.ParseDate(s)
		if err != nil {
			return e, ErrBadDate
		}
		e.Date = t
	}
	return e, nil
}

func validateDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if _, err := corpus.ParseDate(strings.TrimSpace(s)); err != nil {
		return ErrBadDate
	}
	return nil
}
