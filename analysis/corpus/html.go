package corpus

import (
	"bytes"
	"fmt"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

func init() { registerFormat("html", extractHTML, ".html", ".htm", ".xhtml") }

// Limits beyond which an HTML page is not handed to the readability
// extractor (whose cost grows faster than linearly with depth) but read by
// the linear tokenizer pass alone.
const (
	maxReadableDepth    = 1500
	maxReadableElements = 30_000
)

// extractHTML returns the main article text of an HTML page — never its
// scripts, styles or navigation — and the metadata of its meta tags
// (og:title, og:site_name, article:published_time, a <time> element, the
// canonical link). It uses go-readability for the article body and falls
// back to a block-aware rendering of the whole body, minus navigation, when
// readability finds nothing or the page is too deep to parse safely.
func extractHTML(data []byte) (Extracted, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Extracted{}, ErrEmpty
	}
	src, enc, err := decodeHTML(data)
	if err != nil {
		return Extracted{}, err
	}
	scan := scanHTML(src)
	ex := Extracted{Encoding: enc, Title: scan.meta.title, Source: scan.meta.site, URL: scan.meta.url, Date: scan.meta.date}
	ex.Text = scan.text
	if scan.depth <= maxReadableDepth && scan.elements <= maxReadableElements {
		art := readableText(src)
		// Readability's article wins unless it is a sliver of the page (a
		// caption picked from a page that is not an article).
		if len(art.text) >= min(len(scan.text)/4, 500) && strings.TrimSpace(art.text) != "" {
			ex.Text = art.text
		}
		if ex.Title == "" {
			ex.Title = art.title
		}
		if ex.Source == "" {
			ex.Source = art.site
		}
	}
	if ex.Title == "" {
		ex.Title = scan.meta.docTitle
	}
	if strings.TrimSpace(ex.Text) == "" {
		return ex, fmt.Errorf("%w: the page has no readable body text", ErrNoText)
	}
	if ex.Title != "" {
		ex.Text = prependTitle(ex.Title, ex.Text)
	}
	return ex, nil
}

// prependTitle puts the headline on the first line unless the text already
// starts with it, so the reader shows it and the sentence splitter keeps it
// separate.
func prependTitle(title, text string) string {
	t := strings.Join(strings.Fields(title), " ")
	head := strings.Join(strings.Fields(firstN(text, len(t)+64)), " ")
	if strings.HasPrefix(head, t) {
		return text
	}
	return t + "\n\n" + text
}

func firstN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// decodeHTML converts the page to UTF-8: a byte order mark or a declared
// charset (meta tag) wins; otherwise the bytes are read like a text file.
func decodeHTML(data []byte) (string, string, error) {
	if kind := sniffBinary(data); kind != "" {
		return "", "", fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	if _, name, certain := charset.DetermineEncoding(data, "text/html"); certain || name != "windows-1252" {
		if name != "utf-8" && name != "windows-1252" && name != "" {
			if e, canonical := charset.Lookup(name); e != nil {
				if out, err := e.NewDecoder().Bytes(data); err == nil {
					return string(out), canonical, nil
				}
			}
		}
	}
	return DecodeText(data)
}

// readable is what go-readability found in a page.
type readable struct{ text, title, site string }

// readableText runs go-readability on the page and renders the article it
// finds as paragraphs. It returns nothing when readability fails.
func readableText(src string) (out readable) {
	defer func() {
		if recover() != nil {
			out = readable{}
		}
	}()
	art, err := readability.FromReader(strings.NewReader(src), nil)
	if err != nil {
		return readable{}
	}
	out.title, out.site = strings.TrimSpace(art.Title), strings.TrimSpace(art.SiteName)
	if art.Content == "" {
		return out
	}
	root, err := html.Parse(strings.NewReader(art.Content))
	if err != nil {
		return out
	}
	var r textRenderer
	r.node(root)
	out.text = r.String()
	return out
}
