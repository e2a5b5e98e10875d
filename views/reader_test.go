package views

import (
	"image/color"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func TestReaderShowsDocumentAndMarks(t *testing.T) {
	test.NewTempApp(t)
	c := smallCorpus(t)
	r := NewReader()
	w := test.NewTempWindow(t, r.Content())
	w.Resize(fyne.NewSize(600, 500))
	r.SetCorpus(c)
	if r.empty.Hidden {
		t.Error("an empty reader does not say what to do")
	}
	d := c.ByID("c")
	r.Show(d, nil, -1)
	if r.TextView().Text() != d.Text || r.title.Text != d.Title {
		t.Fatalf("reader shows %q", r.title.Text)
	}
	if len(d.Boilerplate) > 0 && !strings.Contains(r.notes.Text, "boilerplate") {
		t.Errorf("boilerplate not explained: %q", r.notes.Text)
	}
	// Marks from another tab, then stepping through them.
	i := strings.Index(d.Text, "strikes")
	marks := []Mark{{Span: corpus.Span{Start: i, End: i + 7}, Color: color.NRGBA{R: 255, A: 255}, Label: "hit"}}
	j := strings.LastIndex(d.Text, "Trump")
	marks = append(marks, Mark{Span: corpus.Span{Start: j, End: j + 5}, Label: "hit 2"})
	r.Show(d, marks, j)
	if r.TextView().CurrentMark() != 1 {
		t.Errorf("focus on the second mark: current %d", r.TextView().CurrentMark())
	}
	if !strings.HasPrefix(r.markInfo.Text, "2 of 2 marks") {
		t.Errorf("mark info = %q", r.markInfo.Text)
	}
	r.PrevMark()
	if r.TextView().CurrentMark() != 0 || !strings.Contains(r.markInfo.Text, "1 of 2") {
		t.Errorf("after PrevMark: %d %q", r.TextView().CurrentMark(), r.markInfo.Text)
	}
}

func TestReaderPaintsActorMentions(t *testing.T) {
	test.NewTempApp(t)
	c := smallCorpus(t)
	reg := &actors.Registry{Actors: []*actors.Actor{{Name: "Maduro", Kind: actors.Person}}}
	counts, err := actors.Count(c, reg, actors.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := NewReader()
	test.NewTempWindow(t, r.Content()).Resize(fyne.NewSize(600, 400))
	r.SetCorpus(c)
	r.SetActors(reg, counts)
	d := c.ByID("a")
	r.Show(d, nil, -1)
	marks := r.TextView().Marks()
	if len(marks) != 2 {
		t.Fatalf("%d marks, want Maduro twice", len(marks))
	}
	for _, m := range marks {
		if d.Text[m.Span.Start:m.Span.End] != "Maduro" || m.Color != color.Color(reg.Color(0)) {
			t.Errorf("mark %q in %v", d.Text[m.Span.Start:m.Span.End], m.Color)
		}
	}
}

func TestMetadataForm(t *testing.T) {
	test.NewTempApp(t)
	c := smallCorpus(t)
	w := test.NewTempWindow(t, NewReader().Content())
	w.Resize(fyne.NewSize(800, 600))
	var got *MetadataEdit
	f := NewMetadataForm(c.ByID("a"), w, func(e MetadataEdit) { got = &e })
	f.Show()
	f.Source.SetText("  El País ")
	f.Date.SetText("2025-11-30")
	f.Submit()
	if got == nil || got.Source != "El País" || !got.Date.Equal(time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC)) || got.Title != c.ByID("a").Title {
		t.Fatalf("edit = %+v", got)
	}
	f.Date.SetText("yesterday")
	if err := f.Date.Validate(); err == nil {
		t.Error("a bad date passes validation")
	}
	if _, err := f.Edit(); err != ErrBadDate {
		t.Errorf("Edit with a bad date: %v", err)
	}
}

func TestReaderFind(t *testing.T) {
	test.NewTempApp(t)
	c := smallCorpus(t)
	r := NewReader()
	test.NewTempWindow(t, r.Content()).Resize(fyne.NewSize(600, 400))
	r.SetCorpus(c)
	d := c.ByID("c")
	r.Show(d, nil, -1)
	if n := r.Find("STRIKES"); n != 2 {
		t.Fatalf("Find(STRIKES) = %d, want 2 (case-insensitive)", n)
	}
	for _, m := range r.TextView().Marks() {
		if !strings.EqualFold(d.Text[m.Span.Start:m.Span.End], "strikes") {
			t.Errorf("match %q", d.Text[m.Span.Start:m.Span.End])
		}
	}
	if r.TextView().CurrentMark() != 0 || r.find.count.Text != "2 found" {
		t.Errorf("current %d, count %q", r.TextView().CurrentMark(), r.find.count.Text)
	}
	if n := r.Find("(["); n != 0 || r.find.count.Text != "no matches" {
		t.Errorf("a query with regexp characters: %d, %q", n, r.find.count.Text)
	}
	r.Find("")
	if r.explicit {
		t.Error("clearing the find did not go back to actor mentions")
	}
}

func TestReaderShowFindFocuses(t *testing.T) {
	test.NewTempApp(t)
	c := smallCorpus(t)
	r := NewReader()
	w := test.NewTempWindow(t, r.Content())
	w.Resize(fyne.NewSize(600, 400))
	r.SetCorpus(c)
	r.Show(c.ByID("a"), nil, -1)
	r.ShowFind()
	if w.Canvas().Focused() != r.find.entry {
		t.Fatalf("focused %T", w.Canvas().Focused())
	}
	test.Type(r.find.entry, "maduro")
	if len(r.TextView().Marks()) != 2 || r.find.count.Text != "2 found" {
		t.Errorf("typing found %d (%q)", len(r.TextView().Marks()), r.find.count.Text)
	}
}
