package project

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func sampleProject() *Project {
	p := New()
	p.Name = "Venezuela desk"
	p.Documents.Paths = []string{"articles", "/abs/other.txt"}
	p.Metadata = map[string]Metadata{"a": {Title: "Fixed title", Source: "Reuters", Date: "2025-11-02", URL: "https://example.org/a"}}
	p.Registry = &actors.Registry{Actors: []*actors.Actor{{Name: "Nicolás Maduro", Kind: actors.Person, Aliases: []string{"Maduro"}}, {Name: "Trump", Kind: actors.Person, Color: "#112233"}}}
	p.Settings = map[string]string{"include_boilerplate": "false"}
	p.Tabs = map[string]map[string]string{"actors": {"chart": "bars", "per": "1000"}}
	p.Searches = []Search{{Name: "strikes", Query: "strike* AND boat"}}
	return p
}

func TestRoundTrip(t *testing.T) {
	p := sampleProject()
	path := filepath.Join(t.TempDir(), "desk"+Extension)
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	q, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, q) {
		t.Errorf("round trip changed the project:\n got %+v\nwant %+v", q, p)
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{"version: 1", "name: Nicolás Maduro", "query: strike* AND boat", "source: Reuters"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the file does not read as expected: no %q in\n%s", want, data)
		}
	}
	if matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*tmp")); len(matches) > 0 {
		t.Errorf("temporary files left behind: %v", matches)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, data string
		want       error
		mention    string
	}{
		{"not yaml", "version: [1", ErrSyntax, ""},
		{"no version", "name: x\n", ErrSyntax, "version"},
		{"future version", "version: 7\n", ErrVersion, "version 7"},
		{"wrong type", "version: 1\ndocuments: 5\n", ErrSyntax, ""},
		{"nameless actor", "version: 1\nregistry:\n  actors:\n    - kind: person\n", ErrSyntax, "no name"},
		{"empty", "", ErrSyntax, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.data))
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.mention) {
				t.Errorf("err %q does not mention %q", err, c.mention)
			}
		})
	}
}

func TestPathsRelativeToProject(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.cxproj")
	inside := filepath.Join(dir, "news", "bbc")
	outside := filepath.Join(filepath.Dir(dir), "elsewhere.txt")
	p := New()
	p.SetPaths(proj, []string{inside, outside})
	if p.Documents.Paths[0] != "news/bbc" || p.Documents.Paths[1] != outside {
		t.Fatalf("stored paths %v", p.Documents.Paths)
	}
	moved := filepath.Join("/moved", "p.cxproj")
	got := p.ResolvedPaths(moved)
	if got[0] != filepath.Join("/moved", "news", "bbc") || got[1] != outside {
		t.Errorf("resolved %v", got)
	}
}

func TestApplyMetadata(t *testing.T) {
	c, err := corpus.Load(context.Background(), corpus.FromFS(fstest.MapFS{
		"a.txt": {Data: []byte("Headline one\n\nBody text here.")},
		"b.txt": {Data: []byte("Another headline\n\nMore text.")},
	}, "test"), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := New()
	p.Metadata = map[string]Metadata{
		"a":    {Source: "AP", Date: "2025-12-01"},
		"gone": {Title: "x"},
		"b":    {Date: "not a date"},
	}
	unknown, err := p.ApplyMetadata(c)
	if err == nil || !strings.Contains(err.Error(), "b") {
		t.Errorf("bad date not reported: %v", err)
	}
	if len(unknown) != 1 || unknown[0] != "gone" {
		t.Errorf("unknown = %v", unknown)
	}
	a := c.ByID("a")
	if a.Source != "AP" || a.Date.Format("2006-01-02") != "2025-12-01" || a.Title != "Headline one" {
		t.Errorf("a = %q %q %v", a.Title, a.Source, a.Date)
	}
	p.EditMetadata(c.ByID("b"), "New", "BBC", time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), "")
	if m := p.Metadata["b"]; m.Date != "2025-01-02" || m.Source != "BBC" || c.ByID("b").Title != "New" {
		t.Errorf("edit = %+v", m)
	}
}

func FuzzParse(f *testing.F) {
	seed, _ := sampleProject().Marshal()
	f.Add(seed)
	f.Add([]byte("version: 1\n"))
	f.Add([]byte("version: 1\ndocuments: {seeds: true}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrVersion) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		out, err := p.Marshal()
		if err != nil {
			t.Fatalf("a parsed project does not marshal: %v", err)
		}
		q, err := Parse(out)
		if err != nil {
			t.Fatalf("a marshalled project does not parse: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(normal(p), normal(q)) {
			t.Fatalf("second round trip differs:\n%+v\n%+v", p, q)
		}
	})
}

// normal makes empty maps and slices nil, which YAML does not tell apart.
func normal(p *Project) *Project {
	c := *p
	if len(c.Metadata) == 0 {
		c.Metadata = nil
	}
	if len(c.Settings) == 0 {
		c.Settings = nil
	}
	if len(c.Tabs) == 0 {
		c.Tabs = nil
	}
	if len(c.Searches) == 0 {
		c.Searches = nil
	}
	if c.Registry != nil && len(c.Registry.Actors) == 0 {
		c.Registry = &actors.Registry{}
	}
	if len(c.Documents.Paths) == 0 {
		c.Documents.Paths = nil
	}
	return &c
}
