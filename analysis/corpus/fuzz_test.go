package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzDocument runs the whole per-file pipeline on data read as name and
// checks the invariants: no panic, valid UTF-8, spans inside the text,
// sorted and non-overlapping, word count consistent.
func fuzzDocument(t *testing.T, name string, data []byte) {
	d, problems := buildDocument(file{rel: name, path: name}, data, true)
	if d == nil {
		if len(problems) == 0 || !problems[0].Skipped {
			t.Fatalf("no document and no skip reason: %v", problems)
		}
		return
	}
	checkDocument(t, d)
	if d.Words != CountWords(d.Text, 0, d.ContentEnd()) || !utf8.ValidString(d.Title) {
		t.Fatalf("words %d, title %q", d.Words, d.Title)
	}
	if d.Text != strings.TrimSpace(d.Text) || d.Text == "" {
		t.Fatalf("text not trimmed or empty: %q", d.Text)
	}
	for _, s := range d.Sentences {
		if d.SentenceAt(s.Start) < 0 {
			t.Fatalf("SentenceAt(%d) < 0", s.Start)
		}
	}
}

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("plain text. Two sentences."))
	f.Add([]byte("caf\xe9 \x93quoted\x94"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := DecodeText(data)
		if err == nil && !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 from %q", data)
		}
		fuzzDocument(t, "f.txt", data)
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><body><p>Hello <b>world</b>.</p><script>x</script></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := extractHTML(data)
		if err == nil && !utf8.ValidString(ex.Text) {
			t.Fatalf("text %q", ex.Text)
		}
		fuzzDocument(t, "f.html", data)
	})
}

func FuzzPDF(f *testing.F) {
	f.Add(textPDF())
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzDocument(t, "f.pdf", data)
	})
}

func FuzzDOCX(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := extractDOCX(data)
		if err == nil && strings.TrimSpace(ex.Text) == "" {
			t.Fatal("success without text")
		}
		fuzzDocument(t, "f.docx", data)
	})
}

func FuzzParseManifest(f *testing.F) {
	f.Add("file,title,date\na.txt,A,2020-01-02\n")
	f.Fuzz(func(t *testing.T, in string) {
		m, err := ParseManifest(strings.NewReader(in), "corpus.csv")
		if err != nil {
			if !errorsIs(err, ErrBadManifest) {
				t.Fatalf("error %v does not wrap ErrBadManifest", err)
			}
			return
		}
		for file, e := range m.Entries {
			if file == "" || e.File != file || e.Line < 2 {
				t.Fatalf("entry %q = %+v", file, e)
			}
		}
		for _, p := range m.Problems {
			if !strings.HasPrefix(p.Path, "corpus.csv line ") {
				t.Fatalf("problem path %q", p.Path)
			}
		}
	})
}
