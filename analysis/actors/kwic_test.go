package actors

import (
	"testing"
)

func TestKWIC(t *testing.T) {
	c := loadTexts(t, map[string]string{
		"a.txt": "Zed said Maduro’s\nplan failed. Then Nicolás Maduro left.",
		"b.txt": "Élan: maduro agreed. Ann met Maduro today.",
	})
	r := mustParse(t, ruleYAML)
	cnt, err := Count(c, r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ai := r.Find("Maduro")
	lines := KWIC(c, cnt, ai, 10)
	if len(lines) != 4 {
		t.Fatalf("%d lines: %+v", len(lines), lines)
	}
	first := lines[0]
	if first.DocID != "a" || first.Left != "Zed said " || first.Match != "Maduro" || first.Right != "’s plan fa" {
		t.Errorf("first line %+v", first)
	}
	if d := c.ByID("a"); d.Text[first.Span.Start:first.Span.End] != "Maduro" {
		t.Errorf("span %+v does not cover the match", first.Span)
	}
	if lines[1].Match != "Nicolás Maduro" || lines[1].Left != "led. Then " {
		t.Errorf("second line %+v (width counts characters, not bytes)", lines[1])
	}

	SortByRight(lines)
	rights := []string{lines[0].Right, lines[1].Right, lines[2].Right, lines[3].Right}
	// agreed < left < plan < today (punctuation ignored)
	want := []string{" agreed. A", " left.", "’s plan fa", " today."}
	for i := range want {
		if rights[i] != want[i] {
			t.Fatalf("by right: %q, want %q", rights, want)
		}
	}
	SortByLeft(lines)
	// nearest left word: Elan(:) < met < said < Then
	lefts := []string{lines[0].Left, lines[1].Left, lines[2].Left, lines[3].Left}
	wantLeft := []string{"Élan: ", ". Ann met ", "Zed said ", "led. Then "}
	for i := range wantLeft {
		if lefts[i] != wantLeft[i] {
			t.Fatalf("by left: %q, want %q", lefts, wantLeft)
		}
	}
	SortByDoc(lines, []string{"b", "a"})
	if lines[0].DocID != "b" || lines[2].DocID != "a" || lines[2].Span.Start > lines[3].Span.Start {
		t.Errorf("by doc: %+v", lines)
	}
	if got := KWIC(c, cnt, 99, 10); len(got) != 0 {
		t.Errorf("unknown actor gave %d lines", len(got))
	}
}
