// Package search keeps a full-text index of a corpus and answers queries
// over it.
//
// The index is a Bleve v2 (scorch) index with one entry per document: the
// body (English analysis with stemming; boilerplate left out), the title,
// the source and the manifest's tags (exact keywords, case-insensitive), the
// date and the document ID. [Open] keeps it on disk, one folder per corpus
// (see [DefaultDir]), and on later opens only re-indexes the documents that
// were added, changed or removed; an index that is corrupt, locked by
// another process or written by an older mapping is detected and rebuilt
// (or, when locked, replaced by an in-memory one) with a notice, never a
// crash. [NewMem] builds an in-memory index.
//
// Indexing runs in batches on a goroutine of its own, cancellable and with
// progress; [Index.Search] answers from what is indexed so far while the
// rest is being added. Queries use Bleve's query-string syntax (see
// [HelpText]); hits carry the byte offsets of every matched word in
// [corpus.Document.Text], so the reader can highlight them, and fragments
// with the matched words marked.
package search

import "errors"

// Errors returned by this package. Use errors.Is to test for them.
var (
	// ErrQuery wraps a query the parser rejected; the message says what is
	// wrong in plain language.
	ErrQuery = errors.New("search: bad query")
	// ErrQueryTooLong is returned for a query over [MaxQueryLen] characters.
	ErrQueryTooLong = errors.New("search: query too long")
	// ErrQueryTooComplex is returned for a query that would take too long
	// or too much memory to answer (a huge regexp, a prefix matching too
	// many words).
	ErrQueryTooComplex = errors.New("search: query too complex")
	// ErrClosed is returned by an index that has been closed.
	ErrClosed = errors.New("search: index closed")
	// ErrIndex wraps a failure of the index itself (disk full, I/O error).
	ErrIndex = errors.New("search: index failure")
)
