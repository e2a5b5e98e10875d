package corpus

import (
	"strings"
	"unicode/utf8"
)

// DetectBoilerplate finds a trailing block of teaser paragraphs, as scraped
// pages append after an article: at least three consecutive final
// paragraphs, each a single truncated line ending in an ellipsis ("…" or
// "..."). It returns their span, or nil.
func DetectBoilerplate(text string, paragraphs []Span) []Span {
	n := 0
	for i := len(paragraphs) - 1; i >= 0; i-- {
		if !isTeaser(text[paragraphs[i].Start:paragraphs[i].End]) {
			break
		}
		n++
	}
	if n < 3 || n == len(paragraphs) {
		return nil
	}
	first := paragraphs[len(paragraphs)-n]
	return []Span{{first.Start, paragraphs[len(paragraphs)-1].End}}
}

func isTeaser(p string) bool {
	if strings.Contains(p, "\n") || utf8.RuneCountInString(p) > 300 {
		return false
	}
	p = strings.TrimSpace(p)
	return strings.HasSuffix(p, "…") || strings.HasSuffix(p, "...")
}
