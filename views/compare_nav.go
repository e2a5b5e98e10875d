package views

import (
	"sort"

	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
)

// diff is one difference to step to: a paraphrased or unpaired sentence,
// with its sentence in A and/or B (-1 for none).
type diff struct{ a, b int }

// differences lists the comparison's non-shared sentences in reading
// order: by A's sentence, a sentence only in B placed after the A sentence
// paired with the B sentence before it.
func differences(c *compare.Comparison) []diff {
	partner := map[int]int{} // B sentence → A sentence
	for _, s := range c.Sentences {
		if s.A >= 0 && s.B >= 0 {
			if _, ok := partner[s.B]; !ok {
				partner[s.B] = s.A
			}
		}
	}
	type keyed struct {
		key float64
		d   diff
	}
	var ks []keyed
	for _, s := range c.Sentences {
		if s.Label == compare.Shared {
			continue
		}
		k := float64(s.A)
		if s.A < 0 {
			k = -0.5
			for j := s.B - 1; j >= 0; j-- {
				if a, ok := partner[j]; ok {
					k = float64(a) + 0.5
					break
				}
			}
		}
		ks = append(ks, keyed{k, diff{s.A, s.B}})
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	out := make([]diff, len(ks))
	for i, k := range ks {
		out[i] = k.d
	}
	return out
}

// stepDiff moves to the next (dir 1) or previous (dir -1) difference and
// scrolls both columns to it.
func (t *CompareTab) stepDiff(dir int) {
	if len(t.diffs) == 0 {
		t.status.SetText("No differences")
		return
	}
	i := t.diffAt + dir
	if i < 0 || i >= len(t.diffs) {
		t.status.SetText("No more differences")
		return
	}
	t.diffAt = i
	d := t.diffs[i]
	t.status.SetText(diffStatus(i, len(t.diffs)))
	if d.a >= 0 {
		t.focus(true, spanOf(t.a, d.a).Start)
	}
	if d.b >= 0 {
		t.focus(false, spanOf(t.b, d.b).Start)
	}
}

func diffStatus(i, n int) string {
	return "Difference " + itoa(i+1) + " of " + itoa(n)
}

// focus scrolls a column to a byte offset and outlines the mark there.
func (t *CompareTab) focus(inA bool, off int) {
	v := t.viewB
	if inA {
		v = t.viewA
	}
	v.ScrollTo(off)
	for i, m := range v.Marks() {
		if m.Span.Contains(off) && m.Label != "" {
			v.FocusMark(i)
			return
		}
	}
}

// counterpart returns where the text at byte offset off of one column
// stands in the other: the shared passage holding it, else the sentence
// paired with the sentence holding it. ok is false when it has none.
func (t *CompareTab) counterpart(inA bool, off int) (other int, ok bool) {
	c := t.result
	if c == nil {
		return 0, false
	}
	for _, p := range c.Passages {
		from, to := p.B, p.A
		if inA {
			from, to = p.A, p.B
		}
		if from.Contains(off) {
			return to.Start, true
		}
	}
	doc, otherDoc := c.B, c.A
	if inA {
		doc, otherDoc = c.A, c.B
	}
	si := doc.SentenceAt(off)
	if si < 0 {
		return 0, false
	}
	for _, s := range c.Sentences {
		mine, theirs := s.B, s.A
		if inA {
			mine, theirs = s.A, s.B
		}
		if mine == si && theirs >= 0 {
			return spanOf(otherDoc, theirs).Start, true
		}
	}
	return 0, false
}

// onTapped scrolls the other column to the counterpart of what was
// clicked.
func (t *CompareTab) onTapped(inA bool, off int) {
	if other, ok := t.counterpart(inA, off); ok {
		t.focus(!inA, other)
	}
}

// onScrolled keeps the other column level when sync scrolling is on: the
// first visible sentence's counterpart (or that of the nearest sentence
// above with one) is brought to the top.
func (t *CompareTab) onScrolled(inA bool, top int) {
	if !t.sync || t.syncing || t.result == nil {
		return
	}
	t.syncing = true
	defer func() { t.syncing = false }()
	doc := t.b
	if inA {
		doc = t.a
	}
	si := doc.SentenceAt(top)
	if si < 0 {
		for si = len(doc.Sentences) - 1; si >= 0 && doc.Sentences[si].Start > top; si-- {
		}
	}
	for ; si >= 0; si-- {
		if other, ok := t.counterpart(inA, doc.Sentences[si].Start); ok {
			if inA {
				t.viewB.ScrollToTopOffset(other)
			} else {
				t.viewA.ScrollToTopOffset(other)
			}
			return
		}
	}
}

// onBand scrolls a column to where its band was tapped and, with sync
// scrolling on, brings the other column level.
func (t *CompareTab) onBand(inA bool, off int) {
	v := t.viewB
	if inA {
		v = t.viewA
	}
	v.ScrollTo(off)
	top, _ := v.VisibleRange()
	t.onScrolled(inA, top)
}
