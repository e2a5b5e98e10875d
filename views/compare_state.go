package views

import "strconv"

// State implements StateKeeper.
func (t *CompareTab) State() map[string]string {
	s := map[string]string{"min_words": strconv.Itoa(t.minWords), "sync": strconv.FormatBool(t.sync)}
	for _, l := range layers {
		s["show_"+l] = strconv.FormatBool(t.show[l])
	}
	if t.a != nil && t.b != nil {
		s["a"], s["b"] = t.a.ID, t.b.ID
	}
	return s
}

// RestoreState implements StateKeeper (unknown keys and bad values are
// ignored).
func (t *CompareTab) RestoreState(s map[string]string) {
	if n, err := strconv.Atoi(s["min_words"]); err == nil && n >= 1 && n <= 50 {
		t.minWords = n
		t.minEntry.Selected = strconv.Itoa(n)
		t.minEntry.Refresh()
	}
	if v, err := strconv.ParseBool(s["sync"]); err == nil {
		t.sync = v
		t.syncCheck.SetChecked(v)
	}
	for _, l := range layers {
		if v, err := strconv.ParseBool(s["show_"+l]); err == nil {
			t.show[l] = v
			if c := t.layerChecks[l]; c != nil {
				c.Checked = v
				c.Refresh()
			}
		}
	}
	if t.corpus != nil {
		a, b := t.corpus.ByID(s["a"]), t.corpus.ByID(s["b"])
		if a != nil && b != nil && a != b {
			t.setPair(a, b)
			return
		}
	}
	t.paint()
}
