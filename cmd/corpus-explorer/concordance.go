package main

import (
	"fyne.io/fyne/v2/dialog"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/app"
	"github.com/corpus-explorer/corpus-explorer/views"
)

// plugConcordance registers the Concordance tab (Ctrl+5) and the actor
// registry editor (Edit ▸ Actors…), whose Apply recounts through
// App.SetRegistry.
func plugConcordance(x *app.App) {
	x.SetTab(app.TabConcordance, views.NewConcordanceTab(x.Runner(), x))
	x.Hooks.EditActors = func() {
		views.ShowActorsEditor(x.Window(), x.Runner(), x.Registry(), x.Corpus(), func(r *actors.Registry) {
			if err := x.SetRegistry(r); err != nil {
				dialog.ShowError(err, x.Window())
			}
		})
	}
}
