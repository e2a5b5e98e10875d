package views

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/atomicfile"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// ErrNoLines is returned when an empty concordance is exported.
var ErrNoLines = errors.New("views: no concordance lines to export")

// ExportCSV writes the lines shown to path as CSV (document, title, source,
// date, character offset, left context, match, right context), atomically,
// through the Runner; done is called on the UI goroutine.
func (t *ConcordanceTab) ExportCSV(path string, done func(error)) {
	lines, c := t.shown, t.corpus
	if len(lines) == 0 || c == nil {
		done(ErrNoLines)
		return
	}
	Go(t.run, "concordance-export", func(ctx context.Context, _ Progress) (struct{}, error) {
		data, err := concordanceCSV(c, lines)
		if err != nil {
			return struct{}{}, err
		}
		return struct{}{}, atomicfile.WriteFile(path, data, 0o644)
	}, func(_ struct{}, err error) {
		if err == nil {
			t.status.SetText(fmt.Sprintf("Saved %s lines to %s", formatInt(len(lines)), path))
		}
		done(err)
	})
}

// concordanceCSV formats lines as CSV with a header row.
func concordanceCSV(c *corpus.Corpus, lines []actors.Line) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write([]string{"document", "title", "source", "date", "offset", "left", "match", "right"})
	for _, l := range lines {
		var title, source, date, off string
		if d := c.ByID(l.DocID); d != nil {
			title, source, date = d.Title, d.Source, d.DateString()
			off = strconv.Itoa(d.CharOffset(l.Span.Start))
		}
		_ = w.Write([]string{l.DocID, title, source, date, off, l.Left, l.Match, l.Right})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("views: writing CSV: %w", err)
	}
	return buf.Bytes(), nil
}

// showExportDialog asks where to save the lines and saves them.
func (t *ConcordanceTab) showExportDialog() {
	win := windowOf(t.content)
	if win == nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		t.ExportCSV(path, func(err error) {
			if err != nil {
				dialog.ShowError(err, win)
			}
		})
	}, win)
	name := "concordance.csv"
	if q := safeFileName(t.result.query); q != "" {
		name = "concordance-" + q + ".csv"
	}
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	d.Show()
}

// windowOf finds the window showing o.
func windowOf(o fyne.CanvasObject) fyne.Window {
	a := fyne.CurrentApp()
	if a == nil {
		return nil
	}
	c := a.Driver().CanvasForObject(o)
	for _, w := range a.Driver().AllWindows() {
		if w.Canvas() == c {
			return w
		}
	}
	return nil
}

// safeFileName keeps the letters, digits and dashes of s (spaces become
// dashes), at most 40 bytes.
func safeFileName(s string) string {
	var out []rune
	for _, r := range s {
		switch {
		case isWordRune(r) && r != '_':
			out = append(out, r)
		case r == ' ' || r == '-':
			if len(out) > 0 && out[len(out)-1] != '-' {
				out = append(out, '-')
			}
		}
	}
	s = string(out)
	if len(s) > 40 {
		s = firstChars(s, 40)
	}
	return s
}
