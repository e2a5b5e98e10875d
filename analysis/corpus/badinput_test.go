package corpus

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestBadInputLoadsTheRest puts one bad file of each kind beside a good
// one: each bad file gets a problem naming it and saying why, and the good
// file loads.
func TestBadInputLoadsTheRest(t *testing.T) {
	bad := map[string]struct {
		data    []byte
		reason  string
		skipped bool
	}{
		"empty.txt":       {nil, "empty file", true},
		"blank.txt":       {[]byte(" \n\t\r\n  "), "only white space", true},
		"image.txt":       {[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "PNG image", true},
		"program.md":      {[]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"), "ELF executable", true},
		"scripts.html":    {[]byte("<html><head><script>var a=1</script><style>p{}</style></head><body></body></html>"), "no readable body text", true},
		"scan.pdf":        {pdfWithContent("q 0 0 m 10 10 l S Q", ""), "no text layer", true},
		"broken.pdf":      {textPDF()[:200], "truncated", true},
		"notzip.docx":     {[]byte("plain text pretending to be Word"), "bad zip", true},
		"mixed.txt":       {[]byte("caf\xc3\xa9 and \xa310 plus some words."), "mixed encoding", false},
		"unknown.xyz.rtf": {[]byte("{\\rtf1 hello}"), "unsupported", true},
	}
	files := map[string][]byte{"good.txt": []byte("A good headline\n\nThe article text. It loads.")}
	for name, b := range bad {
		files[name] = b.data
	}
	c := loadMap(t, files, Options{})
	if len(c.Docs) != 2 || c.ByID("good") == nil || c.ByID("mixed") == nil {
		t.Fatalf("loaded %d docs, want good and mixed; problems %v", len(c.Docs), c.Problems)
	}
	for name, b := range bad {
		if strings.HasSuffix(name, ".rtf") {
			continue // not listed from an fs.FS: unsupported files are ignored there
		}
		p := problemFor(t, c, name)
		if !strings.Contains(p.String(), b.reason) || !strings.HasPrefix(p.String(), name+": ") || p.Skipped != b.skipped {
			t.Errorf("%s: problem %q (skipped %v), want reason %q (skipped %v)", name, p, p.Skipped, b.reason, b.skipped)
		}
	}
	for _, d := range c.Docs {
		checkDocument(t, d)
	}
}

func TestLongLine(t *testing.T) {
	line := strings.Repeat("word ", 2<<20) // 10 MB, no newline
	c := loadMap(t, map[string][]byte{"long.txt": []byte(line)}, Options{})
	if len(c.Docs) != 1 {
		t.Fatalf("problems: %v", c.Problems)
	}
	d := c.Docs[0]
	if d.Words != 2<<20 || len(d.Paragraphs) != 1 {
		t.Errorf("words %d, paragraphs %d", d.Words, len(d.Paragraphs))
	}
	checkDocument(t, d)
}

func TestHugeFileRefused(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "dump.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(300 << 20); err != nil { // sparse: no disk, no RAM
		t.Fatal(err)
	}
	f.Close()
	os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("Fine text here."), 0o644)
	c, err := Load(context.Background(), FromPaths(dir), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := problemFor(t, c, "dump.txt")
	if !errorsIs(p.Err, ErrTooLarge) || !strings.Contains(p.Err.Error(), "300.0 MB") || !strings.Contains(p.Err.Error(), "64.0 MB") {
		t.Errorf("problem = %v", p)
	}
	if len(c.Docs) != 1 {
		t.Errorf("docs = %d", len(c.Docs))
	}
}

func TestSymlinkLoopAndOddNames(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "a.txt"), []byte("Text in a."), 0o644)
	if err := os.Symlink(dir, filepath.Join(sub, "loop")); err != nil {
		t.Skip("no symlinks:", err)
	}
	os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "dangling.txt"))
	latin := filepath.Join(dir, "caf\xe9.txt")
	if err := os.WriteFile(latin, []byte("Text in a Latin-1 named file."), 0o644); err != nil {
		t.Skip("file system refuses non-UTF-8 names:", err)
	}
	c, err := Load(context.Background(), FromPaths(dir), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.ByID("sub/a") == nil || c.ByID("café") == nil || len(c.Docs) != 2 {
		t.Errorf("docs: %v; problems %v", ids(c), c.Problems)
	}
	if p := problemFor(t, c, "sub/loop"); !strings.Contains(p.Err.Error(), "loop") {
		t.Errorf("loop problem = %v", p)
	}
	if p := problemFor(t, c, "dangling.txt"); !strings.Contains(p.Err.Error(), "broken symbolic link") {
		t.Errorf("dangling problem = %v", p)
	}
}

