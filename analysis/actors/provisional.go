package actors

// PROVISIONAL (replace, keeping the signatures): a deliberately simple
// implementation so that packages built in parallel (charts, compare, views,
// the CLI) compile and run against the real API. The actors work replaces
// this file with the registry parser, the matcher and discovery.

import (
	"context"
	"fmt"
	"os"
	"regexp"

	"go.yaml.in/yaml/v3"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Options tune counting.
type Options struct {
	// IncludeBoilerplate counts mentions inside text the loader marked as
	// boilerplate too (off by default).
	IncludeBoilerplate bool
}

// Parse reads a registry from YAML.
func Parse(data []byte) (*Registry, error) {
	var r Registry
	if err := yaml.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return &r, nil
}

// Load reads a registry from a YAML file.
func Load(path string) (*Registry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return Parse(data)
}

// Count counts every actor's mentions in every document of c.
func Count(c *corpus.Corpus, r *Registry, opts Options) (*Counts, error) {
	return CountContext(context.Background(), c, r, opts, nil)
}

// CountContext is Count with cancellation and progress (done, total
// documents; progress may be nil).
func CountContext(ctx context.Context, c *corpus.Corpus, r *Registry, opts Options, progress func(done, total int)) (*Counts, error) {
	res := make([]*regexp.Regexp, len(r.Actors))
	for i, a := range r.Actors {
		alt := regexp.QuoteMeta(a.Name)
		for _, al := range a.Aliases {
			alt += "|" + regexp.QuoteMeta(al)
		}
		res[i] = regexp.MustCompile(`(?i)\b(?:` + alt + `)\b`)
	}
	out := &Counts{Registry: r, Docs: make([]DocCounts, len(c.Docs))}
	for di, d := range c.Docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := len(d.Text)
		if !opts.IncludeBoilerplate {
			end = d.ContentEnd()
		}
		dc := DocCounts{DocID: d.ID, Words: corpus.CountWords(d.Text, 0, end), Mentions: make([][]Mention, len(r.Actors))}
		for i, re := range res {
			for _, m := range re.FindAllStringIndex(d.Text[:end], -1) {
				dc.Mentions[i] = append(dc.Mentions[i], Mention{Start: m[0], End: m[1]})
			}
		}
		out.Docs[di] = dc
		if progress != nil {
			progress(di+1, len(c.Docs))
		}
	}
	return out, nil
}
