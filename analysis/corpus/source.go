package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Source says where a corpus comes from: an fs.FS (the embedded seeds), or
// paths on disk (folders, walked recursively, and files).
type Source struct {
	// Name is the corpus's display name; empty means derived from the source.
	Name string
	// FS, when set, is read from its root and Paths are ignored.
	FS fs.FS
	// Paths are files and folders on disk.
	Paths []string
}

// FromFS returns a source reading every supported file of fsys.
func FromFS(fsys fs.FS, name string) Source { return Source{FS: fsys, Name: name} }

// FromPaths returns a source reading the given files and folders.
func FromPaths(paths ...string) Source { return Source{Paths: paths} }

// file is one file to load.
type file struct {
	rel  string // path relative to the root, slash-separated
	path string // where to read it: an absolute path, or the FS path
	size int64  // -1 when not known until the file is opened
}

// listFS lists the supported files of an fs.FS.
func listFS(fsys fs.FS) ([]file, []Problem, error) {
	var files []file
	var problems []Problem
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, Problem{Path: p, Err: fmt.Errorf("%w: %v", ErrUnreadable, err), Skipped: true})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || hidden(d.Name()) || d.Name() == ManifestName || !Supported(d.Name()) {
			return nil
		}
		var size int64
		if info, err := d.Info(); err == nil {
			size = info.Size()
		}
		files = append(files, file{rel: displayName(p), path: p, size: size})
		return nil
	})
	return files, problems, err
}

// listPaths resolves folders and files on disk into a list of files relative
// to a common root. Folders are walked recursively, following symbolic links
// to folders once (a link loop is reported, not followed). Hidden files and
// folders are skipped; unsupported files are reported.
func listPaths(paths []string) (root string, files []file, problems []Problem, err error) {
	if len(paths) == 0 {
		return "", nil, nil, errors.New("corpus: no paths given")
	}
	abs := make([]string, 0, len(paths))
	for _, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			return "", nil, nil, fmt.Errorf("corpus: %s: %w", p, err)
		}
		abs = append(abs, filepath.Clean(a))
	}
	root = commonRoot(abs)
	w := walker{root: root, visited: map[string]bool{}, seen: map[string]bool{}}
	for _, a := range abs {
		info, err := os.Stat(a)
		if err != nil {
			w.problem(a, fmt.Errorf("%w: %v", ErrUnreadable, unwrapPathError(err)))
			continue
		}
		if info.IsDir() {
			w.walkDir(a)
			continue
		}
		w.addFile(a, info, true)
	}
	sort.Slice(w.files, func(i, j int) bool { return w.files[i].rel < w.files[j].rel })
	return root, w.files, w.problems, nil
}

// commonRoot returns the folder that contains every path: the path itself
// when there is a single folder, else the deepest common parent.
func commonRoot(abs []string) string {
	if len(abs) == 1 {
		if info, err := os.Stat(abs[0]); err == nil && info.IsDir() {
			return abs[0]
		}
		return filepath.Dir(abs[0])
	}
	root := abs[0]
	if info, err := os.Stat(root); err != nil || !info.IsDir() {
		root = filepath.Dir(root)
	}
	for _, p := range abs[1:] {
		for root != filepath.Dir(root) && !strings.HasPrefix(p+string(filepath.Separator), root+string(filepath.Separator)) {
			root = filepath.Dir(root)
		}
	}
	return root
}

type walker struct {
	root     string
	visited  map[string]bool // real paths of folders walked
	seen     map[string]bool // absolute paths of files added
	files    []file
	problems []Problem
}

// rel returns p relative to the root, slash-separated and valid UTF-8 (see
// displayName).
func (w *walker) rel(p string) string {
	r, err := filepath.Rel(w.root, p)
	if err != nil {
		return displayName(filepath.ToSlash(p))
	}
	return displayName(filepath.ToSlash(r))
}

// displayName makes a file name valid UTF-8 for IDs, messages and JSON: a
// byte that is not UTF-8 (a name written in Latin-1, say) is read as
// Windows-1252, so "caf\xe9" becomes "café". The file is still opened by its
// raw name.
func displayName(name string) string {
	if utf8.ValidString(name) {
		return name
	}
	s, _ := decodeUTF8([]byte(name), true)
	return s
}

func (w *walker) problem(p string, err error) {
	w.problems = append(w.problems, Problem{Path: w.rel(p), Err: err, Skipped: true})
}

func (w *walker) walkDir(dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.problem(dir, fmt.Errorf("%w: %v", ErrUnreadable, unwrapPathError(err)))
		return
	}
	if w.visited[real] {
		w.problem(dir, fmt.Errorf("%w: symbolic link loop (already walked %s)", ErrUnreadable, real))
		return
	}
	w.visited[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.problem(dir, fmt.Errorf("%w: folder: %v", ErrUnreadable, unwrapPathError(err)))
		// ReadDir returns the entries it could read before the error.
	}
	for _, e := range entries {
		if hidden(e.Name()) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if e.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				w.problem(p, fmt.Errorf("%w: broken symbolic link", ErrUnreadable))
				continue
			}
			if info.IsDir() {
				w.walkDir(p)
			} else {
				w.addFile(p, info, false)
			}
			continue
		}
		if e.IsDir() {
			w.walkDir(p)
			continue
		}
		if e.Name() == ManifestName && dir == w.root {
			continue
		}
		// The directory entry's type is enough to list a regular file; its
		// size is read when the file is opened, by the loading workers (a
		// stat per file, done serially here, dominates walking big folders
		// on slow file systems).
		if e.Type().IsRegular() {
			w.add(p, -1)
			continue
		}
		info, err := e.Info()
		if err != nil {
			w.problem(p, fmt.Errorf("%w: %v", ErrUnreadable, unwrapPathError(err)))
			continue
		}
		w.addFile(p, info, false)
	}
}

func (w *walker) addFile(p string, info fs.FileInfo, explicit bool) {
	if !info.Mode().IsRegular() {
		if explicit {
			w.problem(p, fmt.Errorf("%w: not a regular file", ErrUnsupported))
		}
		return
	}
	w.add(p, info.Size())
}

// add lists a regular file (size -1 when not yet known).
func (w *walker) add(p string, size int64) {
	if !Supported(p) {
		w.problem(p, fmt.Errorf("%w: %q (readable: %s)", ErrUnsupported, path.Ext(p), strings.Join(sortedExtensions(), " ")))
		return
	}
	if w.seen[p] {
		return
	}
	w.seen[p] = true
	w.files = append(w.files, file{rel: w.rel(p), path: p, size: size})
}

func sortedExtensions() []string {
	e := Extensions()
	sort.Strings(e)
	return e
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") && name != "." && name != ".." }

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
