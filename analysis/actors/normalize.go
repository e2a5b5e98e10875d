package actors

import (
	"strings"
	"unicode"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// NormalizeName returns the key under which names and aliases are compared:
// trimmed, white space collapsed to single spaces, diacritics and
// typographic quotes folded, lower-cased. "Nicolás  Maduro" and "nicolas
// maduro" share a key.
func NormalizeName(s string) string {
	return corpus.Key(collapseSpace(s))
}

// collapseSpace trims s and replaces every run of white space with one
// space.
func collapseSpace(s string) string {
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := isSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// isSpace reports white space, including no-break and thin spaces.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00A0' || r == '\u2007' || r == '\u202F'
}

// CaseSensitive reports whether alias matches case-sensitively: it has at
// least two letters and none of them is lowercase ("US", "U.S.", "CIA").
func CaseSensitive(alias string) bool {
	letters := 0
	for _, r := range alias {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// parseKind reads a kind, accepting the American spelling and an empty kind
// (other).
func parseKind(s string) (Kind, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "person", "people":
		return Person, true
	case "organisation", "organization", "org":
		return Organisation, true
	case "place", "location":
		return Place, true
	case "other", "":
		return Other, true
	}
	return "", false
}

// Kinds lists the kinds in display order.
func Kinds() []Kind { return []Kind{Person, Organisation, Place, Other} }
