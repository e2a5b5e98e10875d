package actors

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// group is a set of names found to be one actor.
type group struct {
	members []*nameStat
	surname bool // a surname was merged with a full name
}

// candidates turns the tally into merged, filtered, ranked candidates.
func (h *harvest) candidates(opts DiscoverOptions) []Candidate {
	h.fixSentenceInitial()
	h.dropCommon()
	groups := h.group()
	var out []Candidate
	for _, g := range groups {
		total := 0
		for _, m := range g.members {
			total += m.count
		}
		if total < opts.MinCount {
			continue
		}
		c, ok := h.candidate(g)
		if ok && c.Count >= opts.MinCount {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Actor.Name, b.Actor.Name)
	})
	if opts.Max > 0 && len(out) > opts.Max {
		out = out[:opts.Max]
	}
	return out
}

// fixSentenceInitial moves names seen only at the start of sentences whose
// first word is a common word, capitalised only because it began the
// sentence ("Recent U.S."), to the name without it.
func (h *harvest) fixSentenceInitial() {
	var keys []string
	for k, st := range h.names {
		if st.initial == st.count && h.common(st.words[0]) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		st := h.names[k]
		delete(h.names, k)
		if st.restKey == "" {
			continue
		}
		rest := h.names[st.restKey]
		if rest == nil {
			rest = &nameStat{words: st.restWords, surfaces: map[string]int{}}
			h.names[st.restKey] = rest
		}
		rest.surfaces[st.restSurface] += st.count
		rest.count += st.count
		rest.docs = mergeDocs(rest.docs, st.docs)
		rest.person += st.person
		rest.place += st.place
		rest.speaker += st.speaker
	}
}

// dropCommon removes single words that are common words, numbers or
// nationality adjectives.
func (h *harvest) dropCommon() {
	for k, st := range h.names {
		if last := st.words[len(st.words)-1]; len(st.words) > 1 && (demonyms[last] || h.isDemonym(last)) {
			delete(h.names, k) // "West German", "Venezuelan President"
			continue
		}
		if len(st.words) != 1 {
			continue
		}
		w := st.words[0]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 2 {
			delete(h.names, k)
			continue
		}
		if stopwords[w] && knownAcronyms[w] == "" {
			delete(h.names, k)
			continue
		}
		if allCapsSurface(st) {
			continue // an acronym, even "US"
		}
		if stopwords[w] || demonyms[w] || orgWords[w] || h.common(w) {
			delete(h.names, k)
			continue
		}
		if h.isDemonym(w) {
			delete(h.names, k)
		}
	}
}

// isDemonym reports a word derived from a known place or name ("Venezuelan"
// from "Venezuela").
func (h *harvest) isDemonym(w string) bool {
	for _, s := range demonymSuffixes {
		if !strings.HasSuffix(w, s.add) || len(w) <= len(s.add)+2 {
			continue
		}
		base := strings.TrimSuffix(w, s.add) + s.drop
		if base == w {
			continue
		}
		if places[base] || h.names[base] != nil && base != w {
			return true
		}
	}
	return false
}

// allCapsSurface reports a name mostly written in capitals (an acronym).
func allCapsSurface(st *nameStat) bool {
	caps := 0
	for sf, n := range st.surfaces {
		if CaseSensitive(sf) {
			caps += n
		}
	}
	return caps*2 > st.count
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// RegistryFromCandidates makes a registry of discovered candidates, in
// their order. An alias that another actor already claims is dropped, and a
// candidate whose name is taken is skipped, so the result always validates
// and can be saved, edited and passed back to counting.
func RegistryFromCandidates(cands []Candidate) *Registry {
	r := &Registry{}
	for _, c := range cands {
		a := c.Actor
		a.Aliases = nil
		if r.Add(a) != nil {
			continue
		}
		i := len(r.Actors) - 1
		for _, al := range c.Actor.Aliases {
			r.AddAlias(i, al) // a conflicting alias is left out
		}
	}
	return r
}
