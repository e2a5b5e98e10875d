package search

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolt "go.etcd.io/bbolt"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// EnvIndexDir names the environment variable that, when set, replaces the
// root folder of persisted indexes.
const EnvIndexDir = "CORPUS_INDEX_DIR"

// lockTimeout is how long Open waits for another process to release an
// index before falling back to an in-memory one.
const lockTimeout = "300ms"

// Keys of the values kept in the index next to the documents.
var (
	keyVersion     = []byte("ce:version")
	keyFingerprint = []byte("ce:fingerprint")
)

// DefaultRoot returns the folder under which indexes are kept: $CORPUS_INDEX_DIR
// when set, else the user's cache folder + corpus-explorer/index.
func DefaultRoot() (string, error) {
	if d := os.Getenv(EnvIndexDir); d != "" {
		return d, nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("search: no cache folder for the index: %w", err)
	}
	return filepath.Join(cache, "corpus-explorer", "index"), nil
}

// DefaultDir returns the index folder of a corpus: DefaultRoot/<key>, where
// the key comes from the corpus's origin (its folder), so that reopening a
// corpus whose files changed updates its index in place. Corpora that do not
// come from a folder (embedded or in-memory file systems) are keyed by
// their content hashes too.
func DefaultDir(c *corpus.Corpus) (string, error) {
	root, err := DefaultRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, Key(c)), nil
}

// Key returns the folder name DefaultDir uses for a corpus.
func Key(c *corpus.Corpus) string {
	h := sha256.New()
	h.Write([]byte(c.Origin))
	if c.Root == "" || strings.HasPrefix(c.Origin, "fs:") {
		for _, d := range c.Docs {
			h.Write([]byte{0})
			h.Write([]byte(d.Hash))
		}
	}
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, c.Name)
	if len(name) > 32 {
		name = name[:32]
	}
	return name + "-" + hex.EncodeToString(h.Sum(nil))[:16]
}

// openDisk opens the index in dir, creating or rebuilding it as needed. It
// returns the index, whether it is persistent, and a notice for the user
// when something unusual happened. A panic inside Bleve (a corrupt file) is
// turned into a rebuild.
func openDisk(dir string) (bi bleve.Index, persistent bool, notice string, err error) {
	if _, statErr := os.Stat(filepath.Join(dir, "index_meta.json")); statErr == nil {
		bi, err = safeOpen(dir)
		switch {
		case err == nil:
			v, verr := bi.GetInternal(keyVersion)
			if verr == nil && string(v) == MappingVersion {
				if _, cerr := bi.DocCount(); cerr == nil {
					return bi, true, "", nil
				}
			}
			bi.Close()
			notice = "the index was made by an older version of Corpus Explorer and is being rebuilt"
		case isLocked(err):
			mem, merr := newMem()
			if merr != nil {
				return nil, false, "", merr
			}
			return mem, false, fmt.Sprintf("the index in %s is in use by another Corpus Explorer window, so this one searches a temporary in-memory index", dir), nil
		default:
			notice = fmt.Sprintf("the index was damaged (%v) and is being rebuilt", err)
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, false, "", fmt.Errorf("%w: removing the old index: %w", ErrIndex, err)
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return nil, false, "", fmt.Errorf("%w: %w", ErrIndex, err)
	}
	m, err := newMapping()
	if err != nil {
		return nil, false, "", fmt.Errorf("%w: mapping: %w", ErrIndex, err)
	}
	bi, err = bleve.NewUsing(dir, m, scorch.Name, scorch.Name, scorchConfig())
	if err != nil {
		return nil, false, "", fmt.Errorf("%w: creating %s: %w", ErrIndex, dir, err)
	}
	if err := bi.SetInternal(keyVersion, []byte(MappingVersion)); err != nil {
		bi.Close()
		return nil, false, "", fmt.Errorf("%w: %w", ErrIndex, err)
	}
	return bi, true, notice, nil
}

// safeOpen opens an existing index, turning a panic into an error.
func safeOpen(dir string) (bi bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			bi, err = nil, fmt.Errorf("%w: opening the index panicked: %v", ErrIndex, r)
		}
	}()
	return bleve.OpenUsing(dir, scorchConfig())
}

// isLocked reports whether an open failed because another process holds
// the index.
func isLocked(err error) bool {
	return errors.Is(err, bolt.ErrTimeout) || strings.Contains(err.Error(), "timeout")
}

// scorchConfig is the runtime configuration of persisted indexes. Batches
// return once searchable and are written to disk in the background: a
// crash loses at most the last batches, together with their signatures, so
// the next Open indexes them again.
func scorchConfig() map[string]any {
	return map[string]any{"bolt_timeout": lockTimeout, "unsafe_batch": true}
}

func newMem() (bleve.Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("%w: mapping: %w", ErrIndex, err)
	}
	bi, err := bleve.NewMemOnly(m)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrIndex, err)
	}
	return bi, nil
}
