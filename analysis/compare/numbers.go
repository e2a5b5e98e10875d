package compare

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Figure is one number a text reports: digits ("83", "1,200", "3.5",
// "15 million") or words ("twenty one", "one hundred thousand", "a
// dozen"), with its hedge and what it counts. Years, dates, times,
// ordinals and decades ("the 1990s", "nineteen nineties") are not figures.
type Figure struct {
	// Span is the figure's byte range in the text, hedge included.
	Span  corpus.Span
	Value float64
	// Text is the figure as written, hedge included ("about 80").
	Text string
	// Hedge is the qualifier in canonical form ("at least", "about"; "" for
	// none).
	Hedge string
	// What is what the figure counts: the event verb it attaches to
	// ("killed") or else the head of the noun after it ("boats", "nautical
	// miles"); "" when nothing follows.
	What string
	// Noun and Verb are the noun and the event verb found around it.
	Noun, Verb string
	// Concepts are the kinds of thing it may count ("deaths", "vessels",
	// or "stem:traffick"), used to pair figures across documents.
	Concepts []string
	// Sentence is the index of the sentence holding it (-1 when unknown).
	Sentence int
}

// ntok is one word of a text for the number extractor.
type ntok struct {
	span  corpus.Span
	key   string
	num   bool
	val   float64
	skip  bool // a digit token that is no count (year, ordinal, decade, time)
	punct bool // punctuation between the previous token and this one
}

var digitsRE = regexp.MustCompile(`^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`)

// numberTokens splits text[from:to] into words, reading numbers with
// thousands separators and decimals as one token.
func numberTokens(text string, from, to int) []ntok {
	var out []ntok
	consumed := from
	prevEnd := from
	corpus.Words(text, from, to, func(s corpus.Span) bool {
		if s.Start < consumed {
			return true
		}
		t := ntok{span: s, punct: strings.TrimSpace(text[prevEnd:s.Start]) != ""}
		if c := text[s.Start]; c >= '0' && c <= '9' {
			m := digitsRE.FindString(text[s.Start:to])
			end := s.Start + len(m)
			v, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
			t.num, t.val = err == nil, v
			suffix := ""
			if end < s.End {
				suffix = strings.ToLower(text[end:s.End])
			} else if s.End < end {
				s.End = end
			}
			switch {
			case suffix == "s" || suffix == "'s":
				t.skip = true // decade: the 1990s, the '90s
			case suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th":
				t.skip = true
			case suffix != "" && !strings.HasPrefix(suffix, "-"):
				t.skip = true // 5G, 9mm, F16: codes, not counts
			}
			for end+1 < to && text[end] == ':' && text[end+1] >= '0' && text[end+1] <= '9' {
				t.skip = true // a time: consume it whole
				end++
				for end < to && text[end] >= '0' && text[end] <= '9' {
					end++
				}
			}
			t.span = corpus.Span{Start: s.Start, End: max(s.End, end)}
			t.key = strings.ToLower(text[t.span.Start:t.span.End])
		} else {
			t.key = corpus.Key(text[s.Start:s.End])
		}
		consumed, prevEnd = t.span.End, t.span.End
		out = append(out, t)
		return true
	})
	return out
}

// ExtractFigures returns the figures of text[from:to] in text order
// (Sentence -1). It never panics on any input.
func ExtractFigures(text string, from, to int) []Figure {
	if from < 0 {
		from = 0
	}
	if to > len(text) {
		to = len(text)
	}
	if from >= to {
		return nil
	}
	ts := numberTokens(text, from, to)
	keys := make([]string, len(ts))
	for i, t := range ts {
		keys[i] = t.key
	}
	var out []Figure
	for i := 0; i < len(ts); {
		start, end, v, next, ok := readNumber(text, ts, keys, i)
		if !ok {
			i = next
			continue
		}
		f := Figure{Value: v, Sentence: -1}
		hs := start
		if h, n := hedgeBefore(ts, keys, start); n > 0 {
			f.Hedge, hs = h, start-n
		}
		f.Span = corpus.Span{Start: ts[hs].span.Start, End: ts[end-1].span.End}
		if strings.HasPrefix(text[f.Span.End:], "%") {
			f.Noun = "percent"
		}
		if ts[start].span.Start > 0 && text[ts[start].span.Start-1] == '$' {
			f.Noun = "dollars"
		}
		f.Text = text[f.Span.Start:f.Span.End]
		attach(&f, ts, keys, hs, end)
		out = append(out, f)
		i = next
	}
	return out
}

// readNumber reads the number starting at token i. It returns the token
// range [start, end) of the number, its value, where to continue, and
// whether it is a figure at all.
func readNumber(text string, ts []ntok, keys []string, i int) (start, end int, v float64, next int, ok bool) {
	t := ts[i]
	if t.num {
		if t.skip {
			return 0, 0, 0, i + 1, false
		}
		v, end = t.val, i+1
		if end < len(ts) && !ts[end].punct && scaleWords[keys[end]] > 0 {
			v *= scaleWords[keys[end]]
			end++
		}
		prev := ""
		if i > 0 && !t.punct {
			prev = keys[i-1]
		}
		isInt := !strings.ContainsAny(text[t.span.Start:t.span.End], ".,")
		if isInt && end == i+1 && v >= 1800 && v <= 2100 && (yearContext[prev] || months[prev] || end >= len(ts) || ts[end].punct) {
			return 0, 0, 0, end, false
		}
		if months[prev] || (end < len(ts) && !ts[end].punct && months[keys[end]] && v <= 31) {
			return 0, 0, 0, end, false
		}
		return i, end, v, end, true
	}
	lim := i + 1
	for lim < len(ts) && lim < i+10 && !ts[lim].punct {
		lim++
	}
	v, n := spelled(keys[i:lim])
	if n == 0 {
		return 0, 0, 0, i + 1, false
	}
	end = i + n
	if end < len(ts) && !ts[end].punct && decadeWords[keys[end]] {
		return 0, 0, 0, end + 1, false // "nineteen nineties"
	}
	return i, end, v, end, true
}

// hedgeBefore returns the hedge that ends just before token i and how many
// tokens it spans.
func hedgeBefore(ts []ntok, keys []string, i int) (string, int) {
	if ts[i].punct {
		return "", 0
	}
	best, bn := "", 0
	for _, h := range hedges {
		n := len(h)
		if n <= bn || i-n < 0 {
			continue
		}
		match := true
		for k := 0; k < n; k++ {
			if keys[i-n+k] != h[k] || (k > 0 && ts[i-n+k].punct) {
				match = false
				break
			}
		}
		if match {
			best, bn = strings.Join(h, " "), n
		}
	}
	return best, bn
}

// Figures returns the figures of d's article text (boilerplate left out),
// each with its sentence index.
func Figures(d *corpus.Document) []Figure {
	fs := ExtractFigures(d.Text, 0, d.ContentEnd())
	for i := range fs {
		fs[i].Sentence = d.SentenceAt(fs[i].Span.Start)
	}
	return fs
}
