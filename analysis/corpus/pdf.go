package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"
)

func init() { registerFormat("pdf", extractPDF, ".pdf") }

// Bounds on what one PDF may cost: pages read and text kept.
const (
	maxPDFPages = 5000
	maxPDFText  = 32 << 20
)

// extractPDF returns the text layer of a PDF, pages separated by blank
// lines, and the title and date of its Info dictionary. A PDF whose pages
// carry no text (a scan) is refused with ErrNoText, an encrypted one with
// ErrEncrypted, a damaged one with ErrCorrupt. Panics inside the PDF
// library are recovered by the loader (see safeExtract) and here.
func extractPDF(data []byte) (ex Extracted, err error) {
	defer func() {
		if r := recover(); r != nil {
			ex, err = Extracted{}, fmt.Errorf("%w: the PDF reader failed (%v)", ErrCorrupt, r)
		}
	}()
	if len(data) == 0 {
		return ex, ErrEmpty
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return ex, fmt.Errorf("%w: not a PDF (no %%PDF header)", ErrCorrupt)
	}
	r, err := pdf.NewReader(pdfHeaderFix{bytes.NewReader(data)}, int64(len(data)))
	if err != nil {
		return ex, pdfError(err, data)
	}
	pages := pdfPages(r.Trailer().Key("Root").Key("Pages"))
	if len(pages) == 0 {
		return ex, fmt.Errorf("%w: the PDF has no pages (truncated?)", ErrCorrupt)
	}
	var b strings.Builder
	fonts := map[string]*pdf.Font{}
	for _, p := range pages {
		if b.Len() >= maxPDFText {
			break
		}
		if !safeStream(p.V.Key("Contents")) {
			continue
		}
		for _, name := range p.Fonts() {
			if _, ok := fonts[name]; !ok {
				f := p.Font(name)
				if tu := f.V.Key("ToUnicode"); !tu.IsNull() && !safeStream(tu) {
					continue // read without its character map
				}
				fonts[name] = &f
			}
		}
		text, err := p.GetPlainText(fonts)
		if err != nil {
			continue
		}
		if t := strings.TrimSpace(text); t != "" {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(t)
		}
	}
	ex.Text = strings.ToValidUTF8(b.String(), "\uFFFD")
	if strings.TrimSpace(ex.Text) == "" {
		return ex, fmt.Errorf("%w: the PDF has no text layer (a scan? run OCR first)", ErrNoText)
	}
	info := r.Trailer().Key("Info")
	ex.Title = strings.TrimSpace(strings.ToValidUTF8(info.Key("Title").Text(), ""))
	if d, ok := pdfDate(info.Key("CreationDate").Text()); ok {
		ex.Date = d
	}
	return ex, nil
}

// pdfError classifies an error of the PDF library.
func pdfError(err error, data []byte) error {
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(msg, "encrypt"):
		return fmt.Errorf("%w: the PDF is password-protected (%s)", ErrEncrypted, msg)
	case encryptedPDF(data):
		return fmt.Errorf("%w: %s", ErrEncrypted, msg)
	case strings.Contains(msg, "%%EOF") || strings.Contains(msg, "startxref") || strings.Contains(msg, "xref"):
		return fmt.Errorf("%w: the PDF is truncated or damaged (%s)", ErrCorrupt, msg)
	}
	return fmt.Errorf("%w: %s", ErrCorrupt, msg)
}

// encryptedPDF reports whether the trailer names an /Encrypt dictionary.
func encryptedPDF(data []byte) bool {
	tail := data
	if len(tail) > 64<<10 {
		tail = tail[len(tail)-64<<10:]
	}
	return bytes.Contains(tail, []byte("/Encrypt"))
}

// pdfHeaderFix presents a PDF 2.0 header as 1.7, which the library
// otherwise refuses although it reads the rest of the file.
type pdfHeaderFix struct{ r io.ReaderAt }

func (f pdfHeaderFix) ReadAt(p []byte, off int64) (int, error) {
	n, err := f.r.ReadAt(p, off)
	if off == 0 && n >= 8 && p[5] == '2' && p[6] == '.' {
		p[5], p[7] = '1', '7'
	}
	return n, err
}

// pdfDate reads a PDF date string ("D:20251201093000+01'00'").
func pdfDate(s string) (time.Time, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	if len(s) < 8 {
		return time.Time{}, false
	}
	for _, n := range []int{14, 12, 8} {
		if len(s) >= n {
			if t, err := time.Parse("20060102150405"[:n], s[:n]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// pdfPages lists the pages of a page tree in order. Unlike the library's
// Page(i), it stops at a depth of 32 and after maxPDFPages pages, so a tree
// whose Kids refer back to an ancestor cannot loop forever.
func pdfPages(root pdf.Value) []pdf.Page {
	var out []pdf.Page
	visits := 0
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		visits++
		if depth > 32 || len(out) >= maxPDFPages || visits > 4*maxPDFPages {
			return
		}
		switch v.Key("Type").Name() {
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), depth+1)
			}
		case "Page":
			out = append(out, pdf.Page{V: v})
		}
	}
	walk(root, 0)
	return out
}

// maxPDFStream bounds the decompressed size of one content stream.
const maxPDFStream = 64 << 20

// safeStream reports whether a content stream (or array of streams) can be
// handed to the PDF library's interpreter: it decompresses within bounds and
// has no unterminated hex string, on which the library loops forever.
func safeStream(v pdf.Value) bool {
	var data []byte
	add := func(s pdf.Value) bool {
		rc := s.Reader()
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxPDFStream+1-int64(len(data))))
		data = append(data, b...)
		return err == nil && len(data) <= maxPDFStream
	}
	if v.Kind() == pdf.Array {
		for i := 0; i < v.Len(); i++ {
			if !add(v.Index(i)) {
				return false
			}
		}
	} else if !add(v) {
		return false
	}
	return hexStringsClosed(data)
}

// hexStringsClosed scans PDF content syntax (comments, literal strings with
// escapes and nesting, dictionaries) and reports whether every hex string
// "<…" is closed by ">".
func hexStringsClosed(data []byte) bool {
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '%':
			for i < len(data) && data[i] != '\r' && data[i] != '\n' {
				i++
			}
		case '(':
			depth := 1
			for i++; i < len(data) && depth > 0; i++ {
				switch data[i] {
				case '\\':
					i++
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			i--
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				i++
				continue
			}
			j := bytes.IndexByte(data[i+1:], '>')
			if j < 0 {
				return false
			}
			i += j + 1
		}
	}
	return true
}
