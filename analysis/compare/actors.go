package compare

import "github.com/corpus-explorer/corpus-explorer/analysis/actors"

// ActorRow is one actor's mentions in documents A and B side by side.
type ActorRow struct {
	// Actor is the actor's index in the registry (its colour:
	// Registry.Color(Actor)).
	Actor int
	Name  string
	// InA and InB are the mentions (byte offsets into each Text).
	InA, InB []actors.Mention
}

// ActorTable returns, for every actor mentioned in document a or b, its
// mentions in each, in registry order. Unknown IDs count as empty.
func ActorTable(counts *actors.Counts, a, b string) []ActorRow {
	if counts == nil || counts.Registry == nil {
		return nil
	}
	var da, db *actors.DocCounts
	for i := range counts.Docs {
		switch counts.Docs[i].DocID {
		case a:
			da = &counts.Docs[i]
		}
		if counts.Docs[i].DocID == b {
			db = &counts.Docs[i]
		}
	}
	get := func(d *actors.DocCounts, i int) []actors.Mention {
		if d == nil {
			return nil
		}
		return d.Of(i)
	}
	var out []ActorRow
	for i, act := range counts.Registry.Actors {
		r := ActorRow{Actor: i, Name: act.Name, InA: get(da, i), InB: get(db, i)}
		if len(r.InA)+len(r.InB) > 0 {
			out = append(out, r)
		}
	}
	return out
}
