package actors

import (
	"slices"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Match is one mention found by a [Matcher]: actor index and byte offsets.
type Match struct {
	Actor      int
	Start, End int
}

// scanner holds one goroutine's buffers.
type scanner struct {
	m     *Matcher
	ring  []int32
	cands []Match
}

func (m *Matcher) newScanner() *scanner {
	return &scanner{m: m, ring: make([]int32, m.ringMask+1)}
}

// FindAll returns the mentions in text[from:to], in text order, following
// the matching rules: whole words, case rules, longest match first, no
// overlaps. The characters just outside [from, to) still count as word
// boundaries.
func (m *Matcher) FindAll(text string, from, to int) []Match {
	s := m.newScanner()
	return slices.Clone(s.find(text, from, to, nil))
}

// find appends the selected matches of text[from:to] to out.
func (s *scanner) find(text string, from, to int, out []Match) []Match {
	s.cands = s.scan(text, from, to, s.cands[:0])
	return selectMatches(s.cands, out)
}

// scan runs the automaton over text[from:to] and appends every valid
// candidate (all overlapping ones) to cands.
func (s *scanner) scan(text string, from, to int, cands []Match) []Match {
	m := s.m
	if len(m.patterns) == 0 {
		return cands
	}
	from = max(from, 0)
	to = min(to, len(text))
	ring, mask, ncls, delta := s.ring, m.ringMask, m.ncls, m.delta
	st := int32(0)
	k := 0
	prevSpace := true
	var buf [utf8.UTFMax]byte
	for i := from; i < to; {
		b := text[i]
		if b < utf8.RuneSelf {
			if asciiSpace[b] {
				if prevSpace {
					i++
					continue
				}
				prevSpace = true
			} else {
				prevSpace = false
			}
			ring[k&mask] = int32(i)
			st = delta[int(st)*ncls+int(m.asciiC[b])]
			k++
			i++
			if st < 0 {
				st = ^st
				cands = s.emit(text, st, k-1, i, cands)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:to])
		f := foldStream(r, true)
		if f == ' ' {
			if prevSpace {
				i += size
				continue
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
		n := utf8.EncodeRune(buf[:], f)
		end := i + size
		for j := 0; j < n; j++ {
			ring[k&mask] = int32(i)
			st = delta[int(st)*ncls+int(m.cls[buf[j]])]
			k++
			if st < 0 {
				st = ^st
				if j == n-1 {
					cands = s.emit(text, st, k-1, end, cands)
				}
			}
		}
		i = end
	}
	return cands
}

// emit appends the valid matches of the patterns ending at state st, whose
// last byte is the k-th byte fed and which end at byte end of text.
func (s *scanner) emit(text string, st int32, k, end int, cands []Match) []Match {
	m := s.m
	if end < len(text) && isWordAt(text, end) {
		return cands
	}
	for _, pi := range m.outs[m.outStart[st]:m.outStart[st+1]] {
		p := &m.patterns[pi]
		start := int(s.ring[(k-len(p.key)+1)&m.ringMask])
		if start > 0 && isWordBefore(text, start) {
			continue
		}
		if p.exact != "" && streamOf(text[start:end], false) != p.exact {
			continue
		}
		cands = append(cands, Match{Actor: p.actor, Start: start, End: end})
	}
	return cands
}

// isWordAt reports whether the character at byte i is a word character.
func isWordAt(text string, i int) bool {
	if b := text[i]; b < utf8.RuneSelf {
		return asciiWord[b]
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return corpus.IsWordRune(r)
}

// isWordBefore reports whether the character ending at byte i is a word
// character.
func isWordBefore(text string, i int) bool {
	if b := text[i-1]; b < utf8.RuneSelf {
		return asciiWord[b]
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return corpus.IsWordRune(r)
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = corpus.IsWordRune(rune(c))
	}
	return t
}()

// selectMatches keeps, scanning from the start, the match that starts
// first and, among those, the longest; matches overlapping a kept one are
// dropped. It appends the kept ones to out in text order.
func selectMatches(cands []Match, out []Match) []Match {
	slices.SortStableFunc(cands, func(a, b Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	last := -1
	for _, c := range cands {
		if c.Start < last {
			continue
		}
		out = append(out, c)
		last = c.End
	}
	return out
}
