package actors

import "strings"

// kindOf guesses a group's kind.
func (h *harvest) kindOf(g *group, main *nameStat) Kind {
	words := main.words
	if words[0] == "operation" {
		return Other
	}
	person, place, speaker, count := 0, 0, 0, 0
	for _, m := range g.members {
		person += m.person
		place += m.place
		speaker += m.speaker
		count += m.count
		if k := strings.Join(m.words, " "); places[k] || places[knownAcronyms[k]] {
			return Place
		}
	}
	for _, w := range words {
		if orgWords[w] {
			return Organisation
		}
	}
	for _, w := range words {
		if placeWords[w] {
			return Place
		}
	}
	if len(words) == 1 && allCapsSurface(main) {
		return Organisation
	}
	if place*2 >= count && place > 0 {
		return Place
	}
	if person > 0 || g.surname {
		return Person
	}
	if personLike(words) {
		// A person's name is made of words never written in lower case.
		for _, w := range words {
			if h.lowerSeen[w] > 0 {
				return Other
			}
		}
		return Person
	}
	return Other
}

// personLike reports a name that could be a person's full name: two or
// three words, no connector, no organisation or place word, not a known
// place.
func personLike(words []string) bool {
	if len(words) < 2 || len(words) > 3 || places[strings.Join(words, " ")] {
		return false
	}
	for i, w := range words {
		if connectors[w] || orgWords[w] || placeWords[w] || places[w] || knownAcronyms[w] != "" || demonyms[w] {
			return false
		}
		if i > 0 && places[words[i-1]+" "+w] {
			return false
		}
	}
	return true
}
