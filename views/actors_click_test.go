package views

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/charts"
)

func TestActorsTabClickOpensMention(t *testing.T) {
	tab, _, nav, counts := seedTab(t)
	img := tab.image.img
	size := tab.image.Size()
	b := img.Bounds()
	clicked := false
	for y := b.Min.Y; y < b.Max.Y && !clicked; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			if color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA) != (color.NRGBA{0xFF, 0, 0xFF, 0xFF}) {
				continue
			}
			pos := fyne.NewPos(float32(x)*size.Width/float32(b.Dx()), float32(y)*size.Height/float32(b.Dy()))
			test.TapAt(tab.image, pos)
			if len(nav.calls) > 0 {
				clicked = true
				break
			}
		}
	}
	if !clicked {
		t.Fatal("tapping Venezuela's bars opened nothing")
	}
	call := nav.calls[0]
	var want []actors.Mention
	for _, dc := range counts.Docs {
		if dc.DocID == call.id {
			want = dc.Of(3)
		}
	}
	if len(want) == 0 || len(call.marks) != len(want) {
		t.Fatalf("opened %s with %d marks, want Venezuela's %d mentions there", call.id, len(call.marks), len(want))
	}
	if call.focus != want[0].Start || call.marks[0].Label != "Venezuela" {
		t.Errorf("focus %d label %q, want the first mention at %d", call.focus, call.marks[0].Label, want[0].Start)
	}
}

func TestActorsTabDispersionTickAndResize(t *testing.T) {
	tab, _, nav, counts := seedTab(t)
	tab.kindSelect.SetSelected(kindNames[charts.Dispersion])
	before := tab.image.img.Bounds()
	// Find a Venezuela tick and tap it: the reader opens at that mention.
	img, size := tab.image.img, tab.image.Size()
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y && len(nav.calls) == 0; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA) != (color.NRGBA{0xFF, 0, 0xFF, 0xFF}) {
				continue
			}
			pos := fyne.NewPos((float32(x)+0.5)*size.Width/float32(b.Dx()), (float32(y)+0.5)*size.Height/float32(b.Dy()))
			tg, ok := tab.targetAt(pos)
			if !ok || tg.Mention < 0 {
				continue
			}
			test.TapAt(tab.image, pos)
			call := nav.calls[len(nav.calls)-1]
			for _, dc := range counts.Docs {
				if dc.DocID == call.id && call.focus != dc.Of(3)[tg.Mention].Start {
					t.Errorf("focus %d, want mention %d at %d", call.focus, tg.Mention, dc.Of(3)[tg.Mention].Start)
				}
			}
			break
		}
	}
	if len(nav.calls) == 0 {
		t.Fatal("no dispersion tick of Venezuela could be tapped")
	}
	// A bigger window renders a bigger chart.
	fyne.CurrentApp().Driver().CanvasForObject(tab.Content()).Content().Resize(fyne.NewSize(1400, 1000))
	tab.image.Resize(tab.image.Size().AddWidthHeight(200, 100))
	if after := tab.image.img.Bounds(); after.Dx() <= before.Dx() || after.Dy() <= before.Dy() {
		t.Errorf("chart %v after growing the tab, was %v", after, before)
	}
}
