package actors

import (
	"unicode"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Matcher finds every actor's mentions in a text under the package's
// matching rules. It is one Aho–Corasick automaton (a dense DFA over byte
// classes) for all aliases of all actors, run over a folded, lower-cased
// view of the text produced on the fly (ASCII bytes go straight through a
// class table). States reached by a space loop on further white space, so
// a run of white space matches one space without rewriting the text; a
// match's start is found by walking back from its end over the alias's
// characters. A Matcher is immutable and safe for concurrent use.
type Matcher struct {
	patterns []pattern
	// cls maps a byte of the folded stream to its class; 0 is "no alias
	// uses this byte".
	cls    [256]uint8
	ncls   int
	asciiC [256]uint8 // class of an ASCII byte after lower-casing
	// delta[row+c] is the next state's row (state*ncls); a negative value
	// ^row means that state ends at least one alias.
	delta []int32
	// outs[outStart[s]:outStart[s+1]] are the patterns ending at state s.
	outStart []int32
	outs     []int32
	spaceCls uint8
	actors   int
}

// pattern is one alias of one actor.
type pattern struct {
	actor int
	// key is the alias as the automaton sees it: folded, lower-cased, white
	// space collapsed.
	key string
	// exact is the alias folded but not lower-cased, for case-sensitive
	// aliases; empty otherwise.
	exact string
	// runes are key's characters, for walking back from a match's end.
	runes []rune
}

// NewMatcher builds the automaton for all names and aliases of r.
func NewMatcher(r *Registry) *Matcher {
	if r == nil {
		r = &Registry{}
	}
	m := &Matcher{actors: len(r.Actors)}
	for ai, a := range r.Actors {
		if a == nil {
			continue
		}
		for _, n := range a.Names() {
			key := streamOf(n, true)
			if key == "" {
				continue
			}
			p := pattern{actor: ai, key: key, runes: []rune(key)}
			if CaseSensitive(n) {
				p.exact = streamOf(n, false)
			}
			m.patterns = append(m.patterns, p)
		}
	}
	m.build()
	return m
}

// streamOf returns s as the automaton sees it: each rune folded (see
// corpus.FoldRune), lower-cased when lower is set, runs of white space
// collapsed to one space, leading and trailing space dropped.
func streamOf(s string, lower bool) string {
	out := make([]byte, 0, len(s))
	prevSpace := true
	for _, r := range s {
		r = foldStream(r, lower)
		if r == ' ' {
			if !prevSpace {
				out = append(out, ' ')
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		out = utf8.AppendRune(out, r)
	}
	if n := len(out); n > 0 && out[n-1] == ' ' {
		out = out[:n-1]
	}
	return string(out)
}

// foldStream maps one rune of text to the automaton's alphabet: white space
// to ' ', then corpus.FoldRune, then lower case when lower is set.
func foldStream(r rune, lower bool) rune {
	if r < utf8.RuneSelf {
		if asciiSpace[r] {
			return ' '
		}
		if lower && 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if isSpace(r) {
		return ' '
	}
	r = corpus.FoldRune(r)
	if r == ' ' || !lower {
		return r
	}
	return unicode.ToLower(r)
}

var asciiSpace = [128]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// Actors returns the number of actors the matcher was built for.
func (m *Matcher) Actors() int { return m.actors }

// build makes the byte classes, the trie, the failure links and the dense
// transition table.
func (m *Matcher) build() {
	for _, p := range m.patterns {
		for i := 0; i < len(p.key); i++ {
			if m.cls[p.key[i]] == 0 {
				m.ncls++
				m.cls[p.key[i]] = uint8(m.ncls)
			}
		}
	}
	m.ncls++ // class 0
	for b := 0; b < 256; b++ {
		c := byte(b)
		if b < utf8.RuneSelf {
			c = byte(foldStream(rune(b), true))
		}
		m.asciiC[b] = m.cls[c]
	}
	m.spaceCls = m.cls[' ']

	// Trie.
	type node struct {
		next  map[uint8]int32
		pats  []int32
		space bool // reached by a space
	}
	nodes := []node{{next: map[uint8]int32{}}}
	for pi, p := range m.patterns {
		s := int32(0)
		for i := 0; i < len(p.key); i++ {
			c := m.cls[p.key[i]]
			t, ok := nodes[s].next[c]
			if !ok {
				t = int32(len(nodes))
				nodes = append(nodes, node{next: map[uint8]int32{}, space: p.key[i] == ' '})
				nodes[s].next[c] = t
			}
			s = t
		}
		nodes[s].pats = append(nodes[s].pats, int32(pi))
	}
	// Breadth-first: failure links and the full transition table.
	n := len(nodes)
	m.delta = make([]int32, n*m.ncls)
	fail := make([]int32, n)
	outsOf := make([][]int32, n)
	queue := make([]int32, 0, n)
	for c := 0; c < m.ncls; c++ {
		if t, ok := nodes[0].next[uint8(c)]; ok {
			m.delta[c] = t
			queue = append(queue, t)
		}
	}
	outsOf[0] = nodes[0].pats
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		outsOf[s] = append(append([]int32(nil), nodes[s].pats...), outsOf[fail[s]]...)
		for c := 0; c < m.ncls; c++ {
			t, ok := nodes[s].next[uint8(c)]
			if !ok {
				m.delta[int(s)*m.ncls+c] = m.delta[int(fail[s])*m.ncls+c]
				continue
			}
			fail[t] = m.delta[int(fail[s])*m.ncls+c]
			m.delta[int(s)*m.ncls+c] = t
			queue = append(queue, t)
		}
	}
	m.outStart = make([]int32, n+1)
	for s := 0; s < n; s++ {
		m.outStart[s] = int32(len(m.outs))
		m.outs = append(m.outs, outsOf[s]...)
	}
	m.outStart[n] = int32(len(m.outs))
	// More white space after a space changes nothing (runs collapse).
	if m.spaceCls != 0 {
		for s := 0; s < n; s++ {
			if nodes[s].space {
				m.delta[s*m.ncls+int(m.spaceCls)] = int32(s)
			}
		}
	}
	for i, t := range m.delta {
		row := t * int32(m.ncls)
		if len(outsOf[t]) > 0 {
			row = ^row
		}
		m.delta[i] = row
	}
}
