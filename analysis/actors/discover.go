package actors

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// DiscoverOptions tune [Discover].
type DiscoverOptions struct {
	// Max is the most candidates returned (0: all).
	Max int
	// MinCount is the fewest mentions a candidate needs (0: 2).
	MinCount int
}

// Candidate is an actor proposed by discovery with its variants merged as
// aliases, a guessed kind, and how often it occurs.
type Candidate struct {
	Actor Actor
	// Count is the number of mentions found by discovery (all variants).
	Count int
	// Docs is the number of documents mentioning it.
	Docs int
}

// Discover proposes actors from the corpus text, outside boilerplate:
// capitalised words and multi-word names (with lower-case connectors as in
// "Cartel de los Soles"), with titles stripped ("President", "Secretary of
// State"), sentence-initial and common words, headings and nationality
// adjectives rejected, and variants merged into one actor: case, accent
// and possessive variants, a surname with the one full name ending in it,
// a dotted and undotted acronym ("U.S.", "US") and an acronym with its
// expansion ("CIA", "Central Intelligence Agency"). The kind is guessed
// from titles, name words, a gazetteer and prepositions. Candidates come
// most frequent first. It needs no model and no network.
func Discover(ctx context.Context, c *corpus.Corpus, opts DiscoverOptions) ([]Candidate, error) {
	if opts.MinCount <= 0 {
		opts.MinCount = 2
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, len(c.Docs)/16))
	parts := make([]*harvest, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	var panicked atomic.Value
	for w := range parts {
		h := newHarvest()
		parts[w] = h
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if p := recover(); p != nil {
					panicked.Store(fmt.Sprint(p))
				}
			}()
			var toks []token
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(c.Docs) {
					return
				}
				toks = h.document(i, c.Docs[i], toks)
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("actors: discovery: %w", err)
	}
	if p := panicked.Load(); p != nil {
		return nil, fmt.Errorf("actors: discovery failed: %v", p)
	}
	h := parts[0]
	for _, o := range parts[1:] {
		h.add(o)
	}
	return h.candidates(opts), nil
}

// document harvests names from one document.
func (h *harvest) document(di int, d *corpus.Document, toks []token) []token {
	for _, sg := range CountedSpans(d, Options{}) {
		for _, s := range d.Sentences {
			if s.End <= sg.Start || s.Start >= sg.End {
				continue
			}
			toks = sentenceTokens(d.Text, max(s.Start, sg.Start), min(s.End, sg.End), toks)
			h.sentence(di, d.Text, d.Text[s.Start:s.End], toks)
		}
	}
	return toks
}

// sentence records the words and names of one sentence.
func (h *harvest) sentence(di int, text, sentence string, toks []token) {
	heading := isHeading(toks, sentence)
	for i, t := range toks {
		if !t.capital {
			// Words of up to three letters that start sentences are in
			// the stop list; not counting them saves most map updates.
			if len(t.lower) > 3 {
				h.lowerSeen[t.lower]++
			}
		} else if i > 0 && !heading {
			h.capSeen[t.lower]++
		}
	}
	if heading {
		return
	}
	prevStart, prevEnd := -1, -1
	for i := 0; i < len(toks); {
		if !toks[i].capital {
			i++
			continue
		}
		j := runEnd(toks, i)
		h.run(di, text, toks, i, j)
		// "Cartel of the Suns (Cartel de los Soles)", "Central
		// Intelligence Agency (CIA)": the two names are one actor.
		if prevEnd == i && parenthesised(text, toks[i-1].end, toks[i].start, toks[j-1].end) {
			a, _ := nameKey(trimConnectors(toks[prevStart:prevEnd]))
			b, _ := nameKey(trimConnectors(toks[i:j]))
			h.pairs = append(h.pairs, [2]string{a, b})
		}
		prevStart, prevEnd = i, j
		i = j
	}
}

