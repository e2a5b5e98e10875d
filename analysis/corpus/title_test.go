package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short title", 20, "short title"},
		{"  spaced\n  out  ", 20, "spaced out"},
		{"one two three four five", 12, "one two…"},
		{strings.Repeat("word ", 1000), 10, "word word…"},
		{"abc", 0, "…"},
	}
	for _, tt := range tests {
		if got := Shorten(tt.in, tt.max); got != tt.want {
			t.Errorf("Shorten(%.20q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
	long := strings.Repeat("é", 5000)
	if got := Shorten(long, 90); utf8.RuneCountInString(got) > 90 || !strings.HasSuffix(got, "…") || !utf8.ValidString(got) {
		t.Errorf("long = %q", got)
	}
}

func TestGuessTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Trump Plans Direct Talk With Maduro\nThe president said. More.", "Trump Plans Direct Talk With Maduro"},
		{"The president said on Monday that talks would go on. More text.", "The president said on Monday that talks would go on."},
		{"U.S. strikes hit boats off Venezuela\nBody.", "U.S. strikes hit boats off Venezuela"},
	}
	for _, tt := range tests {
		p := Paragraphs(tt.text)
		if got := GuessTitle(tt.text, Sentences(tt.text, p)); got != tt.want {
			t.Errorf("GuessTitle(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
