package compare

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// groupBreak are words that end a noun group ("Americans last year").
var groupBreak = map[string]bool{"last": true, "next": true, "ago": true, "alone": true, "already": true, "each": true, "since": true, "ago.": true}

// attach finds what the figure at tokens [hs, end) counts: an event verb
// before it ("killed 83") or after its noun ("80 people were killed"), and
// the head of the noun group after it ("83 suspected traffickers").
func attach(f *Figure, ts []ntok, keys []string, hs, end int) {
	if hs > 0 && !ts[hs].punct && eventVerbs[keys[hs-1]] {
		f.Verb = keys[hs-1]
	}
	k := end
	var group []string
	for k < len(ts) && !ts[k].punct && len(group) < 4 && !english.IsStopWord(keys[k]) && !ts[k].num {
		if len(group) > 0 && (eventVerbs[keys[k]] || groupBreak[keys[k]]) {
			break
		}
		group = append(group, keys[k])
		k++
	}
	if f.Noun == "" && len(group) > 0 {
		f.Noun = group[0]
		for _, w := range group {
			if concepts[w] != "" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				f.Noun = w
			}
		}
		if n := len(group); n >= 2 && compoundUnits[group[n-2]+" "+group[n-1]] {
			f.Noun = group[n-2] + " " + group[n-1]
		}
	}
	window := append([]string(nil), group...)
	for w := k; w < len(ts) && w < k+5 && (w == k || !ts[w].punct); w++ {
		if w == k && ts[w].punct {
			break
		}
		window = append(window, keys[w])
		if f.Verb == "" && eventVerbs[keys[w]] && len(group) > 0 {
			f.Verb = keys[w]
		}
	}
	f.What = f.Verb
	if f.What == "" {
		f.What = f.Noun
	}
	seen := map[string]bool{}
	add := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			f.Concepts = append(f.Concepts, c)
		}
	}
	add(concepts[f.Verb])
	add(concepts[f.Noun])
	for _, w := range window {
		add(concepts[w])
	}
	if len(f.Concepts) == 0 && f.Noun != "" {
		add("stem:" + english.Stem(f.Noun, false))
	}
}
