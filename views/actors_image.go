package views

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// chartImage shows the rendered chart, reports its size changes, clicks
// and pointer moves.
type chartImage struct {
	widget.BaseWidget
	raster  *canvas.Image
	img     image.Image
	last    fyne.Size
	resized func(fyne.Size)
	tapped  func(fyne.Position)
	hover   func(fyne.Position)
}

var (
	_ fyne.Tappable     = (*chartImage)(nil)
	_ desktop.Hoverable = (*chartImage)(nil)
)

func newChartImage(resized func(fyne.Size), tapped, hover func(fyne.Position)) *chartImage {
	c := &chartImage{raster: canvas.NewImageFromImage(nil), resized: resized, tapped: tapped, hover: hover}
	c.raster.FillMode = canvas.ImageFillStretch
	c.raster.ScaleMode = canvas.ImageScaleFastest
	c.ExtendBaseWidget(c)
	return c
}

func (c *chartImage) setImage(img image.Image) {
	c.img = img
	c.raster.Image = img
	c.raster.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (c *chartImage) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.raster)
}

// MinSize keeps the chart legible.
func (c *chartImage) MinSize() fyne.Size { return fyne.NewSize(320, 220) }

// Resize implements fyne.CanvasObject, reporting new sizes.
func (c *chartImage) Resize(s fyne.Size) {
	c.BaseWidget.Resize(s)
	if s != c.last {
		c.last = s
		c.resized(s)
	}
}

// Tapped implements fyne.Tappable.
func (c *chartImage) Tapped(e *fyne.PointEvent) { c.tapped(e.Position) }

// MouseIn implements desktop.Hoverable.
func (c *chartImage) MouseIn(e *desktop.MouseEvent) { c.hover(e.Position) }

// MouseMoved implements desktop.Hoverable.
func (c *chartImage) MouseMoved(e *desktop.MouseEvent) { c.hover(e.Position) }

// MouseOut implements desktop.Hoverable.
func (c *chartImage) MouseOut() {}
