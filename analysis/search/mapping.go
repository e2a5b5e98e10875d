package search

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	keywordtok "github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/mapping"
)

// MappingVersion is stamped into every persisted index; an index with
// another stamp is rebuilt. Bump it whenever the mapping or the way
// documents are turned into index entries changes.
const MappingVersion = "ce-search-6"

// Field names of the index, as used in queries (title:cocoa).
const (
	FieldBody   = "body"
	FieldTitle  = "title"
	FieldSource = "source"
	FieldDate   = "date"
	FieldID     = "id"
	// fieldSourceFacet and fieldMonth hold the exact source and the
	// YYYY-MM month for facets; they are not meant for queries.
	fieldSourceFacet = "source_facet"
	fieldMonth       = "month"
	// fieldIDSig holds "ID\x1fsignature", one term per document, so that
	// Open can tell what is indexed by reading one term dictionary.
	fieldIDSig = "idsig"
)

// keywordLower is the analyser of source and tags: the whole value as one
// token, lower-cased, so source:reuters and source:Reuters both match.
const keywordLower = "keyword_lower"

// allField is Bleve's composite field of every field included in it.
const allField = "_all"

// newMapping returns the index mapping. Fields a document does not know
// (the manifest's tags) are indexed dynamically as case-insensitive
// keywords.
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := m.AddCustomAnalyzer(keywordLower, map[string]any{
		"type":          custom.Name,
		"tokenizer":     keywordtok.Name,
		"token_filters": []string{lowercase.Name},
	}); err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = en.AnalyzerName
	// No _all field: queries without a field are rewritten to search the
	// body and the title (see defaultFields), which halves indexing work.
	m.DefaultField = FieldBody
	m.StoreDynamic = false
	m.DocValuesDynamic = false

	text := func(all bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store = false
		f.IncludeTermVectors = true
		f.IncludeInAll = all
		f.DocValues = false
		return f
	}
	kw := func(analyzer string, all, docValues bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = all
		f.DocValues = docValues
		return f
	}
	date := bleve.NewDateTimeFieldMapping()
	date.Store = false
	date.IncludeInAll = false

	doc := bleve.NewDocumentMapping()
	doc.DefaultAnalyzer = keywordLower
	doc.AddSubDocumentMapping(allField, bleve.NewDocumentDisabledMapping())
	doc.AddFieldMappingsAt(FieldBody, text(true))
	doc.AddFieldMappingsAt(FieldTitle, text(true))
	doc.AddFieldMappingsAt(FieldSource, kw(keywordLower, false, false))
	doc.AddFieldMappingsAt(FieldID, kw(keyword.Name, false, false))
	doc.AddFieldMappingsAt(FieldDate, date)
	doc.AddFieldMappingsAt(fieldSourceFacet, kw(keyword.Name, false, true))
	doc.AddFieldMappingsAt(fieldMonth, kw(keyword.Name, false, true))
	doc.AddFieldMappingsAt(fieldIDSig, kw(keyword.Name, false, false))
	m.DefaultMapping = doc
	return m, nil
}