// parenthesised reports text[gapStart:start] being an opening parenthesis
// (with quotes and spaces) and a closing one right after end.
func parenthesised(text string, gapStart, start, end int) bool {
	gap := strings.Trim(text[gapStart:start], " ”’\"'")
	if gap != "(" {
		return false
	}
	rest := strings.TrimLeft(text[end:], "”’\"'")
	return strings.HasPrefix(rest, ")")
}

// trimConnectors drops stop words and connectors at the ends of a name.
func trimConnectors(toks []token) []token {
	for len(toks) > 0 && (stopwords[toks[0].lower] && !toks[0].allCaps || connectors[toks[0].lower]) {
		toks = toks[1:]
	}
	for len(toks) > 0 && connectors[toks[len(toks)-1].lower] {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// runEnd returns the end of the run of capitalised tokens starting at i,
// joined by single spaces, with lower-case connectors inside it.
func runEnd(toks []token, i int) int {
	j := i + 1
	andAt := -1 // where an "and" or "&" joined the run
	for j < len(toks) && toks[j].joined && !toks[j-1].possessive {
		if toks[j].capital {
			if toks[j].amp && andAt < 0 {
				andAt = j
			}
			j++
			continue
		}
		// Up to two connectors followed by a capital.
		k := j
		for k < len(toks) && k-j < 2 && toks[k].joined && !toks[k].capital && (connectors[toks[k].lower] || toks[k].lower == "and") {
			if toks[k].lower == "and" && andAt < 0 {
				andAt = k
			}
			k++
		}
		if k > j && k < len(toks) && toks[k].joined && toks[k].capital {
			j = k + 1
			continue
		}
		break
	}
	// "Securities and Exchange Commission" is one name, "Israel and
	// Hamas" two: keep an "and" only in an organisation's name.
	if andAt > 0 && !orgWords[toks[j-1].lower] {
		return andAt
	}
	return j
}

// run splits a run at titles and records each name in it.
func (h *harvest) run(di int, text string, toks []token, i, j int) {
	// A common word inside a run ends a name: "U.S. If Washington".
	for k := i + 1; k < j; k++ {
		if stopwords[toks[k].lower] && !toks[k].allCaps && !connectors[toks[k].lower] && toks[k].lower != "and" {
			h.run(di, text, toks, i, k)
			h.run(di, text, toks, k, j)
			return
		}
	}
	// Drop a common word starting the run (mostly sentence-initial).
	for i < j && stopwords[toks[i].lower] && !toks[i].allCaps {
		i++
	}
	for i < j && connectors[toks[i].lower] {
		i++
	}
	if i >= j {
		return
	}
	// Split at the last title: what follows is a person.
	for k := j - 1; k >= i; k-- {
		if !titles[toks[k].lower] || toks[k].allCaps {
			continue
		}
		after := k + 1
		// "Secretary of State Marco Rubio": skip "of State".
		if after+1 < j && toks[after].lower == "of" && toks[after+1].capital {
			after += 2
		}
		before := k
		for before > i && (titles[toks[before-1].lower] || titleModifiers[toks[before-1].lower]) {
			before--
		}
		if after < j {
			h.name(di, text, toks[after:j], evPerson)
		}
		if before > i {
			h.run(di, text, toks, i, before)
		}
		return
	}
	for j > i && connectors[toks[j-1].lower] {
		j--
	}
	h.name(di, text, toks[i:j], surroundings(toks, i, j))
}

// surroundings returns the evidence of the words around the name toks[i:j].
func surroundings(toks []token, i, j int) evidence {
	var ev evidence
	if i > 0 {
		switch toks[i-1].lower {
		case "in", "to", "from", "into", "across", "inside", "near", "toward", "towards":
			ev |= evPlace
		}
	}
	if j < len(toks) {
		switch toks[j].lower {
		case "said", "says", "told", "added", "stated", "warned", "argued", "insisted", "believed", "wants", "denied":
			ev |= evSpeaker
		}
	}
	return ev
}
