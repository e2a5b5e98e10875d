package corpustest

import "testing"

func TestFromTexts(t *testing.T) {
	c := FromTexts(t, map[string]string{"b.txt": "Second story.\n\nIt is short.", "a.txt": "First story.\n\nMaduro spoke."})
	if len(c.Docs) != 2 || c.Docs[0].ID != "a" || c.Docs[1].ID != "b" {
		t.Fatalf("documents %v", c.Docs)
	}
	if c.Docs[0].Words != 4 {
		t.Errorf("words of a: %d, want 4", c.Docs[0].Words)
	}
}
