package search

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Fragment sizes, in bytes.
const (
	fragmentLen  = 220
	maxFragments = 3
)

// fragments cuts up to maxFragments passages around the densest groups of
// matches, in text order. With no matches it returns the text's opening.
func fragments(text string, hits []corpus.Span) []Fragment {
	if len(hits) == 0 {
		if strings.TrimSpace(text) == "" {
			return nil
		}
		return []Fragment{cut(text, 0, min(len(text), fragmentLen), nil)}
	}
	type group struct{ first, last, distinct int }
	var groups []group
	for i := 0; i < len(hits); {
		j := i
		for j+1 < len(hits) && hits[j+1].End-hits[i].Start <= fragmentLen {
			j++
		}
		words := map[string]bool{}
		for k := i; k <= j; k++ {
			words[strings.ToLower(text[hits[k].Start:hits[k].End])] = true
		}
		groups = append(groups, group{i, j, len(words)})
		i = j + 1
	}
	sort.SliceStable(groups, func(a, b int) bool {
		ga, gb := groups[a], groups[b]
		if ga.distinct != gb.distinct {
			return ga.distinct > gb.distinct
		}
		return ga.last-ga.first > gb.last-gb.first
	})
	groups = groups[:min(len(groups), maxFragments)]
	sort.Slice(groups, func(a, b int) bool { return groups[a].first < groups[b].first })
	out := make([]Fragment, 0, len(groups))
	for _, g := range groups {
		s, e := hits[g.first].Start, hits[g.last].End
		pad := (fragmentLen - (e - s)) / 2
		from, to := max(0, s-pad), min(len(text), e+pad)
		out = append(out, cut(text, from, to, hits[g.first:g.last+1]))
	}
	return out
}

// cut returns text[from:to], widened or narrowed to whole words, on one
// line, with "…" where it was cut and marks shifted to match.
func cut(text string, from, to int, marks []corpus.Span) Fragment {
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	if from > 0 {
		if sp := strings.LastIndexAny(text[max(0, from-20):from], " \n"); sp >= 0 {
			from = max(0, from-20) + sp + 1
		}
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	if to < len(text) {
		if sp := strings.IndexAny(text[to:min(len(text), to+20)], " \n"); sp >= 0 {
			to += sp
		}
	}
	// Runs of white space become one space; pos maps each byte offset of
	// the source range to its offset in the fragment, for the marks.
	var b strings.Builder
	if from > 0 {
		b.WriteString("… ")
	}
	pos := make([]int, to-from+1)
	space := false
	for i := from; i < to; i++ {
		pos[i-from] = b.Len()
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteByte(c)
	}
	pos[to-from] = b.Len()
	if to < len(text) {
		b.WriteString(" …")
	}
	f := Fragment{Text: b.String(), Offset: -1}
	for _, m := range marks {
		if m.Start < from || m.End > to {
			continue
		}
		if f.Offset < 0 {
			f.Offset = m.Start
		}
		f.Marks = append(f.Marks, corpus.Span{Start: pos[m.Start-from], End: pos[m.End-from]})
	}
	return f
}
