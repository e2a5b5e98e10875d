package project

import (
	"fmt"
	"os"

	"github.com/corpus-explorer/corpus-explorer/analysis/atomicfile"
)

// WriteFileAtomic writes data to path so that path holds either its old
// content or all of data, whatever happens (see package atomicfile).
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	if err := atomicfile.WriteFile(path, data, perm); err != nil {
		return fmt.Errorf("project: %w", err)
	}
	return nil
}
