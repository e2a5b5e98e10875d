package corpus

import (
	"strings"
	"testing"
)

func TestParseManifest(t *testing.T) {
	in := "\uFEFFfile,title,source,date,url,topic\n" +
		"a.txt,Title A,Reuters,1987-02-26,http://x/a,grain\n" +
		"b.txt,\"Quoted, with comma\",AP,26 February 1987,,\n" +
		"c.txt,Short row\n" +
		"d.txt,Bad \"quote\" inside,,not a date,,\n" +
		",No file,,,,\n" +
		"a.txt,Title A again,,,,\n" +
		"e.txt,Extra,,,,,surplus\n" +
		"f.txt,\"Two-line\n  title\",,,,\n"
	m, err := ParseManifest(strings.NewReader(in), "corpus.csv")
	if err != nil {
		t.Fatal(err)
	}
	if a := m.Entries["a.txt"]; a == nil || a.Title != "Title A again" || a.Line != 7 {
		t.Errorf("a = %+v (a duplicate row: the later wins)", a)
	}
	if b := m.Entries["b.txt"]; b == nil || b.Title != "Quoted, with comma" || b.Date.Format("2006-01-02") != "1987-02-26" {
		t.Errorf("b = %+v", b)
	}
	if f := m.Entries["f.txt"]; f == nil || f.Title != "Two-line title" {
		t.Errorf("f = %+v", f)
	}
	if d := m.Entries["d.txt"]; d == nil || d.Title != `Bad "quote" inside` || d.HasDate {
		t.Errorf("d = %+v", d)
	}
	if len(m.TagNames) != 1 || m.TagNames[0] != "topic" || m.Entries["a.txt"].Tags != nil {
		t.Errorf("tags %v, a tags %v", m.TagNames, m.Entries["a.txt"].Tags)
	}
	wantProblems := []string{"line 4", "2 of 6 columns", "line 5", "unrecognised date", "line 6", "no file name", "line 7", "listed twice"}
	all := ""
	for _, p := range m.Problems {
		all += p.String() + "\n"
	}
	for _, w := range wantProblems {
		if !strings.Contains(all, w) {
			t.Errorf("problems lack %q:\n%s", w, all)
		}
	}
}

func TestParseManifestBadHeader(t *testing.T) {
	for _, in := range []string{"", "title,source\nx,y\n", "file,file\n", "\"unterminated\n"} {
		if _, err := ParseManifest(strings.NewReader(in), "corpus.csv"); !errorsIs(err, ErrBadManifest) {
			t.Errorf("%q: err = %v", in, err)
		}
	}
}

func TestManifestApplied(t *testing.T) {
	c := loadMap(t, map[string][]byte{
		"corpus.csv":   []byte("file,title,source,date,url,topic\nsub/a.txt,Manifest title,Wire,2020-01-02,http://a,econ\nghost.txt,Nobody,,,,\nbad.txt,Bad,,,,\n"),
		"sub/a.txt":    []byte("Text headline\n\nBody."),
		"bad.txt":      nil,
		"unlisted.txt": []byte("Unlisted text."),
	}, Options{})
	a := c.ByID("sub/a")
	if a == nil || a.Title != "Manifest title" || a.Source != "Wire" || a.DateString() != "2020-01-02" || a.URL != "http://a" || a.Tags["topic"] != "econ" {
		t.Fatalf("a = %+v", a)
	}
	if c.ByID("unlisted") == nil || len(c.TagNames) != 1 {
		t.Errorf("unlisted missing or tags %v", c.TagNames)
	}
	all := ""
	for _, p := range c.Problems {
		all += p.String() + "\n"
	}
	for _, w := range []string{"ghost.txt: no such file", "bad.txt: the file did not load", "corpus.csv line 3"} {
		if !strings.Contains(all, w) {
			t.Errorf("problems lack %q:\n%s", w, all)
		}
	}
}
