package main

import (
	"strings"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/seeds"
)

// compareMatrix is the similarity matrix charts draw.
type compareMatrix = compare.Matrix

// loadRegistry reads the registry at path, or the seeds' registry.
func loadRegistry(path string) (*actors.Registry, error) {
	var (
		r   *actors.Registry
		err error
	)
	if path == "" {
		r, err = actors.Parse(seeds.ActorsYAML())
	} else {
		r, err = actors.Load(path)
	}
	if err != nil {
		return nil, usageError("reading the actor registry: %w", err)
	}
	if len(r.Actors) == 0 {
		return nil, usageError("the actor registry %s lists no actors", path)
	}
	return r, nil
}

// resolveActors turns names or aliases (any case) into registry indices.
func resolveActors(r *actors.Registry, names []string) ([]int, error) {
	var out []int
	for _, name := range names {
		i := findActor(r, name)
		if i < 0 {
			known := make([]string, len(r.Actors))
			for k, a := range r.Actors {
				known[k] = a.Name
			}
			return nil, usageError("unknown actor %q (known: %s)", name, strings.Join(known, ", "))
		}
		out = append(out, i)
	}
	return out, nil
}

// findActor returns the index of the actor called name, or -1.
func findActor(r *actors.Registry, name string) int {
	name = strings.TrimSpace(name)
	for i, a := range r.Actors {
		if strings.EqualFold(a.Name, name) {
			return i
		}
	}
	for i, a := range r.Actors {
		for _, al := range a.Aliases {
			if strings.EqualFold(al, name) {
				return i
			}
		}
	}
	return -1
}
