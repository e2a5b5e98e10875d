package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// DefaultMaxFileSize is the largest file the loader reads unless
// [Options.MaxFileSize] says otherwise.
const DefaultMaxFileSize = 64 << 20

// Options tune a load. The zero value is ready to use.
type Options struct {
	// MaxFileSize is the largest file read, in bytes; bigger files are
	// skipped with a size message. 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// Workers is the number of files read at once; 0 means four per CPU
	// (GOMAXPROCS), so that waiting for slow file opens overlaps with
	// decoding other files.
	Workers int
	// FileTimeout bounds the time spent extracting one file; a file that
	// takes longer is skipped with ErrTimeout and the load goes on (its
	// reader is abandoned and finishes in the background). 0 means
	// DefaultFileTimeout; a negative value means no limit.
	FileTimeout time.Duration
	// NearDuplicates is the estimated Jaccard similarity of word 5-gram
	// sets at or above which a document is flagged as a near-duplicate of
	// an earlier one. 0 means DefaultNearDuplicate; a negative value turns
	// near-duplicate detection off (byte-identical copies are always
	// flagged).
	NearDuplicates float64
}

// DefaultFileTimeout is the time one file may take unless
// [Options.FileTimeout] says otherwise.
const DefaultFileTimeout = 30 * time.Second

// Progress is told how many of the files have been read. It is called from
// the goroutine that called Load, at most a few hundred times per load, and
// always for the last file.
type Progress func(done, total int)

// Load reads a corpus. It returns the documents that loaded and a Problem
// for each file that did not (or loaded with a caveat). The error is
// ctx.Err() when the load was cancelled, an error wrapping ErrNoDocuments
// (with the corpus and its problems still returned) when nothing loaded, or
// a non-nil error for a source that cannot be read at all.
func Load(ctx context.Context, src Source, opts Options, progress Progress) (*Corpus, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	if opts.Workers <= 0 {
		opts.Workers = 4 * runtime.GOMAXPROCS(0)
	}
	if opts.FileTimeout == 0 {
		opts.FileTimeout = DefaultFileTimeout
	}
	if opts.NearDuplicates == 0 {
		opts.NearDuplicates = DefaultNearDuplicate
	}
	c := &Corpus{Name: src.Name}
	var files []file
	var err error
	var read func(f file) ([]byte, error)
	var openManifest func() (io.ReadCloser, error)
	if src.FS != nil {
		c.Origin = "fs:" + src.Name
		if c.Name == "" {
			c.Name = "Embedded corpus"
		}
		files, c.Problems, err = listFS(src.FS)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		fsys := src.FS
		read = func(f file) ([]byte, error) {
			return readLimited(func() (fs.File, error) { return fsys.Open(f.path) }, f.size, opts.MaxFileSize)
		}
		openManifest = func() (io.ReadCloser, error) { return fsys.Open(ManifestName) }
	} else {
		c.Root, files, c.Problems, err = listPaths(src.Paths)
		if err != nil {
			return nil, err
		}
		c.Origin = originOf(src.Paths)
		if c.Name == "" {
			c.Name = filepath.Base(c.Root)
			if len(src.Paths) > 1 {
				c.Name = fmt.Sprintf("%s (%d items)", filepath.Base(c.Root), len(src.Paths))
			}
		}
		read = func(f file) ([]byte, error) { return readPath(f.path, f.size, opts.MaxFileSize) }
		root := c.Root
		openManifest = func() (io.ReadCloser, error) { return os.Open(filepath.Join(root, ManifestName)) }
	}
	// The manifest is parsed while the files load.
	type manifestResult struct {
		m   *Manifest
		err error
	}
	manifestDone := make(chan manifestResult, 1)
	go func() {
		m, err := readManifest(openManifest)
		manifestDone <- manifestResult{m, err}
	}()

	docs := make([]*Document, len(files))
	fileProblems := make([][]Problem, len(files))
	var sketches []sketch
	sketching := opts.NearDuplicates > 0
	if sketching {
		sketches = make([]sketch, len(files))
	}
	if err := runWorkers(ctx, len(files), opts.Workers, progress, func(i int) {
		f := files[i]
		if f.size > opts.MaxFileSize {
			fileProblems[i] = []Problem{{Path: f.rel, Err: tooLarge(f.size, opts.MaxFileSize), Skipped: true}}
			return
		}
		data, err := read(f)
		if err != nil {
			fileProblems[i] = []Problem{{Path: f.rel, Err: err, Skipped: true}}
			return
		}
		var sk sketch
		build := func() (*Document, []Problem) {
			d, ps := buildDocument(f, data, sketching)
			if d != nil {
				d.sketch, sk = nil, d.sketch
			}
			return d, ps
		}
		if len(data) <= directLimit && linearFormats[strings.ToLower(path.Ext(f.rel))] {
			docs[i], fileProblems[i] = buildDirect(f, build)
		} else {
			docs[i], fileProblems[i] = buildWithin(ctx, opts.FileTimeout, f, build)
		}
		if sketching && docs[i] != nil {
			sketches[i] = sk
		}
	}); err != nil {
		return nil, err
	}

	mr := <-manifestDone
	manifest := mr.m
	if mr.err != nil {
		c.Problems = append(c.Problems, Problem{Path: ManifestName, Err: mr.err})
	} else if manifest != nil {
		c.Problems = append(c.Problems, manifest.Problems...)
	}
	ids := make(map[string]bool, len(docs))
	var kept []sketch
	rels := make([]string, 0, len(docs)) // rels[k] is c.Docs[k]'s file, relative to the root
	for i, d := range docs {
		c.Problems = append(c.Problems, fileProblems[i]...)
		if d == nil {
			continue
		}
		if sketches != nil {
			kept = append(kept, sketches[i])
		}
		d.ID = strings.TrimSuffix(files[i].rel, path.Ext(files[i].rel))
		if ids[d.ID] {
			d.ID = files[i].rel
		}
		ids[d.ID] = true
		if src.FS != nil {
			d.Path = "seeds:" + files[i].rel
		} else {
			d.Path = files[i].path
		}
		c.Docs = append(c.Docs, d)
		rels = append(rels, files[i].rel)
	}
	// Duplicate marking (DuplicateOf, NearDuplicate) runs alongside the
	// manifest (Title, Source, Date, URL, Tags) and the ID index: they
	// touch different fields.
	dupsDone := make(chan struct{})
	go func() {
		defer close(dupsDone)
		MarkDuplicates(c.Docs)
		if sketches != nil {
			markNearDuplicates(c.Docs, kept, opts.NearDuplicates)
		}
	}()
	if manifest != nil {
		applyManifest(c, manifest, files, rels)
	}
	c.index()
	<-dupsDone
	if len(c.Docs) == 0 {
		return c, fmt.Errorf("%w from %s (%d files tried)", ErrNoDocuments, c.Name, len(files))
	}
	return c, nil
}

