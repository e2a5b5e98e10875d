package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldRune maps a rune to the form matchers compare: curly and other
// typographic quotes and apostrophes become their ASCII forms (’ ‘ ‛ ′ → ',
// “ ” „ ″ → "), dashes and hyphens become '-', no-break and other spaces
// become ' ', and a letter with diacritics becomes its base letter (á → a,
// Ñ → N). Case is kept. Every rune maps to exactly one rune, so rune
// positions survive folding.
func FoldRune(r rune) rune {
	if r < 0x80 {
		return r
	}
	switch r {
	case '’', '‘', '‛', '′', 'ʼ', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003':
		return ' '
	}
	if r < 0xC0 || !unicode.IsLetter(r) {
		return r
	}
	return baseRune(r)
}

var baseCache sync.Map // rune → rune

// baseRune strips the diacritics of a precomposed letter.
func baseRune(r rune) rune {
	if v, ok := baseCache.Load(r); ok {
		return v.(rune)
	}
	base := r
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Bytes(buf[:n])
	if b, size := utf8.DecodeRune(d); size < len(d) && unicode.IsLetter(b) {
		rest := d[size:]
		allMarks := true
		for len(rest) > 0 {
			m, sz := utf8.DecodeRune(rest)
			if !unicode.Is(unicode.Mn, m) {
				allMarks = false
				break
			}
			rest = rest[sz:]
		}
		if allMarks {
			base = b
		}
	}
	baseCache.Store(r, base)
	return base
}

// Fold applies [FoldRune] to every rune of s.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(FoldRune, s)
}

// Key returns the comparison key of a word or phrase: folded (see [Fold])
// and lower-cased. "Nicolás" and "NICOLAS" share a key, as do "Maduro’s" and
// "maduro's".
func Key(s string) string {
	return strings.ToLower(Fold(s))
}
