package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// token is one word of a sentence as discovery sees it.
type token struct {
	start, end int    // byte range in the text (possessive stripped)
	text       string // as written, possessive stripped
	lower      string // corpus.Key of text
	capital    bool   // starts with an upper-case letter
	allCaps    bool   // at least two letters, none lower-case (an acronym)
	joined     bool   // only a single space separates it from the previous token
	first      bool   // the first word of its sentence
	possessive bool   // written with a possessive "'s", which ends a name
	amp        bool   // joined to the previous token by " & "
}

// sentenceTokens splits text[from:to] into tokens: words as the corpus
// defines them, with dotted acronyms ("U.S.", "D.C.") kept whole and a
// trailing possessive dropped.
func sentenceTokens(text string, from, to int, out []token) []token {
	out = out[:0]
	prevEnd := -1
	corpus.Words(text, from, to, func(sp corpus.Span) bool {
		s, e := sp.Start, sp.End
		// Dotted acronym: single capitals each followed by '.'.
		if n := len(out); n > 0 && e-s == 1 && isUpperASCII(text[s]) && e < to && text[e] == '.' {
			last := &out[n-1]
			if last.end == s && strings.HasSuffix(last.text, ".") && isDotted(last.text) {
				last.end = e + 1
				last.text = text[last.start:last.end]
				last.lower = strings.ToLower(last.text)
				last.allCaps = true
				prevEnd = last.end
				return true
			}
		}
		if e-s == 1 && isUpperASCII(text[s]) && e < to && text[e] == '.' && e+1 < to && isUpperASCII(text[e+1]) {
			e++ // the first letter of a dotted acronym
		}
		w := text[s:e]
		possessive := false
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
				w = w[:len(w)-len(suf)]
				e -= len(suf)
				possessive = true
				break
			}
		}
		t := token{start: s, end: e, text: w, lower: corpus.Key(w), first: len(out) == 0, possessive: possessive}
		r, _ := utf8.DecodeRuneInString(w)
		t.capital = unicode.IsUpper(r)
		t.allCaps = CaseSensitive(w)
		if prevEnd >= 0 {
			gap := text[prevEnd:s]
			t.joined = gap == " " || gap == "\u00a0" || gap == " & "
			t.amp = gap == " & "
		}
		prevEnd = sp.End
		out = append(out, t)
		return true
	})
	return out
}

func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// isDotted reports "U." or "U.S." shapes.
func isDotted(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if i+1 >= len(s) || !isUpperASCII(s[i]) || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// isHeading reports a sentence in capitals, or in title case without a
// final full stop (a headline), whose capitals say nothing about names.
func isHeading(toks []token, sentence string) bool {
	words, caps, upper := 0, 0, 0
	for _, t := range toks {
		if !unicode.IsLetter(firstRune(t.text)) {
			continue
		}
		words++
		if t.capital {
			caps++
		}
		if t.allCaps && len(t.text) > 1 {
			upper++
		}
	}
	if words < 3 {
		return words > 0 && upper == words && words > 1
	}
	if upper*10 >= words*7 {
		return true
	}
	end := strings.TrimRight(sentence, " \n\t”’\"')")
	if strings.HasSuffix(end, ".") || strings.HasSuffix(end, "?") || strings.HasSuffix(end, "!") {
		return false
	}
	return words >= 4 && caps*10 >= words*6
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