func ids(c *Corpus) []string {
	var out []string
	for _, d := range c.Docs {
		out = append(out, d.ID)
	}
	return out
}

func TestUnreadableDirectory(t *testing.T) {
	// On disk (skipped as root, who reads everything).
	if os.Geteuid() != 0 {
		dir := t.TempDir()
		locked := filepath.Join(dir, "locked")
		os.Mkdir(locked, 0o755)
		os.WriteFile(filepath.Join(locked, "x.txt"), []byte("hidden"), 0o644)
		os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("Visible text."), 0o644)
		os.Chmod(locked, 0)
		defer os.Chmod(locked, 0o755)
		c, err := Load(context.Background(), FromPaths(dir), Options{}, nil)
		if err != nil || len(c.Docs) != 1 {
			t.Fatalf("err %v", err)
		}
		if p := problemFor(t, c, "locked"); !errorsIs(p.Err, ErrUnreadable) {
			t.Errorf("problem = %v", p)
		}
	}
	// Simulated through an fs.FS whose folder cannot be listed.
	fsys := lockedFS{fstest.MapFS{"ok.txt": {Data: []byte("Visible text.")}, "locked/x.txt": {Data: []byte("hidden")}}}
	c, err := Load(context.Background(), FromFS(fsys, "t"), Options{}, nil)
	if err != nil || len(c.Docs) != 1 {
		t.Fatalf("fs: err %v, docs %v", err, ids(c))
	}
	if p := problemFor(t, c, "locked"); !errorsIs(p.Err, ErrUnreadable) || !strings.Contains(p.Err.Error(), "permission denied") {
		t.Errorf("fs problem = %v", p)
	}
}

// lockedFS refuses to list or open anything under "locked".
type lockedFS struct{ fstest.MapFS }

func (l lockedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == "locked" {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrPermission}
	}
	return l.MapFS.ReadDir(name)
}

func (l lockedFS) Open(name string) (fs.File, error) {
	if strings.HasPrefix(name, "locked/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return l.MapFS.Open(name)
}

func TestManySmallFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	const n = 20_000
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, string(rune('a'+i%20)))
		if i < 20 {
			os.Mkdir(sub, 0o755)
		}
		if err := os.WriteFile(filepath.Join(sub, strings.Repeat("x", 1+i%7)+"-"+strconv.Itoa(i)+".txt"), []byte("Story number "+strconv.Itoa(i)+" is short."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	calls, last := 0, 0
	c, err := Load(context.Background(), FromPaths(dir), Options{}, func(done, total int) { calls++; last = done })
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != n || len(c.Problems) != 0 || last != n || calls > 400 {
		t.Errorf("docs %d, problems %d, progress calls %d last %d", len(c.Docs), len(c.Problems), calls, last)
	}
}

func TestFileTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	stuck := func() (*Document, []Problem) { <-release; return &Document{}, nil }
	d, ps := buildWithin(context.Background(), 20*time.Millisecond, file{rel: "stuck.html"}, stuck)
	if d != nil || len(ps) != 1 || !errorsIs(ps[0].Err, ErrTimeout) || !ps[0].Skipped || ps[0].Path != "stuck.html" {
		t.Errorf("stuck: %v %v", d, ps)
	}
	panics := func() (*Document, []Problem) { panic("boom") }
	if d, ps = buildWithin(context.Background(), time.Minute, file{rel: "p.txt"}, panics); d != nil || !errorsIs(ps[0].Err, ErrCorrupt) {
		t.Errorf("panic: %v %v", d, ps)
	}
	quick := func() (*Document, []Problem) { return &Document{ID: "q"}, nil }
	for _, timeout := range []time.Duration{-1, time.Minute} {
		if d, _ = buildWithin(context.Background(), timeout, file{rel: "q.txt"}, quick); d == nil || d.ID != "q" {
			t.Errorf("timeout %v: %v", timeout, d)
		}
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	files := fstest.MapFS{}
	for i := 0; i < 50; i++ {
		files[strconv.Itoa(i)+".txt"] = &fstest.MapFile{Data: []byte("Some text.")}
	}
	if _, err := Load(ctx, FromFS(files, "t"), Options{}, nil); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
