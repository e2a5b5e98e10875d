package corpus

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

func init() { registerFormat("docx", extractDOCX, ".docx") }

// maxDOCXPart bounds how many bytes one part of a DOCX may inflate to, so a
// zip bomb costs at most this much memory and time.
var maxDOCXPart int64 = 64 << 20

// extractDOCX reads word/document.xml of a Word document: one paragraph per
// <w:p>, tabs and line breaks kept, and the title and creation date of
// docProps/core.xml.
func extractDOCX(data []byte) (Extracted, error) {
	var ex Extracted
	if len(data) == 0 {
		return ex, ErrEmpty
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ex, fmt.Errorf("%w: not a DOCX (bad zip: %v)", ErrCorrupt, err)
	}
	var doc, core *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			doc = f
		case "docProps/core.xml":
			core = f
		}
	}
	if doc == nil {
		return ex, fmt.Errorf("%w: not a DOCX (no word/document.xml)", ErrCorrupt)
	}
	if doc.Flags&0x1 != 0 {
		return ex, fmt.Errorf("%w: the document is encrypted", ErrEncrypted)
	}
	text, err := docxText(doc)
	if err != nil {
		return ex, err
	}
	ex.Text = text
	if strings.TrimSpace(text) == "" {
		return ex, fmt.Errorf("%w: the document has no text", ErrNoText)
	}
	if core != nil {
		ex.Title, ex.Date = docxCore(core)
	}
	return ex, nil
}

// openPart opens a zip member, refusing one that inflates beyond the bound.
func openPart(f *zip.File) (io.ReadCloser, *boundedReader, error) {
	if f.UncompressedSize64 > uint64(maxDOCXPart) {
		return nil, nil, fmt.Errorf("%w: %s inflates to %s (a zip bomb?)", ErrTooLarge, f.Name, humanBytes(int64(f.UncompressedSize64)))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, f.Name, err)
	}
	return rc, &boundedReader{r: rc, left: maxDOCXPart}, nil
}

// boundedReader fails once more than left bytes were read, whatever the
// zip header claims.
type boundedReader struct {
	r    io.Reader
	left int64
}

var errInflate = errors.New("inflates beyond the limit")

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errInflate
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}

func docxText(f *zip.File) (string, error) {
	rc, br, err := openPart(f)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := xml.NewDecoder(br)
	dec.Strict = false
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, errInflate) {
				return "", fmt.Errorf("%w: %s inflates beyond %s (a zip bomb?)", ErrTooLarge, f.Name, humanBytes(maxDOCXPart))
			}
			if b.Len() > 0 {
				break // keep what was read before the damage
			}
			return "", fmt.Errorf("%w: %s: %v", ErrCorrupt, f.Name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t", "delText":
				inText = t.Name.Local == "t"
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteString("\n\n")
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}

// docxCore reads dc:title and dcterms:created from docProps/core.xml.
func docxCore(f *zip.File) (title string, date time.Time) {
	rc, br, err := openPart(f)
	if err != nil {
		return "", date
	}
	defer rc.Close()
	var core struct {
		Title   string `xml:"title"`
		Created string `xml:"created"`
	}
	dec := xml.NewDecoder(br)
	dec.Strict = false
	if dec.Decode(&core) != nil {
		return "", date
	}
	if d, err := ParseDate(core.Created); err == nil {
		date = d
	}
	return strings.TrimSpace(core.Title), date
}
