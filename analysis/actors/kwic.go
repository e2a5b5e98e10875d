package actors

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Line is one mention in context (a KWIC line).
type Line struct {
	DocID string
	Actor int
	// Span is the mention's byte range in the document's Text.
	Span corpus.Span
	// Left and Right are up to width characters of context on each side,
	// with line breaks and tabs flattened to spaces; Match is the mention
	// as written.
	Left, Match, Right string
}

// KWIC lists every mention of actor in counts, in corpus and text order,
// with width characters of context on each side (taken from the original
// text; a width below 1 means 40). Documents missing from c are skipped.
func KWIC(c *corpus.Corpus, counts *Counts, actor int, width int) []Line {
	if width < 1 {
		width = 40
	}
	var out []Line
	for i := range counts.Docs {
		dc := &counts.Docs[i]
		ms := dc.Of(actor)
		if len(ms) == 0 {
			continue
		}
		d := c.ByID(dc.DocID)
		if d == nil {
			continue
		}
		for _, m := range ms {
			if m.Start < 0 || m.End > len(d.Text) || m.Start > m.End {
				continue
			}
			out = append(out, Line{
				DocID: dc.DocID, Actor: actor, Span: corpus.Span{Start: m.Start, End: m.End},
				Left:  flatten(leftChars(d.Text[:m.Start], width)),
				Match: flatten(d.Text[m.Start:m.End]),
				Right: flatten(rightChars(d.Text[m.End:], width)),
			})
		}
	}
	return out
}

// leftChars returns the last n characters of s.
func leftChars(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// rightChars returns the first n characters of s.
func rightChars(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

var flattener = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// flatten puts text on one line.
func flatten(s string) string { return flattener.Replace(s) }

// SortByDoc orders lines by document (in the order of docOrder, a list of
// document IDs such as the corpus order; unknown IDs last) then position.
func SortByDoc(lines []Line, docOrder []string) {
	pos := make(map[string]int, len(docOrder))
	for i, id := range docOrder {
		pos[id] = i
	}
	rank := func(id string) int {
		if p, ok := pos[id]; ok {
			return p
		}
		return len(docOrder)
	}
	slices.SortStableFunc(lines, func(a, b Line) int {
		if ra, rb := rank(a.DocID), rank(b.DocID); ra != rb {
			return ra - rb
		}
		if a.DocID != b.DocID {
			return strings.Compare(a.DocID, b.DocID)
		}
		return a.Span.Start - b.Span.Start
	})
}

// SortByLeft orders lines by their left context read backwards from the
// mention, word by word (the nearest word first), case- and
// accent-insensitively, as concordancers do.
func SortByLeft(lines []Line) {
	sortByKey(lines, func(l Line) string { return leftKey(l.Left) })
}

// SortByRight orders lines by their right context, case- and
// accent-insensitively.
func SortByRight(lines []Line) {
	sortByKey(lines, func(l Line) string { return corpus.Key(strings.Join(contextWords(l.Right), " ")) })
}

// leftKey returns the words of left nearest first.
func leftKey(left string) string {
	w := contextWords(left)
	slices.Reverse(w)
	return corpus.Key(strings.Join(w, " "))
}

// contextWords splits context into words, dropping punctuation.
func contextWords(s string) []string {
	var out []string
	corpus.Words(s, 0, len(s), func(sp corpus.Span) bool {
		out = append(out, s[sp.Start:sp.End])
		return true
	})
	return out
}

func sortByKey(lines []Line, key func(Line) string) {
	keys := make([]string, len(lines))
	idx := make([]int, len(lines))
	for i := range lines {
		keys[i], idx[i] = key(lines[i]), i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	sorted := make([]Line, len(lines))
	for i, j := range idx {
		sorted[i] = lines[j]
	}
	copy(lines, sorted)
}
