package views

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
)

// concordanceJob is the Runner job name: a newer request cancels an older.
const concordanceJob = "concordance"

// refresh computes the concordance of the query through the Runner: an
// actor's counted mentions, or a free word's whole-word matches.
func (t *ConcordanceTab) refresh() {
	t.gen++
	gen := t.gen
	q := strings.TrimSpace(t.query.Text)
	t.showError(nil)
	switch {
	case t.corpus == nil:
		t.status.SetText("No corpus loaded")
		return
	case q == "":
		t.setResult(concordanceResult{actor: -1})
		t.status.SetText("Type an actor's name or any word to see every occurrence in context.")
		return
	}
	c, counts, width, sortBy := t.corpus, t.counts, t.width, t.sortBy
	actor := t.actorIndex(q)
	if actor >= 0 && counts == nil {
		t.status.SetText("Counting actors…")
		return // SetActors calls refresh again with the counts
	}
	t.status.SetText("Looking for “" + q + "”…")
	Go(t.run, concordanceJob, func(ctx context.Context, p Progress) (concordanceResult, error) {
		res := concordanceResult{query: q, actor: actor}
		if actor >= 0 {
			res.lines = actors.KWIC(c, counts, actor, width)
			res.total = len(res.lines)
		} else {
			var err error
			if res.lines, res.total, err = findWord(ctx, c, q, width, p); err != nil {
				return res, err
			}
		}
		if err := ctx.Err(); err != nil {
			return res, err
		}
		sortLines(res.lines, sortBy)
		return res, nil
	}, func(res concordanceResult, err error) {
		if gen != t.gen {
			return
		}
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				t.showError(err)
				t.setResult(concordanceResult{actor: -1})
				t.status.SetText("")
			}
			return
		}
		t.setResult(res)
	})
}

// sortLines orders lines as the sort selector says; document order is the
// order lines are found in.
func sortLines(lines []actors.Line, by string) {
	switch by {
	case sortConcLeft:
		actors.SortByLeft(lines)
	case sortConcRight:
		actors.SortByRight(lines)
	}
}

// setResult shows a computed concordance.
func (t *ConcordanceTab) setResult(res concordanceResult) {
	t.result = res
	t.resizeColumns()
	t.filter()
}

// filter restricts the lines to the selected documents when asked, and
// updates the count and the table.
func (t *ConcordanceTab) filter() {
	lines := t.result.lines
	restrict := t.onlySelected && len(t.selection) > 0
	if restrict {
		kept := make([]actors.Line, 0, len(lines))
		for _, l := range lines {
			if t.selection[l.DocID] {
				kept = append(kept, l)
			}
		}
		lines = kept
	}
	t.shown = lines
	t.table.ScrollToTop()
	t.table.Refresh()
	if len(lines) > 0 {
		t.exportBtn.Enable()
	} else {
		t.exportBtn.Disable()
	}
	if t.result.query == "" || t.result.actor < 0 {
		t.chip.Hide()
	} else {
		t.chip.FillColor = t.matchColor()
		t.chip.Show()
		t.chip.Refresh()
	}
	if t.result.query == "" {
		return
	}
	docs := map[string]bool{}
	for _, l := range lines {
		docs[l.DocID] = true
	}
	noun := "match"
	if t.result.actor >= 0 {
		noun = "mention"
	}
	s := fmt.Sprintf("%s in %s", plural(len(lines), noun), plural(len(docs), "document"))
	if noun == "match" {
		s = strings.Replace(s, "matchs", "matches", 1)
	}
	if restrict {
		s += " (selected documents)"
	}
	if t.result.total > len(t.result.lines) {
		s += fmt.Sprintf(" — the first %s of %s are listed", formatInt(len(t.result.lines)), formatInt(t.result.total))
	}
	t.status.SetText(s)
}

// showError shows err under the query field (nil hides it).
func (t *ConcordanceTab) showError(err error) {
	if err == nil {
		t.errLabel.Hide()
		return
	}
	t.errLabel.SetText(err.Error())
	t.errLabel.Show()
}

// openLine opens the document of line row in the reader with every mention
// (or match) of that document marked, scrolled to the line.
func (t *ConcordanceTab) openLine(row int) {
	if row < 0 || row >= len(t.shown) {
		return
	}
	l := t.shown[row]
	col := t.matchColor()
	label := t.result.query
	var marks []Mark
	if a := t.result.actor; a >= 0 && t.counts != nil {
		label = t.counts.Registry.Actors[a].Name
		for _, dc := range t.counts.Docs {
			if dc.DocID == l.DocID {
				for _, m := range dc.Of(a) {
					marks = append(marks, Mark{Span: mentionSpan(m), Color: col, Label: label})
				}
				break
			}
		}
	} else {
		for _, o := range t.result.lines {
			if o.DocID == l.DocID {
				marks = append(marks, Mark{Span: o.Span, Color: col, Label: label})
			}
		}
	}
	slices.SortFunc(marks, func(a, b Mark) int { return a.Span.Start - b.Span.Start })
	t.nav.OpenDocument(l.DocID, marks, l.Span.Start)
}
