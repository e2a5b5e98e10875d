package search

import (
	"strings"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// reserved field names a tag may not take.
var reserved = map[string]bool{FieldBody: true, FieldTitle: true, FieldSource: true, FieldDate: true,
	FieldID: true, fieldSourceFacet: true, fieldMonth: true, fieldIDSig: true, allField: true}

// TagField returns the index field of a manifest tag: its name lower-cased
// with spaces and punctuation turned into underscores, prefixed with tag_
// when it would clash with a built-in field.
func TagField(name string) string {
	f := strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '_'
	}, name)
	if reserved[f] || f == "" || strings.HasPrefix(f, "_") {
		f = "tag_" + f
	}
	return f
}

// entry is what the index holds of a document. The body is the text with
// boilerplate blanked out by spaces, so that offsets in it are offsets in
// Document.Text.
func entry(d *corpus.Document) map[string]any {
	e := map[string]any{FieldID: d.ID, FieldBody: bodyText(d)}
	if d.Title != "" {
		e[FieldTitle] = d.Title
	}
	if d.Source != "" {
		e[FieldSource] = d.Source
		e[fieldSourceFacet] = d.Source
	}
	if !d.Date.IsZero() {
		e[FieldDate] = d.Date
		e[fieldMonth] = d.Date.Format("2006-01")
	}
	for k, v := range d.Tags {
		if v != "" {
			e[TagField(k)] = v
		}
	}
	return e
}

func bodyText(d *corpus.Document) string {
	if len(d.Boilerplate) == 0 {
		return d.Text
	}
	b := []byte(d.Text)
	for _, s := range d.Boilerplate {
		for i := max(s.Start, 0); i < min(s.End, len(b)); i++ {
			b[i] = ' '
		}
	}
	return string(b)
}
