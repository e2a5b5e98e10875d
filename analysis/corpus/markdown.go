package corpus

import (
	"regexp"
	"strings"
)

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdHeading  = regexp.MustCompile(`(?m)^#{1,6}[ \t]+`)
	mdRule     = regexp.MustCompile(`(?m)^[ \t]*([-*_][ \t]*){3,}$`)
	mdQuote    = regexp.MustCompile(`(?m)^>[ \t]?`)
)

// stripMarkdown removes the Markdown syntax a reader would not see. It is
// deliberately light: text is never dropped, only markers.
func stripMarkdown(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = mdHeading.ReplaceAllString(s, "")
	s = mdRule.ReplaceAllString(s, "")
	s = mdQuote.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdEmphasis.ReplaceAllString(s, "$2")
	return s
}
