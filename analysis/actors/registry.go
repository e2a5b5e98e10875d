package actors

import (
	"fmt"
	"slices"
)

// validate checks the registry's invariants and returns the index of the
// first offending actor with the problem.
func (r *Registry) validate() (int, error) {
	owner := map[string]int{} // normalised name or alias → actor
	for i, a := range r.Actors {
		if a == nil || collapseSpace(a.Name) == "" {
			return i, ErrEmptyName
		}
		if _, ok := parseKind(string(a.Kind)); !ok {
			return i, fmt.Errorf("%w %q for %q (use person, organisation, place or other)", ErrUnknownKind, a.Kind, a.Name)
		}
		if a.Color != "" {
			if _, ok := ParseColor(a.Color); !ok {
				return i, fmt.Errorf("%w %q for %q (use #rrggbb)", ErrBadColor, a.Color, a.Name)
			}
		}
		k := NormalizeName(a.Name)
		if j, ok := owner[k]; ok {
			if NormalizeName(r.Actors[j].Name) == k {
				return i, fmt.Errorf("%w %q (also actor %d)", ErrDuplicateName, a.Name, j+1)
			}
			return i, fmt.Errorf("%w: %q is the name of %q and an alias of %q", ErrAliasConflict, a.Name, a.Name, r.Actors[j].Name)
		}
		owner[k] = i
		for _, al := range a.Aliases {
			ak := NormalizeName(al)
			if ak == "" {
				return i, fmt.Errorf("%w in the aliases of %q", ErrEmptyAlias, a.Name)
			}
			if j, ok := owner[ak]; ok && j != i {
				return i, fmt.Errorf("%w: %q of %q is also claimed by %q", ErrAliasConflict, al, a.Name, r.Actors[j].Name)
			}
			owner[ak] = i
		}
	}
	return 0, nil
}

// Validate reports the first problem of the registry (see [Parse] for the
// rules), or nil.
func (r *Registry) Validate() error {
	_, err := r.validate()
	return err
}

// Clone returns a deep copy of r.
func (r *Registry) Clone() *Registry {
	c := &Registry{Actors: make([]*Actor, len(r.Actors))}
	for i, a := range r.Actors {
		if a == nil {
			continue
		}
		cp := *a
		cp.Aliases = slices.Clone(a.Aliases)
		c.Actors[i] = &cp
	}
	return c
}

// Names returns every actor's name and aliases (the strings it matches).
func (a *Actor) Names() []string {
	return append([]string{a.Name}, a.Aliases...)
}

// Find returns the index of the actor whose name or alias is name
// (normalised: case, accents and spacing do not matter), or -1.
func (r *Registry) Find(name string) int {
	k := NormalizeName(name)
	if k == "" {
		return -1
	}
	for i, a := range r.Actors {
		if a == nil {
			continue
		}
		for _, n := range a.Names() {
			if NormalizeName(n) == k {
				return i
			}
		}
	}
	return -1
}

// edit applies fn to a copy of r and, when the result is valid, makes it r.
func (r *Registry) edit(fn func(c *Registry) error) error {
	c := r.Clone()
	if err := fn(c); err != nil {
		return err
	}
	if _, err := c.validate(); err != nil {
		return err
	}
	r.Actors = c.Actors
	return nil
}

// check returns ErrNoActor unless i indexes an actor.
func (r *Registry) check(i int) error {
	if i < 0 || i >= len(r.Actors) {
		return fmt.Errorf("%w: index %d of %d", ErrNoActor, i, len(r.Actors))
	}
	return nil
}
