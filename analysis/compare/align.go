package compare

import (
	"math"
	"sort"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Label says how a sentence of one document relates to the other.
type Label string

// The sentence labels.
const (
	// Shared: mostly the same words in the same order.
	Shared Label = "shared"
	// Paraphrase: the same content words (by stem, weighted by rarity), in
	// other words.
	Paraphrase Label = "paraphrase"
	// OnlyA and OnlyB: no sentence of the other document is close enough.
	OnlyA Label = "only_a"
	OnlyB Label = "only_b"
)

// SentencePair links sentence A of document A with sentence B of document
// B (indexes into Document.Sentences; -1 for the missing side of an
// unpaired sentence).
type SentencePair struct {
	A, B  int
	Score float64
	Label Label
}

// conceptWeight is the weight of a concept ("#deaths" stands for killed,
// deaths, casualties…), a light synonym table for paraphrases.
const conceptWeight = 3.0

// figureBonus is added to the content similarity of two sentences that
// report the same figure (paired by PairFigures, agreeing or not): the
// same count of the same thing is strong evidence of the same content.
const figureBonus = 0.15

// minSemForShared: sentences sharing less content than this are not
// checked for shared word pairs (two sentences with half their word pairs
// in common share far more content words).
const minSemForShared = 0.15

// sentence is one sentence's features.
type sentence struct {
	index   int
	bigrams map[[2]string]bool
	stems   map[string]float64 // stem → idf weight
	norm    float64            // sum of the stems' weights
}

// sentenceFeatures computes the features of every sentence of d that starts
// before end, with idf giving each stem's weight.
func sentenceFeatures(d *corpus.Document, toks []token, end int, idf func(string) float64) []sentence {
	var out []sentence
	k := 0
	for si, sp := range d.Sentences {
		if sp.Start >= end {
			break
		}
		for k < len(toks) && toks[k].span.Start < sp.Start {
			k++
		}
		s := sentence{index: si, bigrams: map[[2]string]bool{}, stems: map[string]float64{}}
		prev := ""
		for j := k; j < len(toks) && toks[j].span.End <= sp.End; j++ {
			w := toks[j].key
			s.bigrams[[2]string{prev, w}] = true
			prev = w
			if c := concepts[w]; c != "" && c != "percent" {
				s.stems["#"+c] = conceptWeight
			} else if st := stem(w); st != "" {
				s.stems[st] = idf(st)
			}
		}
		for _, w := range s.stems {
			s.norm += w
		}
		out = append(out, s)
	}
	return out
}

// lexical is the Dice coefficient of two sentences' word bigrams.
func lexical(a, b sentence) float64 {
	if len(a.bigrams)+len(b.bigrams) == 0 {
		return 0
	}
	small, big := a.bigrams, b.bigrams
	if len(small) > len(big) {
		small, big = big, small
	}
	n := 0
	for g := range small {
		if big[g] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a.bigrams)+len(b.bigrams))
}

// match is the best counterpart found for one sentence.
type match struct {
	other int
	score float64
	label Label
}

// bestMatches finds, for every sentence of xs, its best counterpart among
// ys (other = -1 when none passes the thresholds). Candidates come from an
// inverted index on stems, so only sentences sharing a content word are
// scored.
func bestMatches(xs, ys []sentence, o Options, bonus map[[2]int]bool) []match {
	index := map[string][]int{}
	for j, y := range ys {
		for s := range y.stems {
			index[s] = append(index[s], j)
		}
	}
	out := make([]match, len(xs))
	dots := make([]float64, len(ys))
	shared := make([]int, len(ys))
	for i, x := range xs {
		out[i] = match{other: -1}
		var touched []int
		for s, w := range x.stems {
			for _, j := range index[s] {
				if dots[j] == 0 {
					touched = append(touched, j)
				}
				dots[j] += w
				shared[j]++
			}
		}
		sort.Ints(touched)
		best := -1.0
		for _, j := range touched {
			sem := dots[j] / math.Sqrt(x.norm*ys[j].norm)
			if bonus[[2]int{x.index, ys[j].index}] {
				sem += figureBonus
			}
			n := shared[j]
			dots[j], shared[j] = 0, 0
			cand := match{other: ys[j].index}
			lex := 0.0
			if sem >= minSemForShared {
				lex = lexical(x, ys[j])
			}
			switch {
			case lex >= o.SharedThreshold:
				cand.score, cand.label = lex, Shared
			case sem >= o.ParaphraseThreshold && n >= 2:
				cand.score, cand.label = sem, Paraphrase
			default:
				continue
			}
			rank := cand.score
			if cand.label == Shared {
				rank++
			}
			if rank > best {
				best, out[i] = rank, cand
			}
		}
	}
	return out
}

// alignSentences pairs the sentences of A and B: every sentence of A with
// its best counterpart in B wherever it stands, then every sentence of B
// that no sentence of A chose with its own best counterpart; the rest are
// unpaired. The result lists A's sentences in order, then B's extras.
//
// figures lists the sentence pairs (A, B) that report the same figure of
// the same thing (see PairFigures): such pairs get a bonus.
func alignSentences(sa, sb []sentence, o Options, figures [][2]int) []SentencePair {
	ab, ba := map[[2]int]bool{}, map[[2]int]bool{}
	for _, f := range figures {
		ab[f] = true
		ba[[2]int{f[1], f[0]}] = true
	}
	ab2 := bestMatches(sa, sb, o, ab)
	ba2 := bestMatches(sb, sa, o, ba)
	var out []SentencePair
	chosen := map[int]bool{}
	for i, m := range ab2 {
		if m.other < 0 {
			out = append(out, SentencePair{A: sa[i].index, B: -1, Label: OnlyA})
			continue
		}
		chosen[m.other] = true
		out = append(out, SentencePair{A: sa[i].index, B: m.other, Score: m.score, Label: m.label})
	}
	for j, m := range ba2 {
		switch {
		case chosen[sb[j].index]:
		case m.other < 0:
			out = append(out, SentencePair{A: -1, B: sb[j].index, Label: OnlyB})
		default:
			out = append(out, SentencePair{A: m.other, B: sb[j].index, Score: m.score, Label: m.label})
		}
	}
	return out
}
