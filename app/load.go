package app

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"go.yaml.in/yaml/v3"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/project"
	"github.com/corpus-explorer/corpus-explorer/seeds"
	"github.com/corpus-explorer/corpus-explorer/views"
)

// Job names.
const (
	jobLoad  = "Loading documents"
	jobCount = "Counting actors"
)

// ErrBadRegistry is returned by SetRegistry for an unusable registry.
var ErrBadRegistry = errors.New("app: invalid actor registry")

func defaultRegistry() *actors.Registry {
	r, err := actors.Parse(seeds.ActorsYAML())
	if err != nil {
		log.Printf("default actor registry: %v", err)
		return &actors.Registry{}
	}
	return r
}

// OpenSeeds loads the embedded seed articles.
func (x *App) OpenSeeds() { x.load(nil, nil, "", false) }

// OpenPaths loads the given files and folders as the corpus.
func (x *App) OpenPaths(paths []string) { x.load(paths, nil, "", false) }

// AddPaths adds files and folders to the corpus (drag and drop).
func (x *App) AddPaths(paths []string) {
	if x.sources == nil {
		x.OpenPaths(paths)
		return
	}
	seen := map[string]bool{}
	var all []string
	for _, p := range append(append([]string(nil), x.sources...), paths...) {
		if !seen[p] {
			seen[p] = true
			all = append(all, p)
		}
	}
	x.load(all, x.project, x.projectPath, true)
}

// load reads a corpus (paths nil: the seeds) through the runner; with a
// project, its metadata edits, registry and tab state are applied when the
// corpus is in; dirty says whether the result differs from the saved
// project.
func (x *App) load(paths []string, p *project.Project, projectPath string, dirty bool) {
	x.loads++
	gen := x.loads
	x.runner.Cancel(jobCount)
	x.setCorpus(nil)
	src := corpus.FromFS(seeds.Articles(), seeds.Name)
	if paths != nil {
		src = corpus.FromPaths(paths...)
	}
	x.status.setCorpus("Loading…", 0)
	// A folder may carry its own actor list (Edit ▸ Actors… ▸ Save next to
	// the corpus writes it); it is read with the corpus, off the UI
	// goroutine, and used unless the project has a registry.
	var folderReg *actors.Registry
	var folderRegErr error
	views.Go(x.runner, jobLoad, func(ctx context.Context, progress views.Progress) (*corpus.Corpus, error) {
		c, err := corpus.Load(ctx, src, corpus.Options{}, corpus.Progress(progress))
		folderReg, folderRegErr = registryBeside(paths)
		return c, err
	}, func(c *corpus.Corpus, err error) {
		if gen != x.loads {
			return
		}
		if err != nil && (c == nil || !errors.Is(err, corpus.ErrNoDocuments)) {
			x.status.setCorpus("No corpus", 0)
			x.showError(fmt.Errorf("could not open %s: %w", describe(paths), err))
			return
		}
		if p == nil {
			p = project.New()
			if paths == nil {
				p.Documents.Seeds = true
			}
			projectPath = ""
		}
		x.sources = paths
		x.project, x.projectPath, x.dirty = p, projectPath, dirty
		if paths != nil && projectPath == "" {
			x.project.SetPaths("", paths)
		}
		if unknown, merr := p.ApplyMetadata(c); merr != nil {
			x.showError(merr)
		} else if len(unknown) > 0 {
			log.Printf("project: metadata for %d documents not in the corpus", len(unknown))
		}
		switch {
		case p.Registry != nil:
			x.registry = p.Registry
		case folderReg != nil:
			x.registry = folderReg
		default:
			x.registry = defaultRegistry()
			if folderRegErr != nil {
				x.showError(fmt.Errorf("the corpus's actor list was not used: %w", folderRegErr))
			}
		}
		x.setCorpus(c)
		x.restoreTabState()
		x.updateTitle()
		if len(c.Problems) > 0 && err == nil && hasSkipped(c.Problems) {
			views.ShowProblems(c.Problems, x.win)
		}
		if err != nil {
			x.showError(fmt.Errorf("nothing could be read from %s: %w", describe(paths), err))
		}
		if x.OnLoaded != nil {
			x.OnLoaded()
		}
	})
}

