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
	"image/color"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
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
// corpus.Document.Text and the colour to paint behind them.
type Mark struct {
	Span  corpus.Span
	Color color.Color
	// Label is an optional tooltip-like description ("Maduro", "shared").
	Label string
}

// Navigator opens a document in the Read tab.
type Navigator interface {
	// OpenDocument shows the document with the given ID in the reader,
	// paints marks over its text, and scrolls to the byte offset focus
	// (-1: the top). The reader's next/previous buttons step through marks.
	OpenDocument(id string, marks []Mark, focus int)
}
