package views

import (
	"slices"
	"strings"
)

// State keys of the Search tab.
const (
	stateSearchSaved = "search.saved"
	stateSearchQuery = "search.query"
	stateSearchSort  = "search.sort"
)

// SetSelection records the document list's selection, used when "Only
// selected documents" is ticked.
func (t *SearchTab) SetSelection(ids []string) {
	t.selection = append([]string(nil), ids...)
	if t.onlySelected.Checked {
		t.search()
	}
}

// State returns the saved searches, the current query and the sort order.
func (t *SearchTab) State() map[string]string {
	return map[string]string{
		stateSearchSaved: strings.Join(t.saved, "\n"),
		stateSearchQuery: t.query.Text,
		stateSearchSort:  t.sortBy.Selected,
	}
}

// RestoreState applies what State returned, ignoring unknown keys and bad
// values.
func (t *SearchTab) RestoreState(state map[string]string) {
	t.saved = nil
	for _, q := range strings.Split(state[stateSearchSaved], "\n") {
		if q = strings.TrimSpace(q); q != "" && !slices.Contains(t.saved, q) {
			t.saved = append(t.saved, q)
		}
	}
	t.savedSelect.SetOptions(t.saved)
	if s := state[stateSearchSort]; s == sortLabelScore || s == sortLabelDate {
		t.sortBy.SetSelected(s)
	}
	if q, ok := state[stateSearchQuery]; ok {
		t.query.SetText(q)
	}
}

// SavedSearches returns the saved queries, in the order they were saved.
func (t *SearchTab) SavedSearches() []string { return append([]string(nil), t.saved...) }

// onSave saves the current query (once).
func (t *SearchTab) onSave() {
	q := strings.TrimSpace(t.query.Text)
	if q == "" || slices.Contains(t.saved, q) {
		return
	}
	t.saved = append(t.saved, q)
	t.savedSelect.SetOptions(t.saved)
}

// onSavedSelected runs a saved search.
func (t *SearchTab) onSavedSelected(q string) {
	if q == "" || q == t.query.Text {
		return
	}
	t.query.SetText(q)
	t.search()
}
