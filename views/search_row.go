package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/search"
)

// hitRow is one hit in the list: tapping it opens the document.
type hitRow struct {
	widget.BaseWidget
	hit     search.Hit
	content fyne.CanvasObject
	onTap   func(search.Hit)
}

func newHitRow(h search.Hit, onTap func(search.Hit)) *hitRow {
	title := h.Title
	if title == "" {
		title = h.ID
	}
	meta := []string{}
	if h.Source != "" {
		meta = append(meta, h.Source)
	}
	if !h.Date.IsZero() {
		meta = append(meta, h.Date.Format("2 Jan 2006"))
	}
	meta = append(meta, fmt.Sprintf("score %.2f", h.Score), pluralOf(len(h.Spans), "match", "matches"))
	var spans []corpus.Span
	if h.Title != "" {
		spans = h.TitleSpans
	}
	segs := titleSegments(title, spans)
	segs = append(segs, &widget.TextSegment{Text: "  " + strings.Join(meta, " · "),
		Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}})
	head := widget.NewRichText(segs...)
	head.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{head}
	for _, f := range h.Fragments {
		objs = append(objs, fragmentText(f))
	}
	objs = append(objs, widget.NewSeparator())
	r := &hitRow{hit: h, content: container.NewVBox(objs...), onTap: onTap}
	r.ExtendBaseWidget(r)
	return r
}

// fragmentText renders a fragment with the matched words in bold.
func fragmentText(f search.Fragment) *widget.RichText {
	var segs []widget.RichTextSegment
	plain := widget.RichTextStyle{Inline: true}
	last := 0
	for _, m := range f.Marks {
		if m.Start > last {
			segs = append(segs, &widget.TextSegment{Text: f.Text[last:m.Start], Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: f.Text[m.Start:m.End], Style: widget.RichTextStyleStrong})
		last = m.End
	}
	if last < len(f.Text) {
		segs = append(segs, &widget.TextSegment{Text: f.Text[last:], Style: plain})
	}
	for i := range segs {
		if ts, ok := segs[i].(*widget.TextSegment); ok {
			ts.Style.Inline = true
		}
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// CreateRenderer implements fyne.Widget.
func (r *hitRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// Tapped opens the hit.
func (r *hitRow) Tapped(*fyne.PointEvent) { r.onTap(r.hit) }

// Cursor shows a pointing hand over a hit.
func (r *hitRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

// titleSegments renders a title in bold with the matched words in the
// primary colour.
func titleSegments(title string, spans []corpus.Span) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	bold := widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}
	hit := bold
	hit.ColorName = theme.ColorNamePrimary
	last := 0
	for _, sp := range spans {
		if sp.Start < last || sp.End > len(title) {
			continue
		}
		if sp.Start > last {
			segs = append(segs, &widget.TextSegment{Text: title[last:sp.Start], Style: bold})
		}
		segs = append(segs, &widget.TextSegment{Text: title[sp.Start:sp.End], Style: hit})
		last = sp.End
	}
	if last < len(title) {
		segs = append(segs, &widget.TextSegment{Text: title[last:], Style: bold})
	}
	return segs
}

// pluralOf returns "1 match" or "N matches".
func pluralOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
