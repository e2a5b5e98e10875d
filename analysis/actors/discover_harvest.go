package actors

import (
	"strings"
	"unicode/utf8"
)

// evidence is what the words around a mention say about its kind.
type evidence uint8

const (
	evPerson evidence = 1 << iota
	evPlace
	evSpeaker
)

// nameStat gathers the mentions of one normalised name.
type nameStat struct {
	words    []string       // normalised tokens
	surfaces map[string]int // as written → mentions
	count    int
	docs     []int32 // documents, ascending
	person   int     // mentions after a title
	speaker  int     // mentions before "said", "told", …
	place    int     // mentions after a locative preposition
	// Mentions that started a sentence, and the name without its first
	// word, for when that word turns out to be a common word.
	initial     int
	restKey     string
	restWords   []string
	restSurface string
}

// harvest is one worker's tally.
type harvest struct {
	names     map[string]*nameStat
	lowerSeen map[string]int // word → lower-case occurrences
	capSeen   map[string]int // word → capitalised occurrences, not sentence-initial
	pairs     [][2]string    // names given as each other's equivalent
}

func newHarvest() *harvest {
	return &harvest{names: map[string]*nameStat{}, lowerSeen: map[string]int{}, capSeen: map[string]int{}}
}

// nameKey is the normalised key of a name: tokens' keys, dots dropped from
// acronyms.
func nameKey(toks []token) (string, []string) {
	words := make([]string, len(toks))
	for i, t := range toks {
		w := t.lower
		if t.allCaps {
			w = strings.ReplaceAll(w, ".", "")
		}
		words[i] = w
	}
	return strings.Join(words, " "), words
}

// name records one mention of the name toks.
func (h *harvest) name(di int, text string, toks []token, ev evidence) {
	if len(toks) == 0 || len(toks) > 6 {
		return
	}
	var key, surface string
	if len(toks) == 1 && !toks[0].allCaps {
		key, surface = toks[0].lower, toks[0].text // no allocation
	} else {
		key, _ = nameKey(toks)
		surface = collapseSpace(text[toks[0].start:toks[len(toks)-1].end])
	}
	if len(key) < 2 || utf8.RuneCountInString(key) < 2 {
		return
	}
	st := h.names[key]
	if st == nil {
		_, words := nameKey(toks)
		st = &nameStat{words: words, surfaces: map[string]int{}}
		h.names[key] = st
	}
	st.surfaces[surface]++
	st.count++
	if n := len(st.docs); n == 0 || st.docs[n-1] != int32(di) {
		st.docs = append(st.docs, int32(di))
	}
	if ev&evPerson != 0 {
		st.person++
	}
	if ev&evPlace != 0 {
		st.place++
	}
	if ev&evSpeaker != 0 {
		st.speaker++
	}
	if toks[0].first && !toks[0].allCaps {
		st.initial++
		if st.restKey == "" && len(toks) > 1 {
			st.restKey, st.restWords = nameKey(toks[1:])
			st.restSurface = collapseSpace(text[toks[1].start:toks[len(toks)-1].end])
		}
	}
}

// common reports a word seen in lower case more often than capitalised
// inside sentences.
func (h *harvest) common(w string) bool {
	return h.lowerSeen[w] > 0 && h.lowerSeen[w] >= h.capSeen[w]
}

// add merges another worker's tally into h.
func (h *harvest) add(o *harvest) {
	for w, n := range o.lowerSeen {
		h.lowerSeen[w] += n
	}
	for w, n := range o.capSeen {
		h.capSeen[w] += n
	}
	h.pairs = append(h.pairs, o.pairs...)
	for k, s := range o.names {
		t := h.names[k]
		if t == nil {
			h.names[k] = s
			continue
		}
		for sf, n := range s.surfaces {
			t.surfaces[sf] += n
		}
		t.count += s.count
		t.docs = mergeDocs(t.docs, s.docs)
		t.person += s.person
		t.place += s.place
		t.speaker += s.speaker
		t.initial += s.initial
		if t.restKey == "" {
			t.restKey, t.restWords, t.restSurface = s.restKey, s.restWords, s.restSurface
		}
	}
}

// mergeDocs merges two ascending document lists without repeats.
func mergeDocs(a, b []int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
