package actors

import (
	"errors"
	"strings"
	"testing"
)

func names(r *Registry) string {
	var s []string
	for _, a := range r.Actors {
		s = append(s, a.Name+"["+strings.Join(a.Aliases, ",")+"]")
	}
	return strings.Join(s, " ")
}

func TestEdits(t *testing.T) {
	base := "actors:\n  - name: Maduro\n    kind: person\n    aliases: [Nicolás Maduro]\n  - name: Trump\n    kind: person\n  - name: US\n    kind: place\n    aliases: [U.S., Washington]\n"
	tests := []struct {
		name    string
		op      func(r *Registry) error
		want    string
		wantErr error
	}{
		{"add", func(r *Registry) error { return r.Add(Actor{Name: " CIA ", Aliases: []string{"Agency"}}) }, "Maduro[Nicolás Maduro] Trump[] US[U.S.,Washington] CIA[Agency]", nil},
		{"add duplicate", func(r *Registry) error { return r.Add(Actor{Name: "trump"}) }, "", ErrDuplicateName},
		{"add claimed alias", func(r *Registry) error { return r.Add(Actor{Name: "X", Aliases: []string{"u.s."}}) }, "", ErrAliasConflict},
		{"add empty alias", func(r *Registry) error { return r.Add(Actor{Name: "X", Aliases: []string{" "}}) }, "", ErrEmptyAlias},
		{"add bad kind", func(r *Registry) error { return r.Add(Actor{Name: "X", Kind: "planet"}) }, "", ErrUnknownKind},
		{"rename", func(r *Registry) error { return r.Rename(1, "Donald Trump") }, "Maduro[Nicolás Maduro] Donald Trump[] US[U.S.,Washington]", nil},
		{"rename to own alias", func(r *Registry) error { return r.Rename(0, "Nicolas Maduro") }, "Nicolas Maduro[] Trump[] US[U.S.,Washington]", nil},
		{"rename to other's alias", func(r *Registry) error { return r.Rename(1, "Washington") }, "", ErrAliasConflict},
		{"rename empty", func(r *Registry) error { return r.Rename(1, "") }, "", ErrEmptyName},
		{"delete", func(r *Registry) error { return r.Delete(0) }, "Trump[] US[U.S.,Washington]", nil},
		{"delete out of range", func(r *Registry) error { return r.Delete(3) }, "", ErrNoActor},
		{"merge", func(r *Registry) error { return r.Merge(2, 1) }, "Maduro[Nicolás Maduro] US[U.S.,Washington,Trump]", nil},
		{"merge into itself", func(r *Registry) error { return r.Merge(1, 1) }, "", ErrNoActor},
		{"split", func(r *Registry) error { return r.Split(2, []string{"washington"}, "Washington", Place) }, "Maduro[Nicolás Maduro] Trump[] US[U.S.] Washington[]", nil},
		{"split unknown alias", func(r *Registry) error { return r.Split(2, []string{"DC"}, "DC", Place) }, "", ErrNoAlias},
		{"split onto existing name", func(r *Registry) error { return r.Split(2, []string{"Washington"}, "Trump", Place) }, "", ErrDuplicateName},
		{"add alias", func(r *Registry) error { return r.AddAlias(1, "Donald Trump") }, "Maduro[Nicolás Maduro] Trump[Donald Trump] US[U.S.,Washington]", nil},
		{"add own alias again", func(r *Registry) error { return r.AddAlias(0, "nicolas maduro") }, "", ErrAliasConflict},
		{"add other's alias", func(r *Registry) error { return r.AddAlias(1, "U.S.") }, "", ErrAliasConflict},
		{"add empty alias to actor", func(r *Registry) error { return r.AddAlias(1, "") }, "", ErrEmptyAlias},
		{"remove alias", func(r *Registry) error { return r.RemoveAlias(2, "u.s.") }, "Maduro[Nicolás Maduro] Trump[] US[Washington]", nil},
		{"remove missing alias", func(r *Registry) error { return r.RemoveAlias(2, "USA") }, "", ErrNoAlias},
		{"set kind", func(r *Registry) error { return r.SetKind(1, Organisation) }, "Maduro[Nicolás Maduro] Trump[] US[U.S.,Washington]", nil},
		{"set bad kind", func(r *Registry) error { return r.SetKind(1, "x") }, "", ErrUnknownKind},
		{"set colour", func(r *Registry) error { return r.SetColor(1, "#abc") }, "Maduro[Nicolás Maduro] Trump[] US[U.S.,Washington]", nil},
		{"set bad colour", func(r *Registry) error { return r.SetColor(1, "#abcd") }, "", ErrBadColor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustParse(t, base)
			before := names(r)
			err := tt.op(r)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if names(r) != before {
					t.Errorf("a failed edit changed the registry: %s", names(r))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := names(r); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if err := r.Validate(); err != nil {
				t.Errorf("invalid after edit: %v", err)
			}
		})
	}
}

func TestFindAndClone(t *testing.T) {
	r := mustParse(t, ruleYAML)
	for q, want := range map[string]string{"maduro": "Nicolás Maduro", "NICOLAS MADURO": "Nicolás Maduro", "u.s.": "United States", "Cartel  de los soles": "Cartel de los Soles"} {
		if i := r.Find(q); i < 0 || r.Actors[i].Name != want {
			t.Errorf("Find(%q) = %d", q, i)
		}
	}
	if r.Find("nobody") != -1 || r.Find("") != -1 {
		t.Error("Find of an unknown name is not -1")
	}
	c := r.Clone()
	c.Actors[0].Aliases[0] = "changed"
	c.Actors[1].Name = "changed"
	if r.Actors[0].Aliases[0] == "changed" || r.Actors[1].Name == "changed" {
		t.Error("Clone shares memory with the original")
	}
	if r.Actors[1].Kind != Place {
		t.Error("kind lost")
	}
}
