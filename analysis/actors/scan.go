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
	m        *Matcher
	cands    []Match
	found    []Match
	perActor []int
	present  []int32 // actors present in the current document
	segs     []corpus.Span
	msSlab   []Mention // unused part of the current mentions slab
	runSlab  []actorRun
}

func (m *Matcher) newScanner() *scanner {
	return &scanner{m: m, perActor: make([]int, m.actors)}
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
	delta, asciiC := m.delta, &m.asciiC
	row := int32(0)
	var buf [utf8.UTFMax]byte
	for i := from; i < to; {
		b := text[i]
		if b < utf8.RuneSelf {
			row = delta[row+int32(asciiC[b])]
			i++
			if row < 0 {
				row = ^row
				cands = s.emit(text, from, row, i, cands)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:to])
		i += size
		f := foldStream(r, true)
		if f == ' ' {
			row = delta[row+int32(m.spaceCls)]
			if row < 0 {
				row = ^row
			}
			continue
		}
		n := utf8.EncodeRune(buf[:], f)
		for j := 0; j < n; j++ {
			row = delta[row+int32(m.cls[buf[j]])]
			if row < 0 {
				row = ^row
				if j == n-1 {
					cands = s.emit(text, from, row, i, cands)
				}
			}
		}
	}
	return cands
}

// emit appends the valid matches of the patterns ending at the state of
// row, which end at byte end of text.
func (s *scanner) emit(text string, from int, row int32, end int, cands []Match) []Match {
	m := s.m
	if end < len(text) && isWordAt(text, end) {
		return cands
	}
	st := row / int32(m.ncls)
	for _, pi := range m.outs[m.outStart[st]:m.outStart[st+1]] {
		p := &m.patterns[pi]
		start := matchStart(text, from, end, p.runes)
		if start < 0 || start > 0 && isWordBefore(text, start) {
			continue
		}
		if p.exact != "" && streamOf(text[start:end], false) != p.exact {
			continue
		}
		cands = append(cands, Match{Actor: p.actor, Start: start, End: end})
	}
	return cands
}

// matchStart walks back from end over the characters of an alias that
// matched there (a space in the alias stands for a run of white space) and
// returns where the match starts, or -1.
func matchStart(text string, from, end int, runes []rune) int {
	pos := end
	for k := len(runes) - 1; k >= 0; k-- {
		if pos <= from {
			return -1
		}
		if runes[k] != ' ' {
			_, size := utf8.DecodeLastRuneInString(text[from:pos])
			pos -= size
			continue
		}
		for pos > from {
			r, size := utf8.DecodeLastRuneInString(text[from:pos])
			if foldStream(r, true) != ' ' {
				break
			}
			pos -= size
		}
	}
	return pos
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
