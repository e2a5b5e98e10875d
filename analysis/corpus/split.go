package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Paragraphs returns the paragraphs of a normalised text. Blank lines
// separate paragraphs; so does a line that starts indented after a line that
// did not (the Reuters style). In a text with no blank lines, each line is a
// paragraph, unless the lines look hard-wrapped (most of them stop without
// sentence punctuation), in which case only indented lines start one.
func Paragraphs(text string) []Span {
	buf := linePool.Get().(*[]Span)
	defer linePool.Put(buf)
	lines := lineSpans(text, (*buf)[:0])
	*buf = lines
	blank := strings.Contains(text, "\n\n")
	wrapped := !blank && looksWrapped(text, lines)
	pbuf := linePool.Get().(*[]Span)
	defer linePool.Put(pbuf)
	out := (*pbuf)[:0]
	cur := Span{Start: -1}
	flush := func() {
		if cur.Start >= 0 {
			out = append(out, cur)
		}
		cur = Span{Start: -1}
	}
	for _, ln := range lines {
		content := strings.TrimLeft(text[ln.Start:ln.End], " \t")
		if content == "" {
			flush()
			continue
		}
		start := ln.End - len(content)
		indented := start > ln.Start
		switch {
		case !blank && !wrapped:
			flush()
		case indented && cur.Start >= 0:
			flush()
		}
		if cur.Start < 0 {
			cur.Start = start
		}
		cur.End = ln.End
	}
	flush()
	*pbuf = out
	return clipSpans(out)
}

// clipSpans copies spans built in a pooled buffer into a slice of their own,
// exactly sized (one allocation per list); nil when there are none.
func clipSpans(s []Span) []Span {
	if len(s) == 0 {
		return nil
	}
	return append(make([]Span, 0, len(s)), s...)
}

// linePool recycles the line lists Paragraphs needs only while it runs.
var linePool = sync.Pool{New: func() any { return new([]Span) }}

// lineSpans appends the spans of text's lines to out.
func lineSpans(text string, out []Span) []Span {
	start := 0
	for {
		i := strings.IndexByte(text[start:], '\n')
		if i < 0 {
			out = append(out, Span{start, len(text)})
			return out
		}
		out = append(out, Span{start, start + i})
		start += i + 1
	}
}

func looksWrapped(text string, lines []Span) bool {
	if len(lines) < 4 {
		return false
	}
	ended := 0
	for _, ln := range lines {
		l := strings.TrimRight(text[ln.Start:ln.End], " ")
		if l == "" {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(l)
		if strings.ContainsRune(".!?:;\"”’…)", r) {
			ended++
		}
	}
	return ended*10 < len(lines)*3
}

// Sentences splits each paragraph into sentences. A sentence ends at '.',
// '!', '?' or '…' (with any closing quotes or brackets after it) followed by
// white space and a character that can start a sentence (not a lowercase
// letter); a full stop after a known abbreviation ("Mr.", "Gen.", "Jan.") or
// after initials ("U.S.", "R.") does not end one. A paragraph always ends
// its last sentence.
func Sentences(text string, paragraphs []Span) []Span {
	buf := linePool.Get().(*[]Span)
	defer linePool.Put(buf)
	out := (*buf)[:0]
	for _, p := range paragraphs {
		out = splitParagraph(text, p, out)
	}
	*buf = out
	return clipSpans(out)
}

func splitParagraph(text string, p Span, out []Span) []Span {
	start := p.Start
	i := p.Start
	for i < p.End {
		c := text[i]
		var size int
		var term bool
		if c < utf8.RuneSelf {
			size = 1
			term = c == '.' || c == '!' || c == '?'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:p.End])
			term = r == '…' || r == '‼' || r == '⁇'
		}
		if !term {
			i += size
			continue
		}
		// consume further terminators and closers
		j := i + size
		for j < p.End {
			r, sz := utf8.DecodeRuneInString(text[j:p.End])
			if strings.ContainsRune(".!?…\"'”’»)]", r) {
				j += sz
				continue
			}
			break
		}
		if j >= p.End {
			break
		}
		// need white space next
		r, _ := utf8.DecodeRuneInString(text[j:p.End])
		if r != ' ' && r != '\n' && r != '\t' && r != '\u00A0' {
			i = j
			continue
		}
		k := j
		for k < p.End && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t') {
			k++
		}
		if k >= p.End {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:p.End])
		if unicode.IsLower(next) || (c == '.' && isAbbreviation(text[start:i])) {
			i = j
			continue
		}
		out = append(out, Span{start, j})
		start = k
		i = k
	}
	if start < p.End {
		out = append(out, Span{start, p.End})
	}
	return out
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"sgt": true, "capt": true, "cmdr": true, "adm": true, "maj": true, "jr": true,
	"sr": true, "rev": true, "hon": true, "pres": true, "sec": true, "atty": true,
	"no": true, "nos": true, "vs": true, "v": true, "approx": true, "dept": true,
	"est": true, "fig": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"e.g": true, "i.e": true, "cf": true, "al": true, "mt": true, "ft": true,
}

// isAbbreviation reports whether the text before a full stop ends with an
// abbreviation or an initial.
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, sz := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= sz
	}
	word := before[k:]
	if word == "" {
		return false
	}
	// initials: "U.S", "R", "J.R.R"
	if utf8.RuneCountInString(strings.ReplaceAll(word, ".", "")) <= 1 || isInitials(word) {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

func isInitials(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 1 {
			return false
		}
	}
	return true
}
