package views

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// ErrEmptyQuery is returned when a concordance is asked for no word at all.
var ErrEmptyQuery = errors.New("views: empty concordance query")

// concordanceMaxLines caps a concordance, so a query for "the" on a large
// corpus stays usable; the count still reports every match.
const concordanceMaxLines = 200_000

// wordPattern compiles a whole-word, case-insensitive pattern for a word or
// phrase; runs of spaces in the phrase match any run of white space.
func wordPattern(q string) (*regexp.Regexp, error) {
	words := strings.Fields(q)
	if len(words) == 0 {
		return nil, ErrEmptyQuery
	}
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(`(?i)` + strings.Join(words, `\s+`))
	if err != nil {
		return nil, fmt.Errorf("views: concordance query %q: %w", q, err)
	}
	return re, nil
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' || unicode.Is(unicode.Mn, r)
}

// wholeWord reports whether text[start:end] is not glued to a word on
// either side.
func wholeWord(text string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isWordRune(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isWordRune(r) {
			return false
		}
	}
	return true
}

// findWord lists the whole-word matches of q in the corpus text outside
// boilerplate, ignoring case and accents as actor names do, as KWIC lines
// with width characters of context (Actor is -1). total is the number of
// matches, which may exceed len(lines) when the concordance was capped.
func findWord(ctx context.Context, c *corpus.Corpus, q string, width int, progress Progress) (lines []actors.Line, total int, err error) {
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		return nil, 0, ErrEmptyQuery
	}
	// The actors' matcher (an Aho–Corasick automaton over folded text) is
	// several times faster than a case-insensitive regexp; a query it
	// cannot take falls back to the regexp.
	var find func(text string, end int) [][2]int
	if reg := (&actors.Registry{Actors: []*actors.Actor{{Name: q, Kind: actors.Other}}}); reg.Validate() == nil {
		m := actors.NewMatcher(reg)
		find = func(text string, end int) [][2]int {
			var out [][2]int
			for _, x := range m.FindAll(text, 0, end) {
				out = append(out, [2]int{x.Start, x.End})
			}
			return out
		}
	} else {
		rf, err := regexpFinder(q)
		if err != nil {
			return nil, 0, err
		}
		find = func(text string, end int) [][2]int { return rf(text[:end]) }
	}
	for i, d := range c.Docs {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
			if progress != nil {
				progress(i, len(c.Docs))
			}
		}
		for _, m := range find(d.Text, d.ContentEnd()) {
			if d.InBoilerplate(m[0]) {
				continue
			}
			total++
			if len(lines) < concordanceMaxLines {
				lines = append(lines, kwicLine(d, -1, corpus.Span{Start: m[0], End: m[1]}, width))
			}
		}
	}
	return lines, total, nil
}

// regexpFinder returns a function listing the whole-word, case-insensitive
// matches of q in a text.
func regexpFinder(q string) (func(text string) [][2]int, error) {
	pat, err := wordPattern(q)
	if err != nil {
		return nil, err
	}
	return func(text string) [][2]int {
		var out [][2]int
		for _, m := range pat.FindAllStringIndex(text, -1) {
			if wholeWord(text, m[0], m[1]) {
				out = append(out, [2]int{m[0], m[1]})
			}
		}
		return out
	}, nil
}

// kwicLine builds the KWIC line of span in d.
func kwicLine(d *corpus.Document, actor int, s corpus.Span, width int) actors.Line {
	return actors.Line{
		DocID: d.ID, Actor: actor, Span: s,
		Left:  oneLine(lastChars(d.Text[:s.Start], width)),
		Match: oneLine(d.Text[s.Start:s.End]),
		Right: oneLine(firstChars(d.Text[s.End:], width)),
	}
}

// lastChars returns the last n characters of s.
func lastChars(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstChars returns the first n characters of s.
func firstChars(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

var lineFlattener = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// oneLine puts text on one line.
func oneLine(s string) string { return lineFlattener.Replace(s) }

// actorNames lists every actor name and alias of r, names first, without
// repeats (compared case-insensitively).
func actorNames(r *actors.Registry) []string {
	if r == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		k := corpus.Key(s)
		if s != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	for _, a := range r.Actors {
		if a != nil {
			add(a.Name)
		}
	}
	for _, a := range r.Actors {
		if a != nil {
			for _, al := range a.Aliases {
				add(al)
			}
		}
	}
	return out
}

// completions returns the names that contain typed (case- and
// accent-insensitively), those starting with it first, at most max.
func completions(names []string, typed string, max int) []string {
	k := corpus.Key(strings.TrimSpace(typed))
	if k == "" {
		if len(names) > max {
			return names[:max]
		}
		return names
	}
	var pre, mid []string
	for _, n := range names {
		nk := corpus.Key(n)
		switch {
		case strings.HasPrefix(nk, k):
			pre = append(pre, n)
		case strings.Contains(nk, k):
			mid = append(mid, n)
		}
	}
	out := append(pre, mid...)
	if len(out) > max {
		out = out[:max]
	}
	return out
}
