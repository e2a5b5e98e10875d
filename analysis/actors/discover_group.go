package actors

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// group merges the names that are one actor: an acronym with its
// expansion, a surname with the one full name ending in it.
func (h *harvest) group() []*group {
	keys := sortedKeys(h.names)
	parent := make(map[string]string, len(keys))
	var find func(string) string
	find = func(k string) string {
		for parent[k] != "" && parent[k] != k {
			k = parent[k]
		}
		return k
	}
	union := func(a, b string) { // b joins a
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[rb] = ra
		}
	}
	// Index multi-word names by last word and by initials.
	byLast := map[string][]string{}
	byInitials := map[string][]string{}
	for _, k := range keys {
		st := h.names[k]
		if len(st.words) < 2 {
			continue
		}
		if personLike(st.words) {
			last := st.words[len(st.words)-1]
			byLast[last] = append(byLast[last], k)
		}
		byInitials[initials(st.words)] = append(byInitials[initials(st.words)], k)
	}
	surname := map[string]bool{}
	for _, k := range keys {
		st := h.names[k]
		if len(st.words) != 1 {
			continue
		}
		w := st.words[0]
		if allCapsSurface(st) {
			if exp, ok := knownAcronyms[w]; ok && h.names[exp] != nil {
				union(exp, k)
				continue
			}
			// Two-letter initials are too ambiguous without the text
			// pairing them ("Kiichi Miyazawa" is not "KM").
			if exps := byInitials[w]; len(exps) > 0 && len(w) >= 3 {
				if best := dominant(h, exps); best != "" {
					union(best, k)
				}
			}
			continue
		}
		if full := byLast[w]; len(full) > 0 && !places[w] {
			// The full name must be written in a good share of the
			// documents using the surname, as news style has it (first
			// mention in full): "Texaco" is not "Deutsche Texaco".
			if best := dominant(h, full); best != "" && overlap(st.docs, h.names[best].docs)*10 >= len(st.docs)*3 {
				union(best, k)
				surname[best] = true
			}
		}
	}
	for _, p := range h.pairs {
		a, b := h.names[p[0]], h.names[p[1]]
		if a != nil && b != nil && pairable(a, b) {
			union(p[0], p[1])
		}
	}
	byRoot := map[string]*group{}
	var out []*group
	for _, k := range keys {
		r := find(k)
		g := byRoot[r]
		if g == nil {
			g = &group{}
			byRoot[r] = g
			out = append(out, g)
		}
		g.members = append(g.members, h.names[k])
		if surname[k] {
			g.surname = true
		}
	}
	return out
}

// dominant returns the one name among keys, or the one with at least twice
// the mentions of every other; "" when none stands out.
func dominant(h *harvest, keys []string) string {
	if len(keys) == 1 {
		return keys[0]
	}
	best, second := "", 0
	for _, k := range keys {
		n := h.names[k].count
		if best == "" || n > h.names[best].count {
			if best != "" {
				second = max(second, h.names[best].count)
			}
			best = k
		} else {
			second = max(second, n)
		}
	}
	if h.names[best].count >= 2*second {
		return best
	}
	return ""
}

// initials returns the first letters of the non-connector words.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if connectors[w] || w == "" || w == "and" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// candidate builds the proposed actor of a group.
func (h *harvest) candidate(g *group) (Candidate, bool) {
	var c Candidate
	var docs []int32
	var main *nameStat
	for _, m := range g.members {
		c.Count += m.count
		docs = mergeDocs(docs, m.docs)
		if main == nil || better(m, main) {
			main = m
		}
	}
	if main == nil || c.Count == 0 {
		return c, false
	}
	c.Docs = len(docs)
	c.Actor.Name = topSurface(main)
	seen := map[string]bool{NormalizeName(c.Actor.Name): true}
	for _, m := range g.members {
		for _, sf := range sortedKeys(m.surfaces) {
			if k := NormalizeName(sf); !seen[k] {
				seen[k] = true
				c.Actor.Aliases = append(c.Actor.Aliases, sf)
			}
		}
	}
	c.Actor.Kind = h.kindOf(g, main)
	return c, true
}

// better prefers multi-word names, then the more frequent.
func better(a, b *nameStat) bool {
	if (len(a.words) > 1) != (len(b.words) > 1) {
		return len(a.words) > 1
	}
	return a.count > b.count
}

// topSurface returns the most frequent written form of a name; on ties
// the one with more accents ("Nicolás"), then fewer capitals ("de los").
func topSurface(st *nameStat) string {
	best, n := "", -1
	for _, sf := range sortedKeys(st.surfaces) {
		c := st.surfaces[sf]
		if c > n || c == n && preferSurface(sf, best) {
			best, n = sf, c
		}
	}
	return best
}

// preferSurface breaks ties between two written forms of one name.
func preferSurface(a, b string) bool {
	na, nb := countRunes(a, func(r rune) bool { return r >= 0x80 }), countRunes(b, func(r rune) bool { return r >= 0x80 })
	if na != nb {
		return na > nb
	}
	return countRunes(a, unicode.IsUpper) < countRunes(b, unicode.IsUpper)
}

func countRunes(s string, f func(rune) bool) int {
	n := 0
	for _, r := range s {
		if f(r) {
			n++
		}
	}
	return n
}

// pairable reports whether two names written as "A (B)" are one actor: an
// acronym and the name whose initials it spells, or two names sharing a
// word ("Cartel of the Suns (Cartel de los Soles)"). Anything else in
// parentheses (a ticker, a country, a note) is not merged.
func pairable(a, b *nameStat) bool {
	if len(a.words) == 1 && allCapsSurface(a) {
		a, b = b, a
	}
	if len(b.words) == 1 && allCapsSurface(b) {
		return len(a.words) > 1 && initials(a.words) == b.words[0]
	}
	if len(a.words) < 2 || len(b.words) < 2 {
		return false
	}
	for _, w := range a.words {
		if !connectors[w] && slices.Contains(b.words, w) {
			return true
		}
	}
	return false
}

// overlap counts the documents two ascending lists share.
func overlap(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
