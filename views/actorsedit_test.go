package views

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// newTestEditor opens the editor on the seeds in a test window.
func newTestEditor(t *testing.T) (*ActorsEditor, *actors.Registry, *corpus.Corpus, *[]*actors.Registry) {
	t.Helper()
	c, r, _ := concSeeds(t)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(w.Canvas().Size().AddWidthHeight(1000, 700))
	var applied []*actors.Registry
	e := ShowActorsEditor(w, &concRunner{}, r, c, func(nr *actors.Registry) { applied = append(applied, nr) })
	return e, r, c, &applied
}

func TestActorsEditorShowsCounts(t *testing.T) {
	e, r, c, _ := newTestEditor(t)
	if len(e.reg.Actors) != len(r.Actors) || e.reg == r {
		t.Fatal("the editor does not work on a copy of the registry")
	}
	want, err := actors.Count(c, r, actors.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range r.Actors {
		if n, ok := e.mentions(i); !ok || n != want.Total(i) {
			t.Fatalf("actor %d: %d mentions (%v), want %d", i, n, ok, want.Total(i))
		}
	}
	if e.sel != 0 || e.name.Text != r.Actors[0].Name {
		t.Errorf("selected %d, name field %q", e.sel, e.name.Text)
	}
}

func TestActorsEditorRenameAndAlias(t *testing.T) {
	e, r, _, applied := newTestEditor(t)
	i := e.reg.Find("Maduro")
	e.list.Select(i)
	e.name.SetText("President Maduro")
	test.Tap(e.renameBtn)
	if got := e.reg.Actors[i].Name; got != "President Maduro" {
		t.Fatalf("renamed to %q", got)
	}
	if r.Actors[i].Name == "President Maduro" {
		t.Fatal("the original registry changed before Apply")
	}
	if err := e.addAlias("Nico"); err != nil {
		t.Fatal(err)
	}
	if e.reg.Find("nico") != i {
		t.Error("alias not added")
	}
	// An alias claimed by another actor is refused, with a message.
	other := e.reg.Actors[(i+1)%len(e.reg.Actors)].Name
	if err := e.addAlias(other); !errors.Is(err, actors.ErrAliasConflict) {
		t.Fatalf("conflicting alias: %v", err)
	}
	if !e.errLabel.Visible() || !strings.Contains(e.errLabel.Text, other) {
		t.Errorf("error label %q (visible %v)", e.errLabel.Text, e.errLabel.Visible())
	}
	if err := e.setColor("#12345"); err == nil || !e.errLabel.Visible() {
		t.Error("a bad colour was accepted")
	}
	if err := e.setColor("#112233"); err != nil || e.errLabel.Visible() {
		t.Errorf("good colour: %v", err)
	}
	test.Tap(e.applyBtn)
	if len(*applied) != 1 {
		t.Fatalf("onApply called %d times", len(*applied))
	}
	got := (*applied)[0]
	if got.Actors[i].Name != "President Maduro" || got.Find("Nico") != i || got.Actors[i].Color != "#112233" {
		t.Errorf("applied %+v", got.Actors[i])
	}
}

func TestActorsEditorMergeSumsCounts(t *testing.T) {
	e, _, _, _ := newTestEditor(t)
	a, b := e.reg.Find("Maduro"), e.reg.Find("Trump")
	if a < 0 || b < 0 {
		t.Fatal("seed registry without Maduro or Trump")
	}
	na, _ := e.mentions(a)
	nb, _ := e.mentions(b)
	if na == 0 || nb == 0 {
		t.Fatalf("mentions %d and %d", na, nb)
	}
	n := len(e.reg.Actors)
	if err := e.mergeActors(a, b); err != nil {
		t.Fatal(err)
	}
	if len(e.reg.Actors) != n-1 {
		t.Fatalf("%d actors after merge", len(e.reg.Actors))
	}
	m := e.reg.Find("Maduro")
	if e.reg.Find("Trump") != m || e.sel != m {
		t.Fatalf("Trump not folded into Maduro (selected %d)", e.sel)
	}
	if got, ok := e.mentions(m); !ok || got != na+nb {
		t.Errorf("merged actor: %d mentions, want %d + %d", got, na, nb)
	}
	if err := e.mergeActors(m, m); err == nil || !e.errLabel.Visible() {
		t.Error("merging an actor into itself was accepted")
	}
}

func TestActorsEditorSplitAndDelete(t *testing.T) {
	e, _, _, applied := newTestEditor(t)
	i := e.reg.Find("Maduro")
	a := e.reg.Actors[i]
	if len(a.Aliases) == 0 {
		t.Fatal("Maduro has no aliases")
	}
	moved := a.Aliases[len(a.Aliases)-1]
	if err := e.splitActor(i, nil, "X", actors.Person); err == nil {
		t.Error("split with no alias accepted")
	}
	if err := e.splitActor(i, []string{moved}, "Split Off", actors.Person); err != nil {
		t.Fatal(err)
	}
	j := e.reg.Find("Split Off")
	if j != len(e.reg.Actors)-1 || e.reg.Find(moved) != j || e.sel != j {
		t.Fatalf("split: new actor at %d, %q at %d, selected %d", j, moved, e.reg.Find(moved), e.sel)
	}
	n := len(e.reg.Actors)
	if err := e.deleteActor(j); err != nil {
		t.Fatal(err)
	}
	if len(e.reg.Actors) != n-1 || e.reg.Find("Split Off") >= 0 {
		t.Error("actor not deleted")
	}
	if err := e.add(actors.Actor{Name: "Hugo Chávez", Kind: actors.Person, Aliases: []string{"Chávez"}}); err != nil {
		t.Fatal(err)
	}
	if err := e.add(actors.Actor{Name: "hugo chavez"}); !errors.Is(err, actors.ErrDuplicateName) && !errors.Is(err, actors.ErrAliasConflict) {
		t.Errorf("duplicate name: %v", err)
	}
	test.Tap(e.cancelBtn)
	if len(*applied) != 0 {
		t.Error("Cancel called onApply")
	}
}

func TestActorsEditorSuggest(t *testing.T) {
	e, _, _, _ := newTestEditor(t)
	test.Tap(e.suggestBtn)
	if len(e.suggested) == 0 {
		t.Fatal("Suggest actors listed no candidates on the seeds")
	}
	for _, c := range e.suggested {
		if e.reg.Find(c.Actor.Name) >= 0 {
			t.Errorf("candidate %q is already in the registry", c.Actor.Name)
		}
		if c.Count < 2 {
			t.Errorf("candidate %q with %d mentions", c.Actor.Name, c.Count)
		}
	}
	n := len(e.reg.Actors)
	picked := []string{e.suggested[0].Actor.Name}
	e.suggestChecks[0].SetChecked(true)
	if len(e.suggested) > 1 {
		e.suggestChecks[1].SetChecked(true)
		picked = append(picked, e.suggested[1].Actor.Name)
	}
	if added := e.addChecked(); added != len(picked) {
		t.Fatalf("added %d, want %d", added, len(picked))
	}
	if len(e.reg.Actors) != n+len(picked) {
		t.Fatalf("%d actors, want %d", len(e.reg.Actors), n+len(picked))
	}
	for _, name := range picked {
		if i := e.reg.Find(name); i < n {
			t.Errorf("%q not added (at %d)", name, i)
		} else if m, ok := e.mentions(i); !ok || m == 0 {
			t.Errorf("%q: %d mentions after adding (%v)", name, m, ok)
		}
	}
}

func TestActorsEditorImportExport(t *testing.T) {
	e, _, _, _ := newTestEditor(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "out.yaml")
	e.saveTo(path)
	r, err := actors.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Actors) != len(e.reg.Actors) {
		t.Errorf("exported %d actors, want %d", len(r.Actors), len(e.reg.Actors))
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("actors:\n  - name: A\n    kind: person\n  - name: B\n    kind: wizard\n"), 0o600)
	n := len(e.reg.Actors)
	e.importFile(bad)
	if len(e.reg.Actors) != n {
		t.Error("a bad file replaced the registry")
	}
	if msg := e.errLabel.Text; !strings.Contains(msg, "bad.yaml") || !strings.Contains(msg, "line 5") {
		t.Errorf("import error %q does not name the file and line", msg)
	}
	e.importFile(path)
	if len(e.reg.Actors) != len(r.Actors) {
		t.Error("import")
	}
}

func TestActorsEditorSaveNextToCorpus(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Maduro spoke. Maduro left. Rubio stayed."), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(t.Context(), corpus.FromPaths(dir), corpus.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if corpusFolder(c) == "" {
		t.Fatalf("a folder corpus has no folder (origin %q, root %q)", c.Origin, c.Root)
	}
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	reg := &actors.Registry{Actors: []*actors.Actor{{Name: "Nicolás Maduro", Kind: actors.Person, Aliases: []string{"Maduro"}}}}
	e := ShowActorsEditor(w, &concRunner{}, reg, c, nil)
	if n, ok := e.mentions(0); !ok || n != 2 {
		t.Errorf("Maduro: %d mentions (%v), want 2", n, ok)
	}
	test.Tap(e.saveNext)
	got, err := actors.Load(filepath.Join(dir, RegistryFileName))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Actors) != 1 || got.Actors[0].Name != "Nicolás Maduro" {
		t.Errorf("saved %+v", got.Actors)
	}
	// The seeds are not a folder: nowhere to save next to them.
	seedsCorpus, _, _ := concSeeds(t)
	if corpusFolder(seedsCorpus) != "" {
		t.Error("the seeds have a folder")
	}
}
