package actors

// RegistryFromCandidates makes a registry of discovered candidates, in
// their order. An alias that another actor already claims is dropped, and a
// candidate whose name is taken is skipped, so the result always validates
// and can be saved, edited and passed back to counting.
func RegistryFromCandidates(cands []Candidate) *Registry {
	r := &Registry{}
	for _, c := range cands {
		a := c.Actor
		a.Aliases = nil
		if r.Add(a) != nil {
			continue
		}
		i := len(r.Actors) - 1
		for _, al := range c.Actor.Aliases {
			r.AddAlias(i, al) // a conflicting alias is left out
		}
	}
	return r
}
