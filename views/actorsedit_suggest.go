package views

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
)

// suggestMax is the most candidates Suggest actors… lists.
const suggestMax = 150

// suggest runs actor discovery on the corpus through the Runner and shows
// the candidates not already in the registry.
func (e *ActorsEditor) suggest() {
	if e.corpus == nil {
		return
	}
	c := e.corpus
	e.info.SetText("Looking for names in " + plural(len(c.Docs), "document") + "…")
	Go(e.run, "actors-suggest", func(ctx context.Context, p Progress) ([]actors.Candidate, error) {
		return actors.Discover(ctx, c, actors.DiscoverOptions{Max: suggestMax + 100})
	}, func(cands []actors.Candidate, err error) {
		e.showInfo()
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				e.report(err)
			}
			return
		}
		e.showCandidates(e.newCandidates(cands))
	})
}

// newCandidates keeps the candidates whose name and aliases the registry
// does not know yet, at most suggestMax.
func (e *ActorsEditor) newCandidates(cands []actors.Candidate) []actors.Candidate {
	var out []actors.Candidate
	for _, c := range cands {
		if e.reg.Find(c.Actor.Name) >= 0 {
			continue
		}
		known := false
		for _, al := range c.Actor.Aliases {
			if e.reg.Find(al) >= 0 {
				known = true
				break
			}
		}
		if !known {
			out = append(out, c)
		}
		if len(out) == suggestMax {
			break
		}
	}
	return out
}

// candidateText describes a candidate in the suggestion list.
func candidateText(c actors.Candidate) string {
	s := fmt.Sprintf("%s — %s · %s in %s", c.Actor.Name, c.Actor.Kind, plural(c.Count, "mention"), plural(c.Docs, "document"))
	if len(c.Actor.Aliases) > 0 {
		s += " · also " + strings.Join(c.Actor.Aliases, ", ")
	}
	return s
}

// showCandidates lists the candidates with checkboxes and adds the ones
// checked.
func (e *ActorsEditor) showCandidates(cands []actors.Candidate) {
	if len(cands) == 0 {
		dialog.ShowInformation("Suggest actors", "No new actors found: every frequent name is already in the registry.", e.win)
		return
	}
	checks := make([]*widget.Check, len(cands))
	e.suggested, e.suggestChecks = cands, checks
	box := container.NewVBox()
	for i, c := range cands {
		checks[i] = widget.NewCheck(candidateText(c), nil)
		box.Add(checks[i])
	}
	all := widget.NewCheck("Select all", func(on bool) {
		for _, ch := range checks {
			ch.SetChecked(on)
		}
	})
	head := widget.NewLabel(fmt.Sprintf("%s found in the corpus, most frequent first. Check those to add.", plural(len(cands), "new name")))
	content := container.NewBorder(container.NewVBox(head, all), nil, nil, nil, container.NewVScroll(box))
	d := dialog.NewCustomConfirm("Suggest actors", "Add selected", "Cancel", content, func(ok bool) {
		if ok {
			e.addChecked()
		}
	}, e.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}

// addChecked adds the suggested candidates that are checked.
func (e *ActorsEditor) addChecked() int {
	var picked []actors.Candidate
	for i, ch := range e.suggestChecks {
		if ch.Checked && i < len(e.suggested) {
			picked = append(picked, e.suggested[i])
		}
	}
	e.suggested, e.suggestChecks = nil, nil
	return e.addCandidates(picked)
}

// addCandidates adds candidates as actors, dropping aliases another actor
// already claims; it reports the ones that could not be added.
func (e *ActorsEditor) addCandidates(cands []actors.Candidate) int {
	added := 0
	var failed []string
	for _, c := range cands {
		a := c.Actor
		var keep []string
		for _, al := range a.Aliases {
			if e.reg.Find(al) < 0 {
				keep = append(keep, al)
			}
		}
		a.Aliases = keep
		if err := e.reg.Add(a); err != nil {
			failed = append(failed, fmt.Sprintf("%s (%v)", a.Name, err))
			continue
		}
		added++
	}
	if added > 0 {
		e.edited(len(e.reg.Actors)-1, true)
	}
	if len(failed) > 0 {
		e.report(fmt.Errorf("%w: not added: %s", actors.ErrAliasConflict, strings.Join(failed, "; ")))
	}
	return added
}
