package textview

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

const sample = "Hello world. The quick brown fox jumps over the lazy dog.\n\nMaduro met Trump in Caracas; the talks failed.\nEnd."

func newView(t *testing.T, text string) (*TextView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	v := New()
	v.SetText(text)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(300, 200))
	return v, w
}

func longText(paragraphs int) string {
	var b strings.Builder
	for i := 0; i < paragraphs; i++ {
		b.WriteString("Paragraph of reporting about the strikes on boats in the Caribbean and what officials said next. ")
		b.WriteString("Another sentence follows with more words to wrap across several lines.\n\n")
	}
	return b.String()
}

func TestWrapCoversTextAndFitsWidth(t *testing.T) {
	v, _ := newView(t, sample)
	l := &v.lay
	if !l.valid || len(l.lines) < 3 {
		t.Fatalf("expected several wrapped lines, got %d (valid %v)", len(l.lines), l.valid)
	}
	prev := 0
	for i, ln := range l.lines {
		gap := v.text[prev:ln.start]
		if gap != "" && gap != "\n" {
			t.Errorf("line %d: unexpected gap %q before it", i, gap)
		}
		seg := strings.TrimRight(v.text[ln.start:ln.end], " ")
		if w := l.measure(seg); w > l.width+1 {
			t.Errorf("line %d %q is %.0f wide, more than %.0f", i, seg, w, l.width)
		}
		prev = ln.end
	}
	if prev != len(v.text) {
		t.Errorf("lines end at %d, text is %d bytes", prev, len(v.text))
	}
}

func TestRendersOnlyVisibleLines(t *testing.T) {
	text := longText(5000) // about 850 KB
	v, _ := newView(t, text)
	if len(v.lay.lines) < 10000 {
		t.Fatalf("expected a long wrapped text, got %d lines", len(v.lay.lines))
	}
	objs := test.WidgetRenderer(v.content).Objects()
	if len(objs) == 0 || len(objs) > 100 {
		t.Fatalf("renders %d objects for a 200 px high view; want a handful", len(objs))
	}
	v.ScrollTo(len(text) / 2)
	start, end := v.VisibleRange()
	if start > len(text)/2 || end < len(text)/2 {
		t.Errorf("after ScrollTo(%d) the visible range is %d..%d", len(text)/2, start, end)
	}
	objs = test.WidgetRenderer(v.content).Objects()
	shown := 0
	for _, o := range objs {
		if tx, ok := o.(*canvas.Text); ok {
			if tx.Text == "" || !strings.Contains(text[start:end], tx.Text) {
				t.Errorf("drawn line %q is not in the visible range", tx.Text)
			}
			shown++
		}
	}
	if shown < 5 || len(objs) > 100 {
		t.Errorf("after scrolling: %d objects, %d text lines", len(objs), shown)
	}
}

func TestMarksNavigation(t *testing.T) {
	text := longText(200)
	v, _ := newView(t, text)
	var marks []Mark
	for off := 0; ; {
		i := strings.Index(text[off:], "boats")
		if i < 0 {
			break
		}
		marks = append(marks, Mark{Span: corpus.Span{Start: off + i, End: off + i + 5}, Color: color.NRGBA{R: 200, A: 255}, Label: "boats"})
		off += i + 5
	}
	// Give them in reverse order: the view sorts them.
	for i, j := 0, len(marks)-1; i < j; i, j = i+1, j-1 {
		marks[i], marks[j] = marks[j], marks[i]
	}
	v.SetMarks(marks)
	if !v.NextMark() || v.CurrentMark() != 0 {
		t.Fatalf("first NextMark: current %d", v.CurrentMark())
	}
	for i := 1; i < 150; i++ {
		if !v.NextMark() {
			t.Fatalf("NextMark %d failed", i)
		}
	}
	cur := v.Marks()[v.CurrentMark()]
	if s, e := v.VisibleRange(); cur.Span.Start < s || cur.Span.End > e {
		t.Errorf("focused mark %v not in view %d..%d", cur.Span, s, e)
	}
	if !v.PrevMark() || v.CurrentMark() != 148 {
		t.Errorf("PrevMark: current %d, want 148", v.CurrentMark())
	}
	v.FocusMark(len(marks) - 1)
	if v.NextMark() {
		t.Error("NextMark past the last mark succeeded")
	}
	if got := v.MarksAt(cur.Span.Start + 2); len(got) != 1 || got[0].Label != "boats" {
		t.Errorf("MarksAt = %v", got)
	}
	if got := v.MarksAt(0); len(got) != 0 {
		t.Errorf("MarksAt(0) = %v, want none", got)
	}
}

func TestMarksClipped(t *testing.T) {
	v, _ := newView(t, "short text")
	v.SetMarks([]Mark{{Span: corpus.Span{Start: 6, End: 99}}, {Span: corpus.Span{Start: 50, End: 60}}, {Span: corpus.Span{Start: -3, End: 2}}})
	got := v.Marks()
	if len(got) != 2 || got[0].Span != (corpus.Span{Start: 0, End: 2}) || got[1].Span != (corpus.Span{Start: 6, End: 10}) {
		t.Errorf("marks = %+v", got)
	}
}

