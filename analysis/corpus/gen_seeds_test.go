package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestWriteFuzzSeeds regenerates testdata/fuzz seed corpora when
// CORPUS_WRITE_SEEDS=1 (the binary seeds are built here, not checked by hand).
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("CORPUS_WRITE_SEEDS") == "" {
		t.Skip("set CORPUS_WRITE_SEEDS=1 to regenerate the fuzz seed corpora")
	}
	html, _ := os.ReadFile("testdata/article.html")
	seeds := map[string][][]byte{
		"FuzzDecodeText": {[]byte("Price \xa310"), utf16Bytes("UTF-16 text", leOrder, true), utf16Bytes("no bom here", leOrder, false),
			[]byte("\xef\xbb\xbfBOM. Then\r\nCRLF\x00 and \x85 C1."), []byte("\x89PNG\r\n\x1a\n"), []byte("Teaser one…\n\nTeaser two…\n\nTeaser three…")},
		"FuzzHTML": {html, []byte("<div><div><p>unclosed <b>tags"), []byte("<meta charset=koi8-r><p>\xf0\xd2\xc9"), []byte("<pre>  keep\n  lines</pre><br/>")},
		"FuzzPDF":  {textPDF(), pdfWithContent("q 0 0 m S Q", ""), textPDF()[:300]},
		"FuzzDOCX": {makeZip(t, map[string]string{"word/document.xml": docxBody, "docProps/core.xml": docxCoreXML}), makeZip(t, map[string]string{"x": "y"})},
	}
	strs := map[string][]string{
		"FuzzParseManifest": {"file,title,source,date,url,topic\na.txt,\"Quoted, title\",AP,1987-02-26,,grain\nb.txt\n,,\na.txt,dup\n", "title\nx\n", "\"file\",\"a\"\"b\nc,d,e,f\n"},
	}
	write := func(name string, i int, lit string) {
		dir := filepath.Join("testdata", "fuzz", name)
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("seed%d", i)), []byte("go test fuzz v1\n"+lit+"\n"), 0o644)
	}
	for name, list := range seeds {
		for i, s := range list {
			write(name, i, "[]byte("+strconv.Quote(string(s))+")")
		}
	}
	for name, list := range strs {
		for i, s := range list {
			write(name, i, "string("+strconv.Quote(s)+")")
		}
	}
}
