package actors

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// naiveFind is the reference for the matcher: at every character that is
// not white space and not preceded by a word character, try every alias and
// keep the longest valid one; then continue after it.
func naiveFind(r *Registry, text string) []Match {
	type alias struct {
		actor      int
		key, exact string
	}
	var aliases []alias
	for ai, a := range r.Actors {
		for _, n := range a.Names() {
			al := alias{actor: ai, key: streamOf(n, true)}
			if al.key == "" {
				continue
			}
			if CaseSensitive(n) {
				al.exact = streamOf(n, false)
			}
			aliases = append(aliases, al)
		}
	}
	var out []Match
	for i := 0; i < len(text); {
		rn, size := utf8.DecodeRuneInString(text[i:])
		if foldStream(rn, true) == ' ' || (i > 0 && isWordBefore(text, i)) {
			i += size
			continue
		}
		best := Match{End: -1}
		for _, al := range aliases {
			// Extend a window over text until its stream is as long as
			// the key.
			for j := i; j < len(text); {
				_, sz := utf8.DecodeRuneInString(text[j:])
				j += sz
				s := streamOf(text[i:j], true)
				if len(s) > len(al.key) || !strings.HasPrefix(al.key, s) {
					break
				}
				if s != al.key || strings.TrimRight(text[i:j], " \t\n\r\v\f\u00a0") != text[i:j] {
					continue
				}
				if j < len(text) && isWordAt(text, j) {
					break
				}
				if al.exact != "" && streamOf(text[i:j], false) != al.exact {
					break
				}
				if j > best.End {
					best = Match{Actor: al.actor, Start: i, End: j}
				}
				break
			}
		}
		if best.End > 0 {
			out = append(out, best)
			i = best.End
			continue
		}
		i += size
	}
	return out
}

func FuzzMatcher(f *testing.F) {
	f.Add("Nicolás Maduro met the U.S. envoy; MADURO’S US-backed USS Venezuelan", "Maduro,Nicolás Maduro|U.S.,US|Venezuela")
	f.Add("aa a aA AA  a\na", "a a|AA|a")
	f.Add("Cartel de\u00a0los Soles and CARTEL DE LOS SOLES", "Cartel de los Soles|Soles")
	f.Add("\xff\xfeé e É", "é|E")
	f.Fuzz(func(t *testing.T, text, spec string) {
		r := &Registry{}
		for _, group := range strings.Split(spec, "|") {
			names := strings.Split(group, ",")
			if len(r.Actors) > 20 || len(names) > 10 {
				return
			}
			r.Actors = append(r.Actors, &Actor{Name: names[0], Kind: Other, Aliases: names[1:]})
		}
		m := NewMatcher(r)
		got := m.FindAll(text, 0, len(text))
		// Character boundaries as the decoder sees them (an invalid byte is
		// one character).
		bound := map[int]bool{len(text): true}
		for i := range text {
			bound[i] = true
		}
		last := 0
		for _, g := range got {
			if g.Start < last || g.End <= g.Start || g.End > len(text) {
				t.Fatalf("bad match %+v after %d in %q", g, last, text)
			}
			if !bound[g.Start] || !bound[g.End] {
				t.Fatalf("match %+v not on character boundaries in %q", g, text)
			}
			if g.Actor < 0 || g.Actor >= len(r.Actors) {
				t.Fatalf("bad actor %d", g.Actor)
			}
			last = g.End
		}
		want := naiveFind(r, text)
		if len(got) != len(want) {
			t.Fatalf("text %q spec %q: matcher %v, reference %v", text, spec, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("text %q spec %q: matcher %v, reference %v", text, spec, got, want)
			}
		}
	})
}
