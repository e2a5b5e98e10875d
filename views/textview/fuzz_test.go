package textview

import (
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// FuzzWrap checks that wrapping any text at any width covers the text
// exactly, in order, and that every point maps to an offset inside it on a
// rune boundary.
func FuzzWrap(f *testing.F) {
	f.Add("Hello world.\n\nSecond paragraph with a verylongwordthatdoesnotfit.", float32(80))
	f.Add("\t\ttabs\tand\u00a0spaces   \n", float32(3))
	f.Add("Nicolás Maduro — “quoted” 日本語のテキスト\n\n\n", float32(40))
	test.NewTempApp(f)
	f.Fuzz(func(t *testing.T, text string, width float32) {
		if !utf8.ValidString(text) || len(text) > 4000 || width != width {
			return
		}
		l := &layout{widths: map[rune]float32{}, textSize: 14, lineHeight: 20, pad: 4, width: max(1, min(width, 2000))}
		l.wrap(text)
		prev := 0
		for i, ln := range l.lines {
			if ln.start < prev || ln.end < ln.start || ln.end > len(text) {
				t.Fatalf("line %d %v out of order (previous end %d, text %d)", i, ln, prev, len(text))
			}
			if gap := text[prev:ln.start]; gap != "" && gap != "\n" {
				t.Fatalf("line %d skips %q", i, gap)
			}
			if ln.start < len(text) && !utf8.RuneStart(text[ln.start]) {
				t.Fatalf("line %d starts inside a rune", i)
			}
			prev = ln.end
		}
		if prev != len(text) {
			t.Fatalf("lines end at %d of %d", prev, len(text))
		}
		for _, p := range []fyne.Position{{X: -5, Y: -5}, {X: 10, Y: 25}, {X: 1e6, Y: 45}, {X: 3, Y: 1e7}} {
			off := l.offsetAt(text, p)
			if off < 0 || off > len(text) || (off < len(text) && !utf8.RuneStart(text[off])) {
				t.Fatalf("offsetAt(%v) = %d", p, off)
			}
		}
	})
}
