package actors

import (
	"fmt"
	"slices"
)

// Add appends an actor. Its name and aliases are trimmed; an empty kind is
// Other. It fails when the name is empty or already used, an alias is empty
// or claimed by another actor, or the kind or colour is invalid.
func (r *Registry) Add(a Actor) error {
	return r.edit(func(c *Registry) error {
		a.Name = collapseSpace(a.Name)
		if k, ok := parseKind(string(a.Kind)); ok {
			a.Kind = k // "" → other, "organization" → organisation
		}
		aliases := make([]string, 0, len(a.Aliases))
		for _, al := range a.Aliases {
			s := collapseSpace(al)
			if s == "" {
				return fmt.Errorf("%w in the aliases of %q", ErrEmptyAlias, a.Name)
			}
			aliases = append(aliases, s)
		}
		a.Aliases = dedupeAliases(a.Name, aliases)
		c.Actors = append(c.Actors, &a)
		return nil
	})
}

// Rename gives actor i a new name. The old name is not kept as an alias
// (add it with AddAlias); a new name equal to one of its aliases removes that
// alias.
func (r *Registry) Rename(i int, name string) error {
	if err := r.check(i); err != nil {
		return err
	}
	return r.edit(func(c *Registry) error {
		a := c.Actors[i]
		a.Name = collapseSpace(name)
		if a.Name == "" {
			return ErrEmptyName
		}
		a.Aliases = dedupeAliases(a.Name, a.Aliases)
		return nil
	})
}

// Delete removes actor i; later actors move up one place.
func (r *Registry) Delete(i int) error {
	if err := r.check(i); err != nil {
		return err
	}
	r.Actors = slices.Delete(slices.Clone(r.Actors), i, i+1)
	return nil
}

// Merge folds actor from into actor into: from's name and aliases become
// aliases of into, and from is removed (so indices after from move up).
func (r *Registry) Merge(into, from int) error {
	if err := r.check(into); err != nil {
		return err
	}
	if err := r.check(from); err != nil {
		return err
	}
	if into == from {
		return fmt.Errorf("%w: cannot merge %q into itself", ErrNoActor, r.Actors[into].Name)
	}
	return r.edit(func(c *Registry) error {
		dst, src := c.Actors[into], c.Actors[from]
		dst.Aliases = dedupeAliases(dst.Name, append(dst.Aliases, src.Names()...))
		c.Actors = slices.Delete(c.Actors, from, from+1)
		return nil
	})
}

// Split moves some of actor i's aliases to a new actor named newName of the
// given kind, appended at the end of the registry. Each alias must be one of
// actor i's aliases (not its name).
func (r *Registry) Split(i int, aliases []string, newName string, kind Kind) error {
	if err := r.check(i); err != nil {
		return err
	}
	return r.edit(func(c *Registry) error {
		src := c.Actors[i]
		var moved []string
		for _, al := range aliases {
			j := aliasIndex(src, al)
			if j < 0 {
				return fmt.Errorf("%w: %q is not an alias of %q", ErrNoAlias, al, src.Name)
			}
			moved = append(moved, src.Aliases[j])
			src.Aliases = slices.Delete(src.Aliases, j, j+1)
		}
		name := collapseSpace(newName)
		if name == "" {
			return ErrEmptyName
		}
		if kind == "" {
			kind = Other
		}
		c.Actors = append(c.Actors, &Actor{Name: name, Kind: kind, Aliases: dedupeAliases(name, moved)})
		return nil
	})
}

// AddAlias adds an alias to actor i. It fails when the alias is empty,
// already actor i's, or claimed by another actor.
func (r *Registry) AddAlias(i int, alias string) error {
	if err := r.check(i); err != nil {
		return err
	}
	s := collapseSpace(alias)
	if s == "" {
		return fmt.Errorf("%w for %q", ErrEmptyAlias, r.Actors[i].Name)
	}
	a := r.Actors[i]
	if NormalizeName(a.Name) == NormalizeName(s) || aliasIndex(a, s) >= 0 {
		return fmt.Errorf("%w: %q already names %q", ErrAliasConflict, s, a.Name)
	}
	return r.edit(func(c *Registry) error {
		c.Actors[i].Aliases = append(c.Actors[i].Aliases, s)
		return nil
	})
}

// RemoveAlias removes an alias (compared normalised) from actor i.
func (r *Registry) RemoveAlias(i int, alias string) error {
	if err := r.check(i); err != nil {
		return err
	}
	j := aliasIndex(r.Actors[i], alias)
	if j < 0 {
		return fmt.Errorf("%w: %q is not an alias of %q", ErrNoAlias, alias, r.Actors[i].Name)
	}
	return r.edit(func(c *Registry) error {
		c.Actors[i].Aliases = slices.Delete(c.Actors[i].Aliases, j, j+1)
		return nil
	})
}

// SetKind changes actor i's kind.
func (r *Registry) SetKind(i int, k Kind) error {
	if err := r.check(i); err != nil {
		return err
	}
	kind, ok := parseKind(string(k))
	if !ok {
		return fmt.Errorf("%w %q (use person, organisation, place or other)", ErrUnknownKind, k)
	}
	return r.edit(func(c *Registry) error { c.Actors[i].Kind = kind; return nil })
}

// SetColor sets actor i's colour ("#rrggbb" or "#rgb"); an empty string
// returns it to the palette's colour.
func (r *Registry) SetColor(i int, hex string) error {
	if err := r.check(i); err != nil {
		return err
	}
	if hex != "" {
		if _, ok := ParseColor(hex); !ok {
			return fmt.Errorf("%w %q (use #rrggbb)", ErrBadColor, hex)
		}
	}
	return r.edit(func(c *Registry) error { c.Actors[i].Color = hex; return nil })
}

// aliasIndex returns the position of alias among a's aliases, or -1.
func aliasIndex(a *Actor, alias string) int {
	k := NormalizeName(alias)
	for j, al := range a.Aliases {
		if NormalizeName(al) == k {
			return j
		}
	}
	return -1
}
