package views

import "strconv"

// State implements StateKeeper.
func (t *ConcordanceTab) State() map[string]string {
	return map[string]string{
		"concordance.query":          t.query.Text,
		"concordance.width":          strconv.Itoa(t.width),
		"concordance.sort":           t.sortBy,
		"concordance.only_selection": strconv.FormatBool(t.onlySelected),
	}
}

// RestoreState implements StateKeeper, ignoring unknown keys and bad values.
func (t *ConcordanceTab) RestoreState(s map[string]string) {
	if w, err := strconv.Atoi(s["concordance.width"]); err == nil && w >= 5 && w <= 500 {
		t.width = w
		t.widthSel.SetSelected(strconv.Itoa(w))
		t.resizeColumns()
	}
	switch v := s["concordance.sort"]; v {
	case sortConcDoc, sortConcLeft, sortConcRight:
		t.sortBy = v
		t.sortSel.SetSelected(v)
	}
	if b, err := strconv.ParseBool(s["concordance.only_selection"]); err == nil {
		t.onlySel.SetChecked(b)
	}
	if q, ok := s["concordance.query"]; ok {
		t.query.SetText(q)
		t.refresh()
	}
}
