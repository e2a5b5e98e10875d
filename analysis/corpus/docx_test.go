package corpus

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"strings"
	"testing"
)

const docxBody = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Strikes on boats</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The first </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>paragraph</w:t></w:r><w:r><w:t>.</w:t><w:tab/><w:t>After a tab.</w:t><w:br/><w:t>New line.</w:t></w:r></w:p>
<w:p><w:del><w:r><w:delText>DELETED</w:delText></w:r></w:del><w:r><w:t>Second paragraph &amp; more.</w:t></w:r></w:p>
</w:body></w:document>`

const docxCoreXML = `<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Docx title</dc:title><dcterms:created>2025-10-02T08:00:00Z</dcterms:created></cp:coreProperties>`

// makeZip builds a zip archive of name → content.
func makeZip(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, content := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDOCX(t *testing.T) {
	ex, err := extractDOCX(makeZip(t, map[string]string{"word/document.xml": docxBody, "docProps/core.xml": docxCoreXML}))
	if err != nil {
		t.Fatal(err)
	}
	want := "Strikes on boats\n\nThe first paragraph.\tAfter a tab.\nNew line.\n\nSecond paragraph & more."
	if strings.TrimSpace(ex.Text) != want {
		t.Errorf("text = %q\nwant   %q", ex.Text, want)
	}
	if ex.Title != "Docx title" || ex.Date.Format("2006-01-02") != "2025-10-02" {
		t.Errorf("title %q date %v", ex.Title, ex.Date)
	}
}

// bomb returns a zip whose document.xml inflates to n bytes; when lie is
// set, its header claims 100 bytes.
func bomb(t *testing.T, n int, lie bool) []byte {
	raw := []byte("<w:document><w:body><w:p><w:t>" + strings.Repeat("a", n) + "</w:t></w:p></w:body></w:document>")
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
	fw.Write(raw)
	fw.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	h := &zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(raw),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: uint64(len(raw))}
	if lie {
		h.UncompressedSize64 = 100
	}
	w, err := zw.CreateRaw(h)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return b.Bytes()
}

func TestDOCXBad(t *testing.T) {
	defer func(old int64) { maxDOCXPart = old }(maxDOCXPart)
	maxDOCXPart = 1 << 20
	tests := []struct {
		name string
		data []byte
		err  error
	}{
		{"not a zip", []byte("this is not a zip file at all"), ErrCorrupt},
		{"zip without document", makeZip(t, map[string]string{"hello.txt": "hi"}), ErrCorrupt},
		{"bomb, honest header", bomb(t, 4<<20, false), ErrTooLarge},
		{"bomb, lying header", bomb(t, 4<<20, true), ErrCorrupt}, // archive/zip stops at the declared size
		{"truncated zip", makeZip(t, map[string]string{"word/document.xml": docxBody})[:100], ErrCorrupt},
		{"bad xml", makeZip(t, map[string]string{"word/document.xml": "<w:document><<<"}), ErrCorrupt},
		{"no text", makeZip(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p/></w:body></w:document>"}), ErrNoText},
		{"empty", nil, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := extractDOCX(tt.data); !errorsIs(err, tt.err) {
				t.Errorf("err = %v, want %v", err, tt.err)
			}
		})
	}
}
