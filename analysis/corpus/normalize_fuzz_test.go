package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNeedsCleaning checks the fast pre-check against the slow path: text
// it passes must come out of clean only trimmed (seeds below and in
// testdata/fuzz/FuzzNeedsCleaning).
func FuzzNeedsCleaning(f *testing.F) {
	for _, s := range []string{"plain text\nline two", "trailing \nspace", "tab\t\nx", "cr\r\nlf", "\uFEFFbom", "c1 \u0085 x",
		"sep\u2028x", "ctl\x01x", "del\x7fx", "é and ü\n\nnext", "  lead and trail  ", "\n", " \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // decoders hand Normalize valid UTF-8 only
		}
		if !needsCleaning(s) && clean(s) != strings.TrimSpace(s) {
			t.Fatalf("needsCleaning(%q) = false, but clean gives %q", s, clean(s))
		}
	})
}