func TestTapReportsOffset(t *testing.T) {
	v, _ := newView(t, sample)
	var got = -1
	v.OnTapped = func(off int) { got = off }
	l := &v.lay
	x := l.pad + l.measure("Hello w") + 1
	test.TapAt(v.content, fyne.NewPos(x, l.pad+l.lineHeight/2))
	if got < 6 || got > 8 {
		t.Errorf("tap inside \"world\" reported offset %d", got)
	}
	test.TapAt(v.content, fyne.NewPos(5, 10000))
	if got != len(sample) {
		t.Errorf("tap below the text reported %d, want %d", got, len(sample))
	}
}

func TestSelectAndCopy(t *testing.T) {
	v, w := newView(t, sample)
	v.Select(6, 11)
	if v.SelectedText() != "world" {
		t.Fatalf("selected %q", v.SelectedText())
	}
	w.Canvas().Focus(v.content)
	v.content.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != "world" {
		t.Errorf("clipboard = %q", got)
	}
	v.content.TypedShortcut(&fyne.ShortcutSelectAll{})
	if v.SelectedText() != sample {
		t.Errorf("select all selected %q", v.SelectedText())
	}
	v.SetText("new")
	if v.SelectedText() != "" {
		t.Error("SetText kept the selection")
	}
}

func TestScrolledCallback(t *testing.T) {
	v, _ := newView(t, longText(100))
	var tops []int
	v.OnScrolled = func(top int) { tops = append(tops, top) }
	v.ScrollTo(5000)
	if len(tops) != 0 {
		t.Fatalf("ScrollTo called OnScrolled: %v", tops)
	}
	v.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -300)})
	if len(tops) != 1 {
		t.Fatalf("OnScrolled calls = %v", tops)
	}
	if s, _ := v.VisibleRange(); tops[0] != s {
		t.Errorf("OnScrolled(%d), visible range starts at %d", tops[0], s)
	}
	v.ScrollToTopOffset(tops[0])
	if s, _ := v.VisibleRange(); s != tops[0] {
		t.Errorf("ScrollToTopOffset(%d) shows %d first", tops[0], s)
	}
}

func TestDimmedSegments(t *testing.T) {
	v, _ := newView(t, "abc def ghi")
	v.SetDimmed([]corpus.Span{{Start: 4, End: 7}})
	r := test.WidgetRenderer(v.content).(*contentRenderer)
	segs := r.segments(v.lay.lines[0])
	want := []segment{{0, 4, false}, {4, 7, true}, {7, 11, false}}
	if len(segs) != len(want) {
		t.Fatalf("segments = %v", segs)
	}
	for i := range want {
		if segs[i] != want[i] {
			t.Errorf("segment %d = %v, want %v", i, segs[i], want[i])
		}
	}
}

func TestResizeRewraps(t *testing.T) {
	v, w := newView(t, longText(3))
	narrow := len(v.lay.lines)
	w.Resize(fyne.NewSize(900, 200))
	if wide := len(v.lay.lines); wide >= narrow {
		t.Errorf("widening kept %d lines (was %d)", wide, narrow)
	}
}

func BenchmarkSetText1MB(b *testing.B) {
	test.NewTempApp(b)
	text := longText(6000)
	v := New()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(700, 600))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		v.SetText(text)
	}
}

func TestParagraphSpacing(t *testing.T) {
	v, _ := newView(t, "One.\nTwo.\n\nThree.")
	l := &v.lay
	if len(l.lines) != 4 {
		t.Fatalf("%d lines", len(l.lines))
	}
	if gap := l.lines[1].y - l.lines[0].y; gap <= l.lineHeight {
		t.Errorf("no space after a single-newline paragraph: %.1f", gap)
	}
	if gap := l.lines[2].y - l.lines[1].y; gap != l.lineHeight {
		t.Errorf("a blank line got extra space: %.1f", gap)
	}
	for i := range l.lines {
		if got := l.lineAtY(l.lines[i].y + 1); got != i {
			t.Errorf("lineAtY(line %d) = %d", i, got)
		}
	}
}

// bigText is the default theme with larger text.
type bigText struct{ fyne.Theme }

func (b bigText) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return 2 * b.Theme.Size(n)
	}
	return b.Theme.Size(n)
}

func TestThemeTextSizeRewraps(t *testing.T) {
	v, _ := newView(t, longText(3))
	size, lines := v.lay.textSize, len(v.lay.lines)
	fyne.CurrentApp().Settings().SetTheme(bigText{theme.DefaultTheme()})
	v.Refresh()
	if v.lay.textSize != 2*size {
		t.Errorf("text size %.1f after the theme doubled %.1f", v.lay.textSize, size)
	}
	if len(v.lay.lines) <= lines {
		t.Errorf("bigger text did not re-wrap: %d lines, was %d", len(v.lay.lines), lines)
	}
}

func TestScrollToBeforeLayout(t *testing.T) {
	test.NewTempApp(t)
	text := longText(200)
	v := New()
	v.SetText(text)
	v.ScrollTo(len(text) / 2) // not laid out yet: remembered
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(400, 300))
	if s, e := v.VisibleRange(); s > len(text)/2 || e < len(text)/2 {
		t.Errorf("after the first layout the view shows %d..%d, not %d", s, e, len(text)/2)
	}
}

func TestResizeKeepsPlace(t *testing.T) {
	v, w := newView(t, longText(200))
	v.ScrollToTopOffset(20000)
	top, _ := v.VisibleRange()
	w.Resize(fyne.NewSize(700, 300))
	if s, e := v.VisibleRange(); top < s || top > e {
		t.Errorf("after widening, %d is no longer in view (%d..%d)", top, s, e)
	}
}
