package corpus

import (
	"path"
	"strings"
	"time"
)

// Extracted is what a format reader gets out of a file: the raw text (not
// yet normalised) and any metadata the format carries.
type Extracted struct {
	Text     string
	Encoding string
	Title    string
	Source   string
	URL      string
	Date     time.Time
}

// Extractor reads one file format.
type Extractor func(data []byte) (Extracted, error)

// extractors maps a lower-case file extension to its reader. Format files
// (html.go, pdf.go, docx.go) add themselves in init.
var extractors = map[string]Extractor{
	".txt":  extractText,
	".text": extractText,
	".md":   extractMarkdown,
}

// formatNames maps an extension to the Format name documents report.
var formatNames = map[string]string{".txt": "txt", ".text": "txt", ".md": "md"}

// registerFormat adds a reader for the given extensions.
func registerFormat(name string, fn Extractor, exts ...string) {
	for _, e := range exts {
		extractors[e] = fn
		formatNames[e] = name
	}
}

// Supported reports whether a file name has an extension the loader reads.
func Supported(name string) bool {
	_, ok := extractors[strings.ToLower(path.Ext(name))]
	return ok
}

// Extensions returns the supported extensions.
func Extensions() []string {
	out := make([]string, 0, len(extractors))
	for e := range extractors {
		out = append(out, e)
	}
	return out
}

// extractText decodes a plain-text file; data is the loader's own buffer,
// which nothing changes after, so the text may share it.
func extractText(data []byte) (Extracted, error) {
	text, enc, err := decodeText(data, true)
	if err != nil {
		return Extracted{}, err
	}
	return Extracted{Text: text, Encoding: enc}, nil
}

// extractMarkdown keeps Markdown as the text a reader sees: heading markers
// and emphasis go, link text stays.
func extractMarkdown(data []byte) (Extracted, error) {
	ex, err := extractText(data)
	if err != nil {
		return ex, err
	}
	ex.Text = stripMarkdown(ex.Text)
	return ex, nil
}
