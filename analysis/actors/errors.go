package actors

import (
	"errors"
	"fmt"
)

// Errors returned by parsing and by the registry's edit operations; test
// with errors.Is.
var (
	ErrSyntax        = errors.New("actors: YAML syntax error")
	ErrShape         = errors.New("actors: unexpected registry shape")
	ErrEmptyName     = errors.New("actors: an actor has no name")
	ErrDuplicateName = errors.New("actors: duplicate actor name")
	ErrEmptyAlias    = errors.New("actors: empty alias")
	ErrUnknownKind   = errors.New("actors: unknown kind")
	ErrAliasConflict = errors.New("actors: alias claimed by two actors")
	ErrBadColor      = errors.New("actors: bad colour")
	ErrNoActor       = errors.New("actors: no such actor")
	ErrNoAlias       = errors.New("actors: no such alias")
)

// LineError is a registry problem at a line of the YAML source.
type LineError struct {
	// File is the file name when known (set by [Load]).
	File string
	// Line is 1-based; 0 when unknown.
	Line int
	Err  error
}

func (e *LineError) Error() string {
	where := ""
	if e.File != "" {
		where = e.File + ": "
	}
	if e.Line > 0 {
		where += fmt.Sprintf("line %d: ", e.Line)
	}
	return where + e.Err.Error()
}

func (e *LineError) Unwrap() error { return e.Err }
