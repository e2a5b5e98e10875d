//go:build !linux

package corpus

import (
	"io/fs"
	"os"
)

// readPath reads a whole file from disk, never more than limit bytes (see
// readLimited).
func readPath(p string, size, limit int64) ([]byte, error) {
	return readLimited(func() (fs.File, error) { return os.Open(p) }, size, limit)
}
