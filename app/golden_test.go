package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestMainWindowLayout renders the main window on the seeds in the light
// and the dark theme and compares it with reviewed golden images
// (testdata/main_light.png, main_dark.png; regenerate by deleting them and
// checking the new ones in testdata/failed by eye).
func TestMainWindowLayout(t *testing.T) {
	for _, variant := range []string{"light", "dark"} {
		t.Run(variant, func(t *testing.T) {
			x := newTestApp(t)
			x.SetTheme(variant)
			x.win.Resize(fyne.NewSize(1000, 640))
			waitLoaded(t, x, x.OpenSeeds)
			test.AssertImageMatches(t, "main_"+variant+".png", x.win.Canvas().Capture())
		})
	}
}
