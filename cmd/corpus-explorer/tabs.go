package main

import (
	"github.com/corpus-explorer/corpus-explorer/analysis/search"
	"github.com/corpus-explorer/corpus-explorer/app"
	"github.com/corpus-explorer/corpus-explorer/views"
)

// plugTabs registers the Compare, Actors and Search tabs (Ctrl+2…4), the
// search index's state in the status bar and the search syntax help.
func plugTabs(x *app.App) {
	run := x.Runner()
	x.SetTab(app.TabCompare, views.NewCompareTab(run, x))
	x.SetTab(app.TabActors, views.NewActorsTab(run, x))
	st := views.NewSearchTab(run, x)
	st.OnIndexState = func(s search.State) { x.SetIndexState(s.String()) }
	x.SetTab(app.TabSearch, st)
	x.Hooks.SearchHelp = search.HelpText
}
