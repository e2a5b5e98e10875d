package corpus

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is the metadata found in a page's head and body.
type htmlMeta struct {
	title, site, url string
	date             time.Time
	docTitle         string // the <title> element, used when og:title is absent
}

// htmlScan is the result of one linear pass of the tokenizer over a page.
type htmlScan struct {
	meta     htmlMeta
	text     string // the body rendered as paragraphs, without hidden parts
	depth    int    // deepest element nesting seen
	elements int
}

// skipped elements never contribute text: code, styling, embedded media,
// forms and page chrome (navigation, headers, footers, asides).
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Math: true, atom.Object: true, atom.Canvas: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Head: true, atom.Title: true, atom.Video: true, atom.Audio: true,
}

// blocks are elements that start a new paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Pre: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Table: true,
	atom.Tr: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

// voids have no end tag and so do not nest.
var voids = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

// textRenderer turns a stream of tags and text into paragraphs: white space
// inside a paragraph collapses to one space, block elements are separated
// by a blank line, <br> becomes a line break.
type textRenderer struct {
	b       strings.Builder
	line    bool // something written since the last break
	space   bool // a space is pending
	pre     int  // depth inside <pre>
	breaks  int  // pending break: 1 line, 2 paragraph
	skipped int  // depth inside skipped elements
}

func (r *textRenderer) brk(n int) {
	if r.line && n > r.breaks {
		r.breaks = n
	}
	r.space = false
}

func (r *textRenderer) text(s string) {
	if r.skipped > 0 {
		return
	}
	if r.pre > 0 {
		if r.line {
			r.flush()
		}
		r.b.WriteString(s)
		r.line = true
		return
	}
	for i := 0; i < len(s); {
		if isSpaceByte(s[i]) {
			r.space = true
			i++
			continue
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if r.line {
			r.flush()
		}
		r.breaks, r.space = 0, false
		r.b.WriteString(s[i:j])
		r.line = true
		i = j
	}
}

// flush writes a pending break or space.
func (r *textRenderer) flush() {
	switch {
	case r.breaks == 2:
		r.b.WriteString("\n\n")
	case r.breaks == 1:
		r.b.WriteByte('\n')
	case r.space:
		r.b.WriteByte(' ')
	}
	r.breaks, r.space = 0, false
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func (r *textRenderer) start(a atom.Atom) {
	if skipped[a] && !voids[a] {
		r.skipped++
	}
	if r.skipped > 0 {
		return
	}
	switch {
	case a == atom.Br:
		r.brk(1)
	case a == atom.Pre:
		r.brk(2)
		r.pre++
	case blocks[a]:
		r.brk(2)
	case a == atom.Td || a == atom.Th:
		r.space = r.line
	}
}

func (r *textRenderer) end(a atom.Atom) {
	if skipped[a] && !voids[a] {
		if r.skipped > 0 {
			r.skipped--
		}
		return
	}
	if r.skipped > 0 {
		return
	}
	if a == atom.Pre && r.pre > 0 {
		r.pre--
	}
	if blocks[a] {
		r.brk(2)
	}
}

// String returns the rendered text.
func (r *textRenderer) String() string { return strings.TrimSpace(r.b.String()) }

// node renders a parsed tree (used on readability's article, whose depth
// is bounded by maxReadableDepth).
func (r *textRenderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		r.start(n.DataAtom)
		if voids[n.DataAtom] {
			return
		}
		defer r.end(n.DataAtom)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
}
