// Package views holds Corpus Explorer's Fyne views: the document list, the
// reader and the tabs (Compare, Actors, Search, Concordance). A view is a
// struct with a constructor, a buildUI method and named on… callbacks; it
// holds references to analysis results and redraws when the app hands it a
// new one. Views never start goroutines: long work goes through the
// [Runner] the app passes in, and results arrive on the UI goroutine.
// Views never import package app; what they need from it is declared here
// as narrow interfaces, which tests fake.
package views

import (
	"context"

	"fyne.io/fyne/v2"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/views/textview"
)

// Progress reports how far a job has got: done of total units (total 0
// when unknown). It may be called from any goroutine.
type Progress func(done, total int)

// Runner runs long work off the UI goroutine; the app's job runner
// implements it and shows the job in the status bar with a cancel button.
type Runner interface {
	// Run starts work on a new goroutine with a cancellable context. Starting
	// a job with the name of one still running cancels the older one (so
	// "search as you type" keeps only the latest query). done is called on
	// the UI goroutine with the result unless the job was cancelled.
	Run(name string, work func(ctx context.Context, progress Progress) (any, error), done func(result any, err error))
}

// Go is a typed wrapper around Runner.Run.
func Go[T any](r Runner, name string, work func(ctx context.Context, progress Progress) (T, error), done func(T, error)) {
	r.Run(name, func(ctx context.Context, p Progress) (any, error) {
		return work(ctx, p)
	}, func(v any, err error) {
		t, _ := v.(T)
		done(t, err)
	})
}

// Mark is a highlighted range of a document's text: byte offsets into
// corpus.Document.Text, the colour to paint behind them and an optional
// label. It is the text view's mark, so views pass marks straight through.
type Mark = textview.Mark

// Navigator opens a document in the Read tab.
type Navigator interface {
	// OpenDocument shows the document with the given ID in the reader,
	// paints marks over its text, and scrolls to the byte offset focus
	// (-1: the top). The reader's next/previous buttons step through marks.
	OpenDocument(id string, marks []Mark, focus int)
}

// Tab is what every centre tab (Read, Compare, Actors, Search, Concordance)
// gives the app: its content, and a way to hear about a newly loaded
// corpus. SetCorpus is called on the UI goroutine, with nil while a new
// corpus loads.
type Tab interface {
	Content() fyne.CanvasObject
	SetCorpus(c *corpus.Corpus)
}

// ActorsUser is implemented by tabs that use the actor registry and its
// counts (Compare, Actors, Concordance). The app counts once, through the
// Runner, whenever the corpus or the registry changes, and hands every such
// tab the result on the UI goroutine (counts is nil while counting).
type ActorsUser interface {
	SetActors(r *actors.Registry, counts *actors.Counts)
}

// SelectionUser is implemented by tabs that follow the document list's
// selection (IDs in selection order; empty when nothing is selected).
type SelectionUser interface {
	SetSelection(ids []string)
}

// StateKeeper is implemented by tabs with settings worth saving in a
// project (chart settings, saved searches, compare options): State returns
// them as plain strings, RestoreState applies them (ignoring unknown keys
// and bad values).
type StateKeeper interface {
	State() map[string]string
	RestoreState(state map[string]string)
}

// Exporter is implemented by the tab whose chart File ▸ Export Chart… and
// Export Data… save (the Actors tab). The format follows the extension
// (.png, .svg, .pdf; .csv for data). Both run on the UI goroutine and
// should do their work through the Runner.
type Exporter interface {
	ExportChart(path string, done func(error))
	ExportData(path string, done func(error))
}
