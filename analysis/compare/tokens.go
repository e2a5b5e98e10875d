package compare

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// token is one word of a text: its byte span and its comparison key
// (folded, lower-cased; see corpus.Key). Hyphenated words are split into
// their parts so that "narco-terrorist" and "narco terrorist" match.
type token struct {
	span corpus.Span
	key  string
}

// tokenize returns the words of text[from:to].
func tokenize(text string, from, to int) []token {
	var out []token
	corpus.Words(text, from, to, func(s corpus.Span) bool {
		start := s.Start
		for i := s.Start; i < s.End; {
			r, size := utf8.DecodeRuneInString(text[i:s.End])
			if corpus.FoldRune(r) == '-' {
				if i > start {
					out = append(out, token{corpus.Span{Start: start, End: i}, key(text[start:i])})
				}
				start = i + size
			}
			i += size
		}
		if start < s.End {
			out = append(out, token{corpus.Span{Start: start, End: s.End}, key(text[start:s.End])})
		}
		return true
	})
	return out
}

// key is corpus.Key with a trailing possessive removed ("Maduro's" →
// "maduro").
func key(w string) string {
	k := corpus.Key(w)
	if strings.HasSuffix(k, "'s") {
		k = k[:len(k)-2]
	}
	return k
}

var stemCache sync.Map // key → stem

// stem returns the English Snowball stem of a key, or "" for a stop word,
// a one-letter word or a bare number (content words only).
func stem(k string) string {
	orig := k
	if v, ok := stemCache.Load(k); ok {
		return v.(string)
	}
	s := ""
	if i := strings.IndexByte(k, '\''); i >= 0 && english.IsStopWord(k[:i]) {
		k = ""
	}
	if len(k) > 1 && !english.IsStopWord(k) {
		s = english.Stem(k, false)
	}
	stemCache.Store(orig, s)
	return s
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			if s[i] != '.' && s[i] != ',' {
				return false
			}
		}
	}
	return s != ""
}

// contentEnd is where the analysed part of d ends.
func contentEnd(d *corpus.Document, includeBoilerplate bool) int {
	if includeBoilerplate {
		return len(d.Text)
	}
	return d.ContentEnd()
}
