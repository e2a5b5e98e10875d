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

// cleanRunes is the rune-by-rune clean the byte-wise one replaced, kept as
// the reference for FuzzClean.
func cleanRunes(s string) string {
	var b strings.Builder
	var pending []byte
	for i, r := range s {
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			pending = pending[:0]
			b.WriteByte('\n')
		case r == '\n', r == '\u2028', r == '\u2029':
			pending = pending[:0]
			b.WriteByte('\n')
		case r == '\uFEFF', r == 0:
		case r == ' ', r == '\t':
			pending = append(pending, byte(r))
		case r < 0x20, r == 0x7F, r >= 0x80 && r <= 0x9F:
			pending = append(pending, ' ')
		default:
			b.Write(pending)
			pending = pending[:0]
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// FuzzClean checks the byte-wise clean against the rune-by-rune reference,
// invalid UTF-8 included (seeds below and in testdata/fuzz/FuzzClean).
func FuzzClean(f *testing.F) {
	for _, s := range []string{"a \r\nb\rc", "x\u2028y\u2029", "\uFEFF\x00z", "t\x01\x7f\u0085 \t\nq", "caf\xe9 \xff", "  é  \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := clean(s), cleanRunes(s); got != want {
			t.Fatalf("clean(%q) = %q, want %q", s, got, want)
		}
	})
}
