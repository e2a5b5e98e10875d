package corpus

import "errors"

// Sentinel errors, wrapped with details by the loader; test with errors.Is.
var (
	ErrEmpty       = errors.New("corpus: empty file")
	ErrBinary      = errors.New("corpus: binary content, not text")
	ErrTooLarge    = errors.New("corpus: file too large")
	ErrUnsupported = errors.New("corpus: unsupported file type")
	ErrNoText      = errors.New("corpus: no extractable text")
	ErrEncrypted   = errors.New("corpus: encrypted document")
	ErrCorrupt     = errors.New("corpus: corrupt or truncated file")
	ErrNoDocuments = errors.New("corpus: no documents could be loaded")
	ErrNoDocument  = errors.New("corpus: no such document")
	ErrBadManifest = errors.New("corpus: bad manifest")
	ErrUnreadable  = errors.New("corpus: cannot read")
	ErrTimeout     = errors.New("corpus: reading took too long")
)

// Problem is one file that was skipped, or loaded with a caveat.
type Problem struct {
	// Path is the file's path (relative to the corpus folder when there is
	// one) or the manifest line the problem is about.
	Path string
	// Err says what is wrong; it wraps one of the package's sentinel errors
	// where one applies.
	Err error
	// Skipped is true when the file was not loaded; false for a warning about
	// a document that did load.
	Skipped bool
}

// String returns "path: reason".
func (p Problem) String() string {
	state := "warning"
	if p.Skipped {
		state = "skipped"
	}
	return p.Path + ": " + state + ": " + p.Err.Error()
}