func hasSkipped(ps []corpus.Problem) bool {
	for _, p := range ps {
		if p.Skipped {
			return true
		}
	}
	return false
}

func describe(paths []string) string {
	switch len(paths) {
	case 0:
		return "the seeds"
	case 1:
		return filepath.Base(paths[0])
	}
	return fmt.Sprintf("%d files and folders", len(paths))
}

// setCorpus publishes a corpus (nil while loading) to the list and every
// tab, then counts the actors.
func (x *App) setCorpus(c *corpus.Corpus) {
	x.corpus, x.counts, x.selection = c, nil, nil
	x.doclist.SetCorpus(c)
	for _, t := range x.tabs {
		if t != nil {
			t.SetCorpus(c)
		}
	}
	x.onSelectionChanged(nil)
	if c == nil {
		return
	}
	x.problems = c.Problems
	x.status.setCorpus(fmt.Sprintf("%s · %s documents · %s words", c.Name, fmtInt(len(c.Docs)), fmtInt(c.Words())), len(c.Problems))
	x.countActors()
}

// countActors counts the registry's actors in the corpus through the runner
// and hands the result to every views.ActorsUser tab.
func (x *App) countActors() {
	c, r := x.corpus, x.registry
	if c == nil {
		return
	}
	x.publishActors(nil)
	views.Go(x.runner, jobCount, func(ctx context.Context, progress views.Progress) (*actors.Counts, error) {
		return actors.CountContext(ctx, c, r, actors.Options{}, progress)
	}, func(counts *actors.Counts, err error) {
		if c != x.corpus || r != x.registry {
			return
		}
		if err != nil {
			x.showError(fmt.Errorf("counting actors: %w", err))
			return
		}
		x.publishActors(counts)
	})
}

func (x *App) publishActors(counts *actors.Counts) {
	x.counts = counts
	for _, t := range x.tabs {
		if u, ok := t.(views.ActorsUser); ok && t != nil {
			u.SetActors(x.registry, counts)
		}
	}
}

// Counts returns the current actor counts (nil while counting).
func (x *App) Counts() *actors.Counts { return x.counts }

// SetRegistry replaces the actor registry (after validating it), recounts
// and marks the project as changed.
func (x *App) SetRegistry(r *actors.Registry) error {
	if r == nil {
		return fmt.Errorf("%w: none given", ErrBadRegistry)
	}
	data, err := yaml.Marshal(r)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadRegistry, err)
	}
	parsed, err := actors.Parse(data)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadRegistry, err)
	}
	for i, a := range parsed.Actors {
		if a == nil || strings.TrimSpace(a.Name) == "" {
			return fmt.Errorf("%w: actor %d has no name", ErrBadRegistry, i+1)
		}
	}
	x.registry = r
	x.project.Registry = r
	x.markDirty()
	x.countActors()
	return nil
}

func (x *App) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if len(paths) == 1 && strings.EqualFold(filepath.Ext(paths[0]), project.Extension) {
		x.OpenProject(paths[0])
		return
	}
	if len(paths) > 0 {
		x.AddPaths(paths)
	}
}

func (x *App) showProblems() {
	if len(x.problems) > 0 {
		views.ShowProblems(x.problems, x.win)
	}
}

// showError shows an error in a dialog (the app's only way of reporting).
func (x *App) showError(err error) {
	if err != nil {
		dialog.ShowError(err, x.win)
	}
}

func fmtInt(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// registryBeside loads the actor list saved in a corpus folder
// (views.RegistryFileName at its top), when paths is one such folder.
func registryBeside(paths []string) (*actors.Registry, error) {
	if len(paths) != 1 {
		return nil, nil
	}
	f := filepath.Join(paths[0], views.RegistryFileName)
	if st, err := os.Stat(f); err != nil || st.IsDir() {
		return nil, nil
	}
	return actors.Load(f)
}
