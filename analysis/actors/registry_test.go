package actors

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/seeds"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       error
		line       int
	}{
		{"syntax", "actors:\n  - name: A\n    aliases: [B\n", ErrSyntax, 0},
		{"tab indentation", "actors:\n\t- name: A\n", ErrSyntax, 2},
		{"duplicate name", "actors:\n  - name: Maduro\n  - name: Trump\n  - name: MADURO\n", ErrDuplicateName, 4},
		{"duplicate after folding", "actors:\n  - name: Nicolás Maduro\n  - name: nicolas  maduro\n", ErrDuplicateName, 3},
		{"empty alias", "actors:\n  - name: A\n    aliases: [B, \"\"]\n", ErrEmptyAlias, 3},
		{"blank alias", "actors:\n  - name: A\n    aliases:\n      - B\n      - \"  \"\n", ErrEmptyAlias, 5},
		{"unknown kind", "actors:\n  - name: A\n    kind: planet\n", ErrUnknownKind, 3},
		{"alias claimed twice", "actors:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [x]\n", ErrAliasConflict, 4},
		{"alias is another's name", "actors:\n  - name: A\n  - name: B\n    aliases: [A]\n", ErrAliasConflict, 3},
		{"no name", "actors:\n  - kind: person\n", ErrEmptyName, 2},
		{"bad colour", "actors:\n  - name: A\n    color: red\n", ErrBadColor, 3},
		{"unknown key", "actors:\n  - name: A\n    alias: [B]\n", ErrShape, 3},
		{"not a list", "actors: Trump\n", ErrShape, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("err %v is not a *LineError", err)
			}
			if tt.line > 0 && le.Line != tt.line {
				t.Errorf("line %d, want %d (%v)", le.Line, tt.line, err)
			}
			if tt.line > 0 && !strings.Contains(err.Error(), "line ") {
				t.Errorf("message %q does not name the line", err)
			}
		})
	}
}

func TestParseShape(t *testing.T) {
	r := mustParse(t, "actors:\n  - name: Nicolás Maduro\n    kind: person\n    aliases: [Maduro, Nicolas Maduro, maduro]\n  - name: X\n    kind: organization\n  - name: Y\n")
	if len(r.Actors) != 3 {
		t.Fatalf("%d actors", len(r.Actors))
	}
	if got := r.Actors[0].Aliases; len(got) != 1 || got[0] != "Maduro" {
		t.Errorf("aliases %q: repeats and the name's variant should be dropped", got)
	}
	if r.Actors[1].Kind != Organisation || r.Actors[2].Kind != Other {
		t.Errorf("kinds %q %q", r.Actors[1].Kind, r.Actors[2].Kind)
	}
	for _, empty := range []string{"", "  \n", "actors:\n", "# nothing\n"} {
		if r, err := Parse([]byte(empty)); err != nil || len(r.Actors) != 0 {
			t.Errorf("Parse(%q) = %v, %v", empty, r, err)
		}
	}
}

func TestSeedsRegistryParses(t *testing.T) {
	r, err := Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Actors) < 25 {
		t.Errorf("the seeds' registry has %d actors, want about 30", len(r.Actors))
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	r := mustParse(t, ruleYAML)
	if err := r.SetColor(0, "#112233"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "actors.yaml")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := r.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "aliases: [") {
		t.Errorf("aliases not in flow style:\n%s", data)
	}
	if len(back.Actors) != len(r.Actors) {
		t.Fatalf("%d actors back, want %d", len(back.Actors), len(r.Actors))
	}
	for i := range r.Actors {
		a, b := r.Actors[i], back.Actors[i]
		if a.Name != b.Name || a.Kind != b.Kind || a.Color != b.Color || strings.Join(a.Aliases, "|") != strings.Join(b.Aliases, "|") {
			t.Errorf("actor %d: %+v, back %+v", i, a, b)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the old file's 0600", fi.Mode().Perm())
	}
}

func TestLoadNamesFileAndLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(path, []byte("actors:\n  - name: A\n  - name: a\n"), 0o644)
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), path+": line 3:") {
		t.Fatalf("err = %v, want the file and line 3", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}
