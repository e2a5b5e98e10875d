package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
)

// TestCompareTabSyncScrolling: scrolling A to a paraphrased sentence
// brings its counterpart to the top of B; with sync off, B stays put.
func TestCompareTabSyncScrolling(t *testing.T) {
	tab, _, _, c := newTestTab(t)
	tab.SetSelection([]string{c.Docs[2].ID, c.Docs[3].ID})
	var pair *compare.SentencePair
	for i, s := range tab.result.Sentences {
		if s.Label == compare.Paraphrase && s.B > 3 {
			pair = &tab.result.Sentences[i]
			break
		}
	}
	if pair == nil {
		t.Fatal("no paraphrase far enough down B")
	}
	want := c.Docs[3].Sentences[pair.B].Start
	tab.onScrolled(true, c.Docs[2].Sentences[pair.A].Start)
	if top, _ := tab.viewB.VisibleRange(); top > want || want-top > 200 {
		t.Errorf("B's top at %d (sentence %d), want sentence %d", top, c.Docs[3].SentenceAt(top), pair.B)
	}
	tab.viewB.ScrollToTopOffset(0)
	tab.sync = false
	tab.onScrolled(true, c.Docs[2].Sentences[pair.A].Start)
	if top, _ := tab.viewB.VisibleRange(); top != 0 {
		t.Errorf("sync off, yet B scrolled to %d", top)
	}
}

// TestCompareTabBand: tapping the bottom of A's band scrolls A down.
func TestCompareTabBand(t *testing.T) {
	tab, _, _, c := newTestTab(t)
	tab.SetSelection([]string{c.Docs[2].ID, c.Docs[3].ID})
	if len(tab.bandA.marks) == 0 {
		t.Fatal("band A is empty")
	}
	h := tab.bandA.Size().Height
	if h <= 0 {
		t.Fatal("band has no height")
	}
	test.TapAt(tab.bandA, fyne.NewPos(5, h-1))
	if top, _ := tab.viewA.VisibleRange(); top == 0 {
		t.Error("tapping the bottom of the band did not scroll A")
	}
	if off := tab.bandA.offsetAt(h / 2); off < len(c.Docs[2].Text)/2-len(c.Docs[2].Text)/20 || off > len(c.Docs[2].Text)/2+len(c.Docs[2].Text)/20 {
		t.Errorf("middle of the band = offset %d of %d", off, len(c.Docs[2].Text))
	}
}