func originOf(paths []string) string {
	abs := make([]string, len(paths))
	for i, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			a = p
		}
		abs[i] = filepath.Clean(a)
	}
	return strings.Join(abs, "\n")
}

// buildDocument extracts, normalises and splits one file; with sketching it
// also sketches the content for near-duplicate detection (in the same pass
// that counts the words).
func buildDocument(f file, data []byte, sketching bool) (*Document, []Problem) {
	ext := strings.ToLower(path.Ext(f.rel))
	extract := extractors[ext]
	if extract == nil {
		return nil, []Problem{{Path: f.rel, Err: fmt.Errorf("%w: %q", ErrUnsupported, ext), Skipped: true}}
	}
	sum := sha256.Sum256(data)
	ex, err := safeExtract(extract, data)
	if err != nil {
		return nil, []Problem{{Path: f.rel, Err: err, Skipped: true}}
	}
	text := Normalize(ex.Text)
	if text == "" {
		if len(data) == 0 {
			return nil, []Problem{{Path: f.rel, Err: ErrEmpty, Skipped: true}}
		}
		return nil, []Problem{{Path: f.rel, Err: fmt.Errorf("%w: only white space", ErrNoText), Skipped: true}}
	}
	d := &Document{
		Format:   formatNames[ext],
		Encoding: ex.Encoding,
		Size:     int64(len(data)),
		Hash:     hex.EncodeToString(sum[:]),
		Text:     text,
		Source:   ex.Source,
		URL:      ex.URL,
		Date:     ex.Date,
	}
	d.Paragraphs = Paragraphs(text)
	d.Sentences = Sentences(text, d.Paragraphs)
	d.Boilerplate = DetectBoilerplate(text, d.Paragraphs)
	if sketching {
		d.sketch, d.Words = newSketch(text, 0, d.ContentEnd())
	} else {
		d.Words = CountWords(text, 0, d.ContentEnd())
	}
	d.Title = strings.TrimSpace(ex.Title)
	if d.Title == "" {
		d.Title = GuessTitle(text, d.Sentences)
	}
	var problems []Problem
	if ex.Encoding == "utf-8+windows-1252" {
		problems = append(problems, Problem{Path: f.rel, Err: errors.New("mixed encoding: invalid UTF-8 bytes were read as Windows-1252")})
	}
	return d, problems
}

// safeExtract runs a format reader and turns a panic inside a third-party
// parser into an error, so one hostile file cannot take the load down.
func safeExtract(fn Extractor, data []byte) (ex Extracted, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: the reader failed (%v)", ErrCorrupt, r)
		}
	}()
	return fn(data)
}
