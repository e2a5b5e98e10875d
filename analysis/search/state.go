package search

import "fmt"

// Phase is where an index is in its life.
type Phase int

// The phases of an index.
const (
	// Building: documents are being indexed; searches see those done so far.
	Building Phase = iota
	// Ready: every document of the corpus is indexed.
	Ready
	// Cancelled: indexing stopped before the end (the context was
	// cancelled or the index closed); what was indexed stays searchable and
	// the next Open carries on where this one stopped.
	Cancelled
	// Failed: indexing stopped on an error (see State.Err).
	Failed
)

// String returns the phase's name.
func (p Phase) String() string {
	switch p {
	case Building:
		return "building"
	case Ready:
		return "ready"
	case Cancelled:
		return "cancelled"
	case Failed:
		return "failed"
	}
	return fmt.Sprintf("Phase(%d)", int(p))
}

// State describes an index at one moment.
type State struct {
	Phase Phase
	// Done and Total count the documents (re)indexed by this run: Total is
	// 0 when the persisted index was already up to date.
	Done, Total int
	// Docs is the number of documents in the corpus.
	Docs int
	// Notice says, in plain language, why the index was rebuilt or is kept
	// in memory only; empty when nothing unusual happened.
	Notice string
	// Err is the error that stopped indexing (Phase Failed).
	Err error
	// Dir is the index folder; empty for an in-memory index.
	Dir string
}

// String describes the state for a status bar.
func (s State) String() string {
	var msg string
	switch s.Phase {
	case Building:
		msg = fmt.Sprintf("Indexing %d of %d documents…", s.Done, s.Total)
	case Ready:
		msg = fmt.Sprintf("Search index ready (%d documents)", s.Docs)
		if s.Total > 0 && s.Total < s.Docs {
			msg += fmt.Sprintf(", %d updated", s.Total)
		}
	case Cancelled:
		msg = fmt.Sprintf("Indexing stopped at %d of %d documents; searching what is indexed", s.Done, s.Total)
	case Failed:
		msg = fmt.Sprintf("Indexing failed: %v", s.Err)
	}
	if s.Notice != "" {
		msg += " — " + s.Notice
	}
	return msg
}
