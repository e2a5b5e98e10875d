package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleRunes bounds a title taken from the start of the first sentence.
const maxTitleRunes = 90

// GuessTitle returns a title for a text that has none in its metadata: the
// first line when it reads as a headline (short, not ending like a
// sentence, and followed by more text), else the start of the first
// sentence, shortened at a word boundary with an ellipsis.
func GuessTitle(text string, sentences []Span) string {
	first, rest, _ := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	first = strings.TrimLeft(first, "#= ") // a Markdown heading
	if isHeadline(first) && strings.TrimSpace(rest) != "" {
		return first
	}
	if len(sentences) == 0 {
		return Shorten(first, maxTitleRunes)
	}
	s := sentences[0]
	return Shorten(text[s.Start:s.End], maxTitleRunes)
}

func isHeadline(line string) bool {
	n := utf8.RuneCountInString(line)
	if n == 0 || n > 160 {
		return false
	}
	words := strings.Fields(line)
	if len(words) > 28 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', ',', ';', ':':
		// "U.S." or "Inc." can end a headline; a sentence ends in a word.
		lw := words[len(words)-1]
		return last == '.' && isAbbreviation(strings.TrimSuffix(lw, ".")) && len(words) <= 16
	case '?', '!':
		return len(words) <= 16
	}
	return true
}

// Shorten returns s cut to at most max runes at a word boundary, with an
// ellipsis when it was cut.
func Shorten(s string, max int) string {
	cut := false
	if limit := 16*max + 64; len(s) > limit { // only the start can survive
		for limit > 0 && !utf8.RuneStart(s[limit]) {
			limit--
		}
		s, cut = s[:limit], true
	}
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= max {
		if cut && s != "" {
			return s + "…"
		}
		return s
	}
	return shortenRunes([]rune(s), max)
}

func shortenRunes(runes []rune, max int) string {
	if max < 1 {
		return "…"
	}
	cut := max - 1
	for i := cut; i > max/2; i-- {
		if unicode.IsSpace(runes[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRightFunc(string(runes[:cut]), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	}) + "…"
}
