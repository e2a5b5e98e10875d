package corpus

import (
	"strings"

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
// than leading and trailing white space.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if plainByte[c] {
			continue // the common case: printable ASCII or a line break
		}
		switch {
		case c == '\r', c < 0x20 && c != '\n' && c != '\t', c == 0x7F:
			return true
		case c == ' ' || c == '\t':
			if i+1 < len(s) && s[i+1] == '\n' {
				return true
			}
		case c == 0xEF && strings.HasPrefix(s[i:], "\uFEFF"):
			return true
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F:
			return true // C1 control
		case c == 0xE2 && (strings.HasPrefix(s[i:], "\u2028") || strings.HasPrefix(s[i:], "\u2029")):
			return true
		}
	}
	return false
}

// plainByte marks the bytes needsCleaning passes over without a second
// look: printable ASCII other than space, and newline.
var plainByte = func() (t [256]bool) {
	for c := '!'; c < 0x7F; c++ {
		t[c] = true
	}
	t['\n'] = true
	return t
}()

func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var pending []byte // white space not yet written: dropped at a line end
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
			// dropped
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
