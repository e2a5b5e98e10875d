package textview

import (
	"sort"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// line is one wrapped line: text[start:end], without its newline.
type line struct {
	start, end int
	y          float32 // top of the line, from the top of the text
}

// layout is the text wrapped to a width: the lines and the metrics they were
// measured with.
type layout struct {
	lines      []line
	width      float32 // wrap width the lines were made for
	textSize   float32
	lineHeight float32
	pad        float32
	valid      bool
	nextY      float32 // where the next line goes while wrapping
	widths     map[rune]float32
}

func (l *layout) invalidate() { l.valid = false }

// runeWidth measures one rune, cached per text size.
func (l *layout) runeWidth(r rune) float32 {
	if w, ok := l.widths[r]; ok {
		return w
	}
	var w float32
	switch r {
	case '\t':
		w = 4 * l.runeWidth(' ')
	default:
		w = fyne.MeasureText(string(r), l.textSize, fyne.TextStyle{}).Width
	}
	l.widths[r] = w
	return w
}

// measure returns the drawn width of s (used for the few strings in view,
// where kerning matters).
func (l *layout) measure(s string) float32 {
	if s == "" {
		return 0
	}
	return fyne.MeasureText(expandTabs(s), l.textSize, fyne.TextStyle{}).Width
}

func expandTabs(s string) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\t", "    ")
}

// relayout re-wraps the text when the width, the text size or the text
// changed, sizes the scrolled content and redraws.
func (v *TextView) relayout() {
	size := v.Size()
	ts := theme.SizeForWidget(theme.SizeNameText, v)
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, v)
	bar := theme.SizeForWidget(theme.SizeNameScrollBar, v)
	width := size.Width - 2*pad - bar
	l := &v.lay
	if ts != l.textSize {
		l.widths = map[rune]float32{}
		l.textSize = ts
		l.valid = false
	}
	if width != l.width {
		l.valid = false
	}
	if !l.valid && width > 0 {
		// Keep the first visible line's text at the top across a re-wrap
		// (a resize or a new text size keeps the reader's place).
		keep := -1
		if len(l.lines) > 0 && v.scroll.Offset.Y > 0 {
			keep = l.lines[l.lineAtY(v.scroll.Offset.Y-l.pad)].start
		}
		l.width, l.pad = width, pad
		l.lineHeight = fyne.MeasureText("Mg", ts, fyne.TextStyle{}).Height * 1.25
		l.wrap(v.text)
		l.valid = true
		if keep >= 0 && len(l.lines) > 0 {
			v.scroll.Offset.Y = pad + l.lines[l.lineOf(keep)].y
		}
	}
	h := l.height() + 2*pad
	v.content.Resize(fyne.NewSize(size.Width, max(h, size.Height)))
	maxOff := max(0, h-size.Height)
	if v.scroll.Offset.Y > maxOff {
		v.scroll.Offset.Y = maxOff
	}
	v.scroll.Refresh()
	v.content.Refresh()
	if l.valid && v.pending >= 0 {
		v.ScrollTo(v.pending)
	}
}

// wrap breaks text into lines no wider than l.width, at spaces where it
// can, inside words where a word is wider than a line.
func (l *layout) wrap(text string) {
	l.lines = l.lines[:0]
	l.nextY = 0
	start := 0
	for start <= len(text) {
		nl := strings.IndexByte(text[start:], '\n')
		end := len(text)
		if nl >= 0 {
			end = start + nl
		}
		l.wrapParagraph(text, start, end)
		if nl < 0 {
			break
		}
		// A single line break between two non-empty lines ends a
		// paragraph: leave a little space.
		if end > start && end+1 < len(text) && text[end+1] != '\n' {
			l.nextY += l.lineHeight * paragraphGap
		}
		start = end + 1
	}
}

func (l *layout) wrapParagraph(text string, start, end int) {
	lineStart, breakAt := start, -1
	var w float32
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		rw := l.runeWidth(r)
		if w+rw > l.width && i > lineStart && r != ' ' {
			cut := i
			if breakAt > lineStart {
				cut = breakAt
			}
			l.addLine(lineStart, cut)
			lineStart, breakAt = cut, -1
			w = 0
			for j := cut; j < i; {
				r2, n2 := utf8.DecodeRuneInString(text[j:i])
				w += l.runeWidth(r2)
				j += n2
			}
		}
		w += rw
		i += n
		if r == ' ' || r == '\t' || r == '-' || r == '/' {
			breakAt = i
		}
	}
	l.addLine(lineStart, end)
}

// paragraphGap is the space after a paragraph, in lines.
const paragraphGap = 0.45

func (l *layout) addLine(start, end int) {
	l.lines = append(l.lines, line{start, end, l.nextY})
	l.nextY += l.lineHeight
}

// height is the height of all the lines.
func (l *layout) height() float32 {
	if len(l.lines) == 0 {
		return 0
	}
	return l.lines[len(l.lines)-1].y + l.lineHeight
}

// lineAtY returns the index of the line at height y (text coordinates,
// without padding), clamped to the lines.
func (l *layout) lineAtY(y float32) int {
	i := sort.Search(len(l.lines), func(i int) bool { return l.lines[i].y > y }) - 1
	return max(0, min(i, len(l.lines)-1))
}

// lineOf returns the index of the line containing byte offset off.
func (l *layout) lineOf(off int) int {
	i := sort.Search(len(l.lines), func(i int) bool { return l.lines[i].start > off }) - 1
	return max(0, i)
}

// offsetAt returns the byte offset nearest to pos (content coordinates).
func (l *layout) offsetAt(text string, pos fyne.Position) int {
	if len(l.lines) == 0 || l.lineHeight == 0 {
		return 0
	}
	y := pos.Y - l.pad
	if y < 0 {
		return 0
	}
	if y >= l.height() {
		return len(text)
	}
	i := l.lineAtY(y)
	ln := l.lines[i]
	x := pos.X - l.pad
	var w float32
	for j := ln.start; j < ln.end; {
		r, n := utf8.DecodeRuneInString(text[j:ln.end])
		rw := l.runeWidth(r)
		if w+rw/2 > x {
			return j
		}
		w += rw
		j += n
	}
	return ln.end
}
