package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// implicit elements are often left unclosed, so they do not count towards
// the nesting depth.
var implicit = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Option: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Colgroup: true, atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Optgroup: true,
}

// scanHTML reads a page once with the tokenizer, in linear time whatever
// its nesting: metadata, a rendering of its visible body text, and its
// depth and size (to decide whether the tree-building extractor is safe).
func scanHTML(src string) htmlScan {
	var s htmlScan
	var r textRenderer
	z := html.NewTokenizer(strings.NewReader(src))
	z.SetMaxBuf(0)
	depth := 0
	inTitle := false
	var title strings.Builder
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			s.meta.docTitle = strings.Join(strings.Fields(title.String()), " ")
			s.text = r.String()
			return s
		case html.TextToken:
			if inTitle {
				title.Write(z.Text())
				continue
			}
			r.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			s.elements++
			var attrs map[string]string
			if hasAttr && (a == atom.Meta || a == atom.Link || a == atom.Time) {
				attrs = readAttrs(z)
			}
			switch a {
			case atom.Meta:
				s.meta.fromMeta(attrs)
			case atom.Link:
				if strings.EqualFold(attrs["rel"], "canonical") && attrs["href"] != "" {
					s.meta.url = attrs["href"]
				}
			case atom.Time:
				if s.meta.date.IsZero() && attrs["datetime"] != "" {
					if d, err := ParseDate(attrs["datetime"]); err == nil {
						s.meta.date = d
					}
				}
			case atom.Title:
				inTitle = tt == html.StartTagToken && title.Len() == 0
			}
			if tt == html.SelfClosingTagToken || voids[a] {
				if a == atom.Br || a == atom.Hr {
					r.start(a)
				}
				continue
			}
			if !implicit[a] {
				depth++
				if depth > s.depth {
					s.depth = depth
				}
			}
			r.start(a)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = false
			}
			if !implicit[a] && !voids[a] && depth > 0 {
				depth--
			}
			r.end(a)
		}
	}
}

func readAttrs(z *html.Tokenizer) map[string]string {
	m := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		m[strings.ToLower(string(k))] = strings.TrimSpace(string(v))
		if !more {
			return m
		}
	}
}

// fromMeta records what a <meta> tag says, first value wins except that
// og:/article: properties override plain names.
func (m *htmlMeta) fromMeta(attrs map[string]string) {
	key := strings.ToLower(attrs["property"])
	if key == "" {
		key = strings.ToLower(attrs["name"])
	}
	if key == "" {
		key = strings.ToLower(attrs["itemprop"])
	}
	v := attrs["content"]
	if v == "" {
		return
	}
	switch key {
	case "og:title":
		m.title = v
	case "twitter:title", "dc.title", "headline":
		if m.title == "" {
			m.title = v
		}
	case "og:site_name":
		m.site = v
	case "application-name", "publisher", "dc.publisher":
		if m.site == "" {
			m.site = v
		}
	case "og:url":
		if m.url == "" {
			m.url = v
		}
	case "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
		"publish-date", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date":
		if d, err := ParseDate(v); err == nil && (m.date.IsZero() || strings.Contains(key, "published")) {
			m.date = d
		}
	}
}
