package views

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/corpus-explorer/corpus-explorer/analysis/charts"
)

// exportJob is the Runner job name of exports.
const exportJob = "actors-export"

// ErrNoChart reports an export with no chart on screen.
var ErrNoChart = errors.New("views: no chart to export (load a corpus and an actor list)")

// ExportChart implements Exporter: it saves the chart on screen, at its
// default export size, as PNG, SVG or PDF by path's extension.
func (t *ActorsTab) ExportChart(path string, done func(error)) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".png", ".svg", ".pdf":
	default:
		done(fmt.Errorf("%w: %q: choose a name ending in .png, .svg or .pdf", charts.ErrFormat, filepath.Base(path)))
		return
	}
	t.export(path, done)
}

// ExportData implements Exporter: it saves the numbers behind the chart as
// CSV.
func (t *ActorsTab) ExportData(path string, done func(error)) {
	if strings.ToLower(filepath.Ext(path)) != ".csv" {
		done(fmt.Errorf("%w: %q: choose a name ending in .csv", charts.ErrFormat, filepath.Base(path)))
		return
	}
	t.export(path, done)
}

// export saves the chart on screen (or its data) through the Runner.
func (t *ActorsTab) export(path string, done func(error)) {
	ch := t.chart
	if ch == nil {
		done(ErrNoChart)
		return
	}
	Go(t.run, exportJob, func(ctx context.Context, _ Progress) (struct{}, error) {
		return struct{}{}, ch.Save(path)
	}, func(_ struct{}, err error) {
		if err == nil {
			t.status.SetText("Saved " + path)
		}
		done(err)
	})
}

// showExportDialog asks where to save the chart (or its data) and saves it.
func (t *ActorsTab) showExportDialog(data bool) {
	win := t.window()
	if win == nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		report := func(err error) {
			if err != nil {
				dialog.ShowError(err, win)
			}
		}
		if data {
			t.ExportData(path, report)
		} else {
			t.ExportChart(path, report)
		}
	}, win)
	if data {
		d.SetFileName("actors.csv")
		d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	} else {
		d.SetFileName("actors-" + string(t.kind) + ".png")
		d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".svg", ".pdf"}))
	}
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

// window finds the window showing the tab.
func (t *ActorsTab) window() fyne.Window {
	c := fyne.CurrentApp().Driver().CanvasForObject(t.content)
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Canvas() == c {
			return w
		}
	}
	return nil
}

// State implements StateKeeper.
func (t *ActorsTab) State() map[string]string {
	return map[string]string{
		"chart.kind":           string(t.kind),
		"chart.per1000":        strconv.FormatBool(t.per1000),
		"chart.transpose":      strconv.FormatBool(t.transpose),
		"chart.only_selection": strconv.FormatBool(t.useSelection),
		"chart.hidden_actors":  t.hiddenList(),
	}
}

// RestoreState implements StateKeeper, ignoring unknown keys and bad values.
func (t *ActorsTab) RestoreState(s map[string]string) {
	if k, err := charts.ParseKind(s["chart.kind"]); err == nil {
		t.kind = k
	}
	if b, err := strconv.ParseBool(s["chart.per1000"]); err == nil {
		t.per1000 = b
	}
	if b, err := strconv.ParseBool(s["chart.transpose"]); err == nil {
		t.transpose = b
	}
	if b, err := strconv.ParseBool(s["chart.only_selection"]); err == nil {
		t.useSelection = b
	}
	if v, ok := s["chart.hidden_actors"]; ok {
		t.hidden, t.hiddenSet = map[string]bool{}, true
		for _, n := range strings.Split(v, "\n") {
			if n = strings.TrimSpace(n); n != "" {
				t.hidden[n] = true
			}
		}
	}
	// Show the settings; the callbacks see no change and do not render.
	t.kindSelect.SetSelected(kindNames[t.kind])
	norm := normRaw
	if t.per1000 {
		norm = normPer1000
	}
	t.normRadio.SetSelected(norm)
	t.orientCheck.SetChecked(t.transpose)
	t.selCheck.SetChecked(t.useSelection)
	t.rebuildActorList()
	t.render(0)
}
