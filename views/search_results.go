package views

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/search"
)

// search runs the query in the field through the Runner; an older search
// still running is cancelled (same job name), and a stale result dropped.
func (t *SearchTab) search() {
	if t.index == nil {
		return
	}
	q := t.query.Text
	if strings.TrimSpace(q) == "" {
		t.setError(nil)
		t.showHits(nil)
		t.chips.RemoveAll()
		t.status.SetText(t.index.State().String())
		return
	}
	req := search.Request{Query: q, Limit: searchLimit, Sort: search.SortScore, Facets: true}
	if t.sortBy.Selected == sortLabelDate {
		req.Sort = search.SortDate
	}
	docs, empty := t.restriction()
	if empty {
		t.setError(nil)
		t.showHits(nil)
		t.status.SetText("No documents selected: select some in the document list, or untick “Only selected documents”.")
		return
	}
	req.Docs = docs
	t.seq++
	seq, ix := t.seq, t.index
	Go(t.run, "search-query", func(ctx context.Context, _ Progress) (*search.Result, error) {
		return ix.Search(ctx, req)
	}, func(res *search.Result, err error) {
		if seq != t.seq || ix != t.index {
			return
		}
		t.showResult(res, err)
	})
}

// restriction returns the document IDs the search is limited to (nil: all)
// and whether that set is empty.
func (t *SearchTab) restriction() (ids []string, empty bool) {
	var sel map[string]bool
	if t.onlySelected.Checked {
		if len(t.selection) == 0 {
			return nil, true
		}
		sel = map[string]bool{}
		for _, id := range t.selection {
			sel[id] = true
		}
	}
	if t.source == "" && t.month == "" {
		if sel == nil {
			return nil, false
		}
		return append([]string(nil), t.selection...), false
	}
	for _, d := range t.corpus.Docs {
		if (t.source == "" || d.Source == t.source) && (t.month == "" || d.Date.Format("2006-01") == t.month) &&
			(sel == nil || sel[d.ID]) {
			ids = append(ids, d.ID)
		}
	}
	return ids, len(ids) == 0
}

func (t *SearchTab) showResult(res *search.Result, err error) {
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return
		}
		t.setError(err)
		t.status.SetText("")
		t.showHits(nil)
		return
	}
	t.setError(nil)
	ms := float64(res.Took.Microseconds()) / 1000
	msg := fmt.Sprintf("%d hits in %.3g ms", res.Total, ms)
	if res.Total == 1 {
		msg = fmt.Sprintf("1 hit in %.3g ms", ms)
	}
	if len(res.Hits) < res.Total {
		msg += fmt.Sprintf(" (showing the first %d)", len(res.Hits))
	}
	if res.Partial {
		msg += " — indexing is still under way"
	}
	t.status.SetText(msg)
	t.showChips(res.Sources, res.Months)
	t.showHits(res.Hits)
}

// setError shows a query error in red under the field (nil hides it).
func (t *SearchTab) setError(err error) {
	if err == nil {
		if t.errLabel.Visible() {
			t.errLabel.Hide()
			t.relayout()
		}
		return
	}
	msg := strings.TrimPrefix(err.Error(), "search: ")
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	t.errLabel.SetText(msg)
	t.errLabel.Show()
	t.relayout()
}

// showChips shows one toggle per source and one per month when the hits
// have several; the chosen ones filter the hits.
func (t *SearchTab) showChips(sources, months []search.Facet) {
	t.chips.RemoveAll()
	t.monthChips.RemoveAll()
	chips := func(box *fyne.Container, facets []search.Facet, chosen *string) {
		if len(facets) < 2 && *chosen == "" {
			return
		}
		for _, f := range facets {
			value := f.Value
			b := widget.NewButton(fmt.Sprintf("%s (%d)", value, f.Count), func() {
				if *chosen == value {
					*chosen = ""
				} else {
					*chosen = value
				}
				t.search()
			})
			if value == *chosen {
				b.Importance = widget.HighImportance
			}
			box.Add(b)
		}
	}
	chips(t.chips, sources, &t.source)
	chips(t.monthChips, months, &t.month)
}

func (t *SearchTab) showHits(hits []search.Hit) {
	rows := make([]fyne.CanvasObject, 0, len(hits))
	for _, h := range hits {
		rows = append(rows, newHitRow(h, t.openHit))
	}
	t.hits.Objects = rows
	t.hits.Refresh()
	t.scroll.ScrollToTop()
}

// openHit opens a hit's document with one mark per matched word, scrolled
// to the first.
func (t *SearchTab) openHit(h search.Hit) {
	marks := make([]Mark, len(h.Spans))
	for i, s := range h.Spans {
		marks[i] = Mark{Span: s, Color: HitColor, Label: "search hit"}
	}
	t.nav.OpenDocument(h.ID, marks, h.FirstOffset())
}

// relayout lays the tab out again after the error line appears or goes.
func (t *SearchTab) relayout() {
	t.top.Refresh()
	if c, ok := t.content.(*fyne.Container); ok {
		c.Refresh()
	}
}
