package corpus

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns text in the form every document's Text has: Unicode NFC,
// LF line endings, no byte order marks, no control characters other than
// newline and tab (form feeds and other controls become spaces, NUL is
// dropped), no trailing spaces on a line, and no leading or trailing blank
// lines. Curly quotes are kept as written; matchers fold them with
// [FoldRune].
func Normalize(s string) string {
	if !needsCleaning(s) {
		s = strings.TrimSpace(s)
	} else {
		s = clean(s)
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// needsCleaning reports whether s has anything clean would change other
// than leading and trailing white space. It makes two fast passes: one
// looking up each byte in a table of the bytes that may need a closer look
// (controls, DEL, and the lead bytes of a BOM, a C1 control or a line
// separator), and one over the line breaks for white space before them.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !specialByte[c] {
			continue
		}
		switch {
		case c == '\r', c < 0x20, c == 0x7F:
			return true
		case c == 0xEF && strings.HasPrefix(s[i:], "\uFEFF"):
			return true
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F:
			return true // C1 control
		case c == 0xE2 && (strings.HasPrefix(s[i:], "\u2028") || strings.HasPrefix(s[i:], "\u2029")):
			return true
		}
	}
	for i := strings.IndexByte(s, '\n'); i >= 0; {
		if i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
			return true
		}
		j := strings.IndexByte(s[i+1:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// specialByte marks the bytes needsCleaning looks at closely: C0 controls
// other than newline and tab, DEL, and 0xC2, 0xE2 and 0xEF, which start
// the UTF-8 of C1 controls, U+2028/U+2029 and the BOM.
var specialByte = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\n' && c != '\t'
	}
	t[0x7F], t[0xC2], t[0xE2], t[0xEF] = true, true, true, true
	return t
}()

func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var space [64]byte
	pending := space[:0] // white space not yet written: dropped at a line end
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				break
			}
			pending = pending[:0]
			b.WriteByte('\n')
		case r == '\n', r == '\u2028', r == '\u2029':
			pending = pending[:0]
			b.WriteByte('\n')
		case r == '\uFEFF', r == 0:
			// dropped
		case r == ' ', r == '\t':
			pending = append(pending, byte(r))
		case r < 0x20, r == 0x7F, r >= 0x80 && r <= 0x9F:
			pending = append(pending, ' ')
		default:
			b.Write(pending)
			pending = pending[:0]
			if r == utf8.RuneError && size == 1 {
				b.WriteString("\uFFFD")
			} else {
				b.WriteString(s[i : i+size])
			}
		}
		i += size
	}
	return strings.TrimSpace(b.String())
}
