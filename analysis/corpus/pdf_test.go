package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// makePDF assembles a PDF from object bodies (object i+1 is objs[i]) with a
// correct cross-reference table; catalog is object 1.
func makePDF(objs []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailerExtra, xref)
	return b.Bytes()
}

func pdfWithContent(content, trailerExtra string, extra ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	return makePDF(append(objs, extra...), trailerExtra)
}

func textPDF() []byte {
	return pdfWithContent("BT /F1 12 Tf 72 720 Td (Maduro left Caracas on Monday.) Tj ET BT /F1 12 Tf 72 700 Td (Talks resumed in Doha.) Tj ET",
		"/Info 6 0 R", "<< /Title (A PDF headline) /CreationDate (D:20251130120000Z) >>")
}

func TestPDFText(t *testing.T) {
	ex, err := extractPDF(textPDF())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ex.Text, "Maduro left Caracas on Monday.") || !strings.Contains(ex.Text, "Talks resumed in Doha.") {
		t.Errorf("text = %q", ex.Text)
	}
	if ex.Title != "A PDF headline" || ex.Date.Format("2006-01-02") != "2025-11-30" {
		t.Errorf("title %q date %v", ex.Title, ex.Date)
	}
}

func TestPDFBad(t *testing.T) {
	good := textPDF()
	tests := []struct {
		name string
		data []byte
		err  error
		msg  string
	}{
		{"no text layer", pdfWithContent("q 612 0 0 792 0 0 cm 0 0 m 100 100 l S Q", ""), ErrNoText, "no text layer"},
		{"encrypted", pdfWithContent("BT (secret) Tj ET", "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
			"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <"+strings.Repeat("ab", 32)+"> /U <"+strings.Repeat("cd", 32)+"> >>"), ErrEncrypted, "encrypted"},
		{"truncated", good[:len(good)/2], ErrCorrupt, "truncated"},
		{"unterminated hex string (library loops forever)", pdfWithContent("BT /F1 12 Tf (ok) Tj <414", ""), ErrNoText, "no text layer"},
		{"header only", []byte("%PDF-1.7\n"), ErrCorrupt, ""},
		{"not a pdf", []byte("hello"), ErrCorrupt, "not a PDF"},
		{"garbage xref", append(append([]byte{}, good[:len(good)-40]...), []byte("startxref\n99999\n%%EOF\n")...), ErrCorrupt, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extractPDF(tt.data)
			if !errorsIs(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("message %q lacks %q", err, tt.msg)
			}
		})
	}
}

func TestPDF20Header(t *testing.T) {
	data := textPDF()
	copy(data, "%PDF-2.0")
	if ex, err := extractPDF(data); err != nil || !strings.Contains(ex.Text, "Doha") {
		t.Errorf("PDF 2.0: %q, %v", ex.Text, err)
	}
}
