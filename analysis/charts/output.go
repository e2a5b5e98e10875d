package charts

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"image"
	"io"
	"path/filepath"
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/corpus-explorer/corpus-explorer/analysis/atomicfile"
)

// Default sizes, in pixels at DefaultDPI.
const (
	DefaultWidth  = 1200
	DefaultHeight = 750
	DefaultDPI    = 96
)

// size returns the chart's export size in points and its DPI.
func (ch *Chart) size() (w, h vg.Length, dpi int) {
	pw, ph, dpi := ch.opts.Width, ch.opts.Height, ch.opts.DPI
	if pw <= 0 {
		pw = DefaultWidth
	}
	if ph <= 0 {
		ph = DefaultHeight
	}
	if dpi <= 0 {
		dpi = DefaultDPI
	}
	return pxToPt(pw, dpi), pxToPt(ph, dpi), dpi
}

func pxToPt(px, dpi int) vg.Length { return vg.Length(px) * 72 / vg.Length(dpi) }

// Image renders the chart as a w × h pixel image at the chart's DPI (for the
// app; hit-testing with At refers to the last image rendered this way).
func (ch *Chart) Image(w, h int) image.Image {
	_, _, dpi := ch.size()
	if w < 50 {
		w = 50
	}
	if h < 50 {
		h = 50
	}
	c := vgimg.NewWith(vgimg.UseWH(pxToPt(w, dpi), pxToPt(h, dpi)), vgimg.UseDPI(dpi))
	hits := ch.draw(draw.New(c))
	ch.mu.Lock()
	ch.hits, ch.hitH, ch.dpi = hits, pxToPt(h, dpi), float64(dpi)
	ch.mu.Unlock()
	return c.Image()
}

// At returns what lies under pixel (x, y) — origin top left — of the last
// image Image rendered: a bar, a cell, a dispersion tick or a trend point.
func (ch *Chart) At(x, y float64) (Target, bool) {
	ch.mu.Lock()
	defer ch.mu.Unlock()
	if ch.dpi == 0 {
		return Target{}, false
	}
	pt := vg.Point{X: vg.Length(x * 72 / ch.dpi), Y: ch.hitH - vg.Length(y*72/ch.dpi)}
	// Later hits are drawn on top; the nearest small target wins.
	for i := len(ch.hits) - 1; i >= 0; i-- {
		r := ch.hits[i].r
		if pt.X >= r.Min.X && pt.X <= r.Max.X && pt.Y >= r.Min.Y && pt.Y <= r.Max.Y {
			return ch.hits[i].t, true
		}
	}
	return Target{}, false
}

// Write renders the chart in format ("png", "svg" or "pdf") to w.
func (ch *Chart) Write(w io.Writer, format string) (err error) {
	defer func() {
		if r := recover(); r != nil { // gonum's backends panic on font trouble
			err = fmt.Errorf("charts: rendering %s: %v", format, r)
		}
	}()
	pw, ph, dpi := ch.size()
	var c vg.CanvasWriterTo
	switch strings.ToLower(strings.TrimPrefix(format, ".")) {
	case "png":
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(pw, ph), vgimg.UseDPI(dpi))}
	case "svg":
		c = vgsvg.NewWith(vgsvg.UseWH(pw, ph), vgsvg.EmbedFonts(true))
	case "pdf":
		c = newPDF(pw, ph)
	default:
		return errorf(ErrFormat, "%q (use png, svg or pdf)", format)
	}
	ch.draw(draw.New(c))
	if _, ok := c.(*vgsvg.Canvas); ok {
		// The SVG embeds Liberation Sans; viewers that ignore embedded
		// fonts fall back to Arial, whose metrics are the same, so text
		// still fits where it was laid out.
		var buf bytes.Buffer
		if _, err := c.WriteTo(&buf); err != nil {
			return fmt.Errorf("charts: writing svg: %w", err)
		}
		out := bytes.ReplaceAll(buf.Bytes(), []byte(`style="font-family:Liberation Sans;`), []byte(`style="font-family:'Liberation Sans',Arial,Helvetica,sans-serif;`))
		if _, err := w.Write(out); err != nil {
			return fmt.Errorf("charts: writing svg: %w", err)
		}
		return nil
	}
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("charts: writing %s: %w", format, err)
	}
	return nil
}

// Save writes the chart to path in the format its extension names (.png,
// .svg, .pdf; .csv writes the data), atomically: a half-written file never
// replaces an existing one.
func (ch *Chart) Save(path string) error {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	switch ext {
	case "png", "svg", "pdf":
		return atomicfile.Write(path, 0o644, func(w io.Writer) error { return ch.Write(w, ext) })
	case "csv":
		return atomicfile.Write(path, 0o644, ch.WriteCSV)
	}
	return errorf(ErrFormat, "%q: the file name must end in .png, .svg, .pdf or .csv", filepath.Base(path))
}

// WriteCSV writes the numbers behind the chart as CSV with a header row.
func (ch *Chart) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(ch.csv()); err != nil {
		return fmt.Errorf("charts: writing CSV: %w", err)
	}
	return nil
}
