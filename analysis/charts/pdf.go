package charts

import (
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgpdf"
)

// pdfCanvas fixes text in gonum's PDF backend, which embeds fonts with the
// Windows-1252 code page but writes strings as UTF-8 bytes (so "Nicolás"
// came out as "NicolÃ¡s"): strings are transcoded first. Characters outside
// Windows-1252 print as "?".
type pdfCanvas struct{ *vgpdf.Canvas }

var cp1252 = encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder())

// FillString implements vg.Canvas.
func (c pdfCanvas) FillString(f font.Face, pt vg.Point, s string) {
	if out, err := cp1252.String(s); err == nil {
		s = out
	}
	c.Canvas.FillString(f, pt, s)
}

// newPDF returns a w × h point PDF canvas with embedded fonts.
func newPDF(w, h vg.Length) pdfCanvas {
	c := vgpdf.New(w, h)
	c.EmbedFonts(true)
	return pdfCanvas{c}
}
