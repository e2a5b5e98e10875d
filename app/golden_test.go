package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
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
			// A fixed registry, so the picture does not change with the
			// default registry.
			reg := &actors.Registry{Actors: []*actors.Actor{
				{Name: "Nicolás Maduro", Kind: actors.Person, Aliases: []string{"Maduro"}},
				{Name: "Donald Trump", Kind: actors.Person, Aliases: []string{"Trump"}},
				{Name: "Caracas", Kind: actors.Place},
			}}
			if err := x.SetRegistry(reg); err != nil {
				t.Fatal(err)
			}
			settle(t, x, func() bool { return x.Counts() != nil })
			x.reader.Show(x.reader.Document(), nil, -1)
			test.AssertImageMatches(t, "main_"+variant+".png", x.win.Canvas().Capture())
		})
	}
}
