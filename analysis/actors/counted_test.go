package actors

import (
	"slices"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func TestCountedSpans(t *testing.T) {
	text := "0123456789abcdefghij" // 20 bytes
	sp := func(a, b int) corpus.Span { return corpus.Span{Start: a, End: b} }
	tests := []struct {
		name string
		bp   []corpus.Span
		incl bool
		want []corpus.Span
	}{
		{"none", nil, false, []corpus.Span{sp(0, 20)}},
		{"included", []corpus.Span{sp(2, 5)}, true, []corpus.Span{sp(0, 20)}},
		{"middle", []corpus.Span{sp(2, 5)}, false, []corpus.Span{sp(0, 2), sp(5, 20)}},
		{"sorted", []corpus.Span{sp(0, 3), sp(8, 10), sp(15, 20)}, false, []corpus.Span{sp(3, 8), sp(10, 15)}},
		{"unsorted", []corpus.Span{sp(15, 20), sp(0, 3), sp(8, 10)}, false, []corpus.Span{sp(3, 8), sp(10, 15)}},
		{"overlapping", []corpus.Span{sp(2, 9), sp(4, 6), sp(8, 12)}, false, []corpus.Span{sp(0, 2), sp(12, 20)}},
		{"past the end", []corpus.Span{sp(18, 40)}, false, []corpus.Span{sp(0, 18)}},
		{"all", []corpus.Span{sp(0, 20)}, false, nil},
	}
	for _, tt := range tests {
		d := &corpus.Document{Text: text, Boilerplate: slices.Clone(tt.bp)}
		got := CountedSpans(d, Options{IncludeBoilerplate: tt.incl})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if !slices.Equal(d.Boilerplate, tt.bp) {
			t.Errorf("%s: boilerplate changed to %v", tt.name, d.Boilerplate)
		}
		// Appending to a buffer gives the same spans after what it held.
		buf := appendCountedSpans([]corpus.Span{sp(-1, -1)}, d, Options{IncludeBoilerplate: tt.incl})
		if !slices.Equal(buf[1:], tt.want) || buf[0] != sp(-1, -1) {
			t.Errorf("%s: appended %v", tt.name, buf)
		}
	}
}
