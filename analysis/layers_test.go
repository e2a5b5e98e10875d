// Package analysis_test guards the project's layering: nothing under
// analysis/ (nor the CLI) may depend on Fyne, directly or through another
// package, and dependencies point one way: cmd → app → views → analysis.
package analysis_test

import (
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/corpus-explorer/corpus-explorer"

type pkg struct {
	ImportPath string
	Deps       []string
	Imports    []string
}

func list(t *testing.T, patterns ...string) []pkg {
	t.Helper()
	touchSources(t)
	args := append([]string{"list", "-deps=false", "-json"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func TestNoFyneBelowViews(t *testing.T) {
	for _, p := range list(t, "./analysis/...", "./cmd/corpus", "./seeds") {
		for _, d := range p.Deps {
			if strings.HasPrefix(d, "fyne.io/") {
				t.Errorf("%s depends on %s: analysis packages and the CLI must not import Fyne", p.ImportPath, d)
				break
			}
		}
	}
}

func TestLayers(t *testing.T) {
	forbidden := map[string][]string{
		module + "/analysis/": {module + "/views", module + "/app", module + "/cmd"},
		module + "/views":     {module + "/app", module + "/cmd"},
		module + "/app":       {module + "/cmd"},
	}
	for _, p := range list(t, "./...") {
		for prefix, bad := range forbidden {
			if !strings.HasPrefix(p.ImportPath, prefix) {
				continue
			}
			for _, imp := range p.Imports {
				for _, b := range bad {
					if imp == b || strings.HasPrefix(imp, b+"/") {
						t.Errorf("%s imports %s, against the layering cmd → app → views → analysis", p.ImportPath, imp)
					}
				}
			}
		}
	}
}

// touchSources reads every Go file of the module, so that `go test` knows
// this test's result depends on them and does not serve a stale cached pass
// (results of the go list subprocess are invisible to the test cache).
func touchSources(t *testing.T) {
	t.Helper()
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || (len(d.Name()) > 1 && d.Name()[0] == '.')) {
			return filepath.SkipDir
		}
		if !d.IsDir() && filepath.Ext(p) == ".go" {
			_, err = os.ReadFile(p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
