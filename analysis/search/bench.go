package search

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// BenchQueries returns n queries drawn reproducibly from the corpus: single
// words, two-word phrases, required/excluded pairs, fuzzy words, prefixes
// and field queries (title:, source:). The same corpus gives the same
// queries.
func BenchQueries(c *corpus.Corpus, n int) []string {
	words, phrases := vocabulary(c)
	if len(words) == 0 || n <= 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(1987, uint64(len(c.Docs))))
	pick := func() string { return words[rng.IntN(len(words))] }
	var sources []string
	seen := map[string]bool{}
	for _, d := range c.Docs {
		if d.Source != "" && !seen[d.Source] && !strings.ContainsAny(d.Source, `"\`) {
			seen[d.Source] = true
			sources = append(sources, d.Source)
		}
	}
	out := make([]string, 0, n)
	for i := 0; len(out) < n; i++ {
		switch i % 8 {
		case 0, 1:
			out = append(out, pick())
		case 2:
			if len(phrases) > 0 {
				out = append(out, `"`+phrases[rng.IntN(len(phrases))]+`"`)
			} else {
				out = append(out, pick()+" "+pick())
			}
		case 3:
			out = append(out, "+"+pick()+" -"+pick())
		case 4:
			out = append(out, pick()+"~1")
		case 5:
			w := pick()
			out = append(out, w[:min(len(w), 4)]+"*")
		case 6:
			out = append(out, "title:"+pick())
		case 7:
			if len(sources) > 0 {
				out = append(out, fmt.Sprintf("+source:%q +%s", sources[rng.IntN(len(sources))], pick()))
			} else {
				out = append(out, pick()+" "+pick()+" "+pick())
			}
		}
	}
	return out
}

// vocabulary returns the corpus's frequent plain words (5–12 letters, in
// 0.1–10 % of documents) and some two-word phrases made of them, sorted so
// the result does not depend on map order.
func vocabulary(c *corpus.Corpus) (words, phrases []string) {
	df := map[string]int{}
	pairs := map[string]int{}
	step := max(1, len(c.Docs)/2000)
	sampled := 0
	for i := 0; i < len(c.Docs); i += step {
		sampled++
		seen := map[string]bool{}
		prev := ""
		for _, w := range strings.FieldsFunc(c.Docs[i].Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			w = strings.ToLower(w)
			ok := len(w) >= 5 && len(w) <= 12 && isASCII(w)
			if ok && !seen[w] {
				seen[w] = true
				df[w]++
			}
			if ok && prev != "" {
				pairs[prev+" "+w]++
			}
			prev = ""
			if ok {
				prev = w
			}
		}
	}
	for w, n := range df {
		if n*1000 >= sampled && n*10 <= sampled || sampled < 20 && n >= 1 {
			words = append(words, w)
		}
	}
	for p, n := range pairs {
		if n >= 2 {
			phrases = append(phrases, p)
		}
	}
	sort.Strings(words)
	sort.Strings(phrases)
	return words, phrases
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
