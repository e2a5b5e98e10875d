package views

import (
	"context"
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// The highlight colours (Okabe–Ito: distinguishable with colour-blindness).
var (
	sharedColor     = color.NRGBA{0x00, 0x9E, 0x73, 0xFF} // bluish green
	movedColor      = color.NRGBA{0x11, 0x77, 0x33, 0xFF} // green
	paraphraseColor = color.NRGBA{0x56, 0xB4, 0xE9, 0xFF} // sky blue
	unpairedColor   = color.NRGBA{0xA0, 0xA0, 0xA0, 0x2C} // faint grey: marked but quiet, as most sentences of two articles are unpaired
)

// legend shows what each colour means, each with a switch for its layer.
func (t *CompareTab) legend() fyne.CanvasObject {
	t.layerChecks = map[string]*widget.Check{}
	item := func(layer, label string, c color.Color) fyne.CanvasObject {
		sw := canvas.NewRectangle(c)
		sw.SetMinSize(fyne.NewSize(14, 14))
		sw.CornerRadius = 3
		check := widget.NewCheck(label, func(on bool) {
			t.show[layer] = on
			t.paint()
		})
		check.Checked = t.show[layer]
		t.layerChecks[layer] = check
		return container.NewHBox(container.NewCenter(sw), check)
	}
	return container.NewHBox(
		item(layerShared, "Shared (dark: moved)", sharedColor),
		item(layerParaphrase, "Paraphrase", paraphraseColor),
		item(layerUnpaired, "Only here", unpairedColor),
		item(layerActors, "Actors", actorSwatch()),
	)
}

// actorSwatch is the legend's colour for the actor layer: the palette's
// first colours side by side.
func actorSwatch() color.Color { return actors.Palette[1] }

// onPicked follows the pickers.
func (t *CompareTab) onPicked() {
	if t.corpus == nil {
		return
	}
	i, j := t.pickA.selected, t.pickB.selected
	if i < 0 || j < 0 || i >= len(t.corpus.Docs) || j >= len(t.corpus.Docs) {
		return
	}
	a, b := t.corpus.Docs[i], t.corpus.Docs[j]
	if a == t.a && b == t.b {
		return
	}
	t.setPair(a, b)
}

// onSwap exchanges A and B.
func (t *CompareTab) onSwap() {
	if t.a != nil && t.b != nil {
		t.setPair(t.b, t.a)
	}
}

// setPair shows a and b and compares them.
func (t *CompareTab) setPair(a, b *corpus.Document) {
	t.a, t.b = a, b
	t.pickA.setSelected(t.corpus.Index(a.ID))
	t.pickB.setSelected(t.corpus.Index(b.ID))
	t.clearResult()
	t.viewA.SetText(a.Text)
	t.viewB.SetText(b.Text)
	t.viewA.SetDimmed(a.Boilerplate)
	t.viewB.SetDimmed(b.Boilerplate)
	t.analyse()
}

// clearResult forgets the last comparison.
func (t *CompareTab) clearResult() {
	t.result, t.diffs, t.diffAt, t.numberRows = nil, nil, -1, nil
	if t.corpus == nil {
		t.viewA.SetText("")
		t.viewB.SetText("")
	}
	t.bandA.set(0, nil)
	t.bandB.set(0, nil)
	t.summary.SetText("Pick two documents, or select two in the document list.")
	t.numbers.Refresh()
	t.actorTable.Refresh()
}

// analyse compares the current pair through the Runner; the result is
// applied on the UI goroutine unless the pair changed meanwhile.
func (t *CompareTab) analyse() {
	c, a, b := t.corpus, t.a, t.b
	if c == nil || a == nil || b == nil {
		return
	}
	opts := compare.Options{MinWords: t.minWords, Counts: t.counts}
	t.status.SetText("Comparing…")
	Go(t.run, "compare", func(ctx context.Context, _ Progress) (*compare.Comparison, error) {
		return compare.Pair(ctx, c, a, b, opts)
	}, func(cmp *compare.Comparison, err error) {
		if t.corpus != c || t.a != a || t.b != b {
			return
		}
		if err != nil {
			t.status.SetText("Comparison failed: " + err.Error())
			return
		}
		t.status.SetText("")
		t.show2(cmp)
	})
}

// show2 applies a finished comparison.
func (t *CompareTab) show2(cmp *compare.Comparison) {
	t.result = cmp
	if t.counts != nil && len(cmp.Actors) == 0 {
		// The counts arrived while the pair was being compared.
		cmp.Actors = compare.ActorTable(t.counts, cmp.A.ID, cmp.B.ID)
	}
	t.diffs, t.diffAt = differences(cmp), -1
	t.numberRows = numberRowsOf(cmp)
	t.summary.SetText(summaryText(cmp))
	t.numbers.Refresh()
	t.actorTable.Refresh()
	t.paint()
}

// summaryText is the summary strip's sentence.
func summaryText(c *compare.Comparison) string {
	return fmt.Sprintf("Similarity %.2f  ·  %.0f%% of A shared with B  ·  %.0f%% of B shared with A  ·  %s  ·  %s  ·  %d only in A  ·  %d only in B  ·  %s",
		c.Similarity, 100*c.SharedA, 100*c.SharedB, plural(len(c.Passages), "shared passage"),
		plural(c.Count(compare.Paraphrase), "paraphrased sentence"), c.Count(compare.OnlyA), c.Count(compare.OnlyB),
		plural(c.Disagreements(), "figure disagreement"))
}

// paint sets both columns' marks and bands from the result and the layers
// switched on.
func (t *CompareTab) paint() {
	c := t.result
	if c == nil {
		return
	}
	var ma, mb []Mark
	if t.show[layerShared] {
		for _, p := range c.Passages {
			col, label := sharedColor, "shared passage"
			if p.Moved {
				col, label = movedColor, "moved passage"
			}
			ma = append(ma, Mark{Span: p.A, Color: col, Label: label})
			mb = append(mb, Mark{Span: p.B, Color: col, Label: label})
		}
	}
	for _, s := range c.Sentences {
		switch {
		case s.Label == compare.Paraphrase && t.show[layerParaphrase]:
			ma = append(ma, Mark{Span: spanOf(c.A, s.A), Color: paraphraseColor, Label: "paraphrase"})
			mb = append(mb, Mark{Span: spanOf(c.B, s.B), Color: paraphraseColor, Label: "paraphrase"})
		case s.Label == compare.OnlyA && t.show[layerUnpaired]:
			ma = append(ma, Mark{Span: spanOf(c.A, s.A), Color: unpairedColor, Label: "only in A"})
		case s.Label == compare.OnlyB && t.show[layerUnpaired]:
			mb = append(mb, Mark{Span: spanOf(c.B, s.B), Color: unpairedColor, Label: "only in B"})
		}
	}
	t.bandA.set(len(c.A.Text), ma)
	t.bandB.set(len(c.B.Text), mb)
	if t.show[layerActors] && t.registry != nil {
		for _, r := range c.Actors {
			col := t.registry.Color(r.Actor)
			for _, m := range r.InA {
				ma = append(ma, Mark{Span: corpus.Span{Start: m.Start, End: m.End}, Color: col, Label: r.Name})
			}
			for _, m := range r.InB {
				mb = append(mb, Mark{Span: corpus.Span{Start: m.Start, End: m.End}, Color: col, Label: r.Name})
			}
		}
	}
	t.viewA.SetMarks(ma)
	t.viewB.SetMarks(mb)
}
