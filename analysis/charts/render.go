package charts

import (
	"image/color"
	"math"
	"strings"
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Chart is a chart ready to render at any size and in any format. It is
// safe for concurrent use.
type Chart struct {
	opts    Options
	title   string
	legend  []legendItem
	caption string
	// build adds the kind's axes and plotters to p, recording hit areas;
	// w × h is the space the plot gets, in points.
	build func(p *plot.Plot, rec *recorder, w, h vg.Length)
	// csv returns the data behind the chart: a header, then rows.
	csv func() [][]string

	mu   sync.Mutex
	hits []hit
	hitH vg.Length // height in points of the image the hits belong to
	dpi  float64
}

// legendItem is one legend entry: an actor's name and colour.
type legendItem struct {
	name  string
	color color.Color
}

// hit is an area of a rendered chart, in points from the bottom left.
type hit struct {
	r vg.Rectangle
	t Target
}

// recorder collects hit areas while a chart draws.
type recorder struct{ hits []hit }

func (r *recorder) add(rect vg.Rectangle, t Target) {
	if r != nil {
		r.hits = append(r.hits, hit{rect, t})
	}
}

var (
	sansFont = font.Font{Typeface: "Liberation", Variant: "Sans"}
	// boldFont is regular: gonum's PDF backend cannot set bold faces.
	boldFont   = sansFont
	textColor  = color.Gray{0x20}
	mutedColor = color.Gray{0x60}
	gridColor  = color.Gray{0xE0}
)

// textStyle is a plain-text style in the chart's font.
func textStyle(f font.Font, size vg.Length, c color.Color) text.Style {
	return text.Style{Color: c, Font: font.From(f, size), Handler: plot.DefaultTextHandler}
}

// newPlot returns a plot in the charts' house style.
func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(boldFont, 14)
	p.Title.TextStyle.Color = textColor
	p.Title.Padding = 8
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sansFont, 10)
		a.Label.TextStyle.Color = textColor
		a.Tick.Label.Font = font.From(sansFont, 9)
		a.Tick.Label.Color = textColor
		a.Color, a.Tick.Color = mutedColor, mutedColor
		a.Padding = 2
	}
	return p
}

const margin = vg.Length(10)

// draw renders the chart onto c (w × h points), returning the hit areas.
func (ch *Chart) draw(c draw.Canvas) []hit {
	w, h := c.Max.X-c.Min.X, c.Max.Y-c.Min.Y
	c.SetColor(color.White)
	c.Fill(rectPath(c.Rectangle))

	capStyle := textStyle(sansFont, 8, mutedColor)
	capStyle.YAlign = draw.YBottom
	var capLines []string
	if ch.caption != "" {
		capLines = wrap(ch.caption, w-2*margin, capStyle)
	}
	capH := vg.Length(len(capLines)) * capStyle.Height("Xg") * 1.15
	legendW, layout := ch.legendLayout(h - 2*margin - 24)

	area := draw.Crop(c, margin, -(margin + legendW), margin+capH, -margin)
	title := ch.title
	ts := textStyle(boldFont, 14, textColor)
	if ts.Width(title) > area.Max.X-area.Min.X {
		title = strings.Join(wrap(title, area.Max.X-area.Min.X, ts), "\n")
	}
	p := newPlot(title)
	rec := &recorder{}
	ch.build(p, rec, area.Max.X-area.Min.X, area.Max.Y-area.Min.Y)
	p.Draw(area)

	top := area.Max.Y
	if title != "" {
		top -= ts.Height(title) + p.Title.Padding
	}
	layout(c, c.Max.X-margin-legendW+6, top)
	for i, line := range capLines {
		y := c.Min.Y + margin/2 + vg.Length(len(capLines)-1-i)*capStyle.Height("Xg")*1.15
		c.FillText(capStyle, vg.Point{X: c.Min.X + margin, Y: y}, line)
	}
	return rec.hits
}

// legendLayout measures the legend for an available height and returns its
// width and a function drawing it with its top left at (x, top). Entries
// flow into more columns when they do not fit one, so none is ever cut.
func (ch *Chart) legendLayout(avail vg.Length) (vg.Length, func(c draw.Canvas, x, top vg.Length)) {
	if len(ch.legend) == 0 {
		return 0, func(draw.Canvas, vg.Length, vg.Length) {}
	}
	sty := textStyle(sansFont, 9, textColor)
	sty.YAlign = draw.YCenter
	rowH := sty.Height("Xg") * 1.5
	perCol := int(math.Max(1, math.Floor(float64(avail/rowH))))
	cols := (len(ch.legend) + perCol - 1) / perCol
	names := make([]string, len(ch.legend))
	colW := make([]vg.Length, cols)
	for i, it := range ch.legend {
		names[i] = shortenRunes(it.name, 26)
		if wd := sty.Width(names[i]) + 20; wd > colW[i/perCol] {
			colW[i/perCol] = wd
		}
	}
	total := vg.Length(0)
	for _, cw := range colW {
		total += cw + 8
	}
	return total + 6, func(c draw.Canvas, x, top vg.Length) {
		for i, it := range ch.legend {
			col, row := i/perCol, i%perCol
			cx := x
			for k := 0; k < col; k++ {
				cx += colW[k] + 8
			}
			cy := top - rowH*vg.Length(row) - rowH/2
			c.SetColor(it.color)
			c.Fill(rectPath(vg.Rectangle{Min: vg.Point{X: cx, Y: cy - 5}, Max: vg.Point{X: cx + 12, Y: cy + 5}}))
			c.FillText(sty, vg.Point{X: cx + 17, Y: cy}, names[i])
		}
	}
}

// rectPath is the closed path around r.
func rectPath(r vg.Rectangle) vg.Path {
	var p vg.Path
	p.Move(r.Min)
	p.Line(vg.Point{X: r.Max.X, Y: r.Min.Y})
	p.Line(r.Max)
	p.Line(vg.Point{X: r.Min.X, Y: r.Max.Y})
	p.Close()
	return p
}

// wrap breaks s into lines no wider than width in style sty.
func wrap(s string, width vg.Length, sty text.Style) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && sty.Width(try) > width {
			lines = append(lines, line)
			line = word
			continue
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// shortenRunes cuts s to max runes with an ellipsis.
func shortenRunes(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return strings.TrimSpace(string(r[:max-1])) + "…"
}
