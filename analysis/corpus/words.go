package corpus

import (
	"unicode"
	"unicode/utf8"
)

// IsWordRune reports whether r can be part of a word: a letter, a digit or a
// combining mark.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isJoiner reports whether r joins two word parts into one word
// (apostrophes and hyphens: "Maduro’s", "narco-state").
func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‐' || r == '‑'
}

// asciiWord marks the ASCII bytes that are word runes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = IsWordRune(rune(c))
	}
	return t
}()

// wordAt reports whether a word rune starts at text[i] (i < to).
func wordAt(text string, i, to int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(text[i:to])
	return IsWordRune(r)
}

// Words calls fn with the span of every word in text[from:to]: a maximal
// run of word runes, joined across a single apostrophe or hyphen between
// two word runes. It stops early when fn returns false.
func Words(text string, from, to int, fn func(Span) bool) {
	i := from
	for i < to {
		start := i
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(text[i:to])
			if !IsWordRune(r) {
				i += size
				continue
			}
			i += size
		}
		for i < to {
			c := text[i]
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					i++
					continue
				}
				if (c == '\'' || c == '-') && i+1 < to && wordAt(text, i+1, to) {
					i++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[i:to])
			if IsWordRune(r) {
				i += size
				continue
			}
			if isJoiner(r) && i+size < to && wordAt(text, i+size, to) {
				i += size
				continue
			}
			break
		}
		if !fn(Span{start, i}) {
			return
		}
	}
}

// CountWords returns the number of words in text[from:to] (see [Words]).
func CountWords(text string, from, to int) int {
	n := 0
	Words(text, from, to, func(Span) bool { n++; return true })
	return n
}
