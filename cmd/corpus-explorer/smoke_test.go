package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSmoke starts the real binary in a real X window under Xvfb, waits for
// the window, screenshots it, and fails if the window is absent or did not
// render (a blank or nearly uniform picture). It then switches to each tab
// with Ctrl+1…5 and checks that every tab draws something different.
//
// It runs when CE_SMOKE=1 (make test sets it); with CE_SCREENSHOTS=DIR the
// screenshots are kept there (make screenshots regenerates the README's).
func TestSmoke(t *testing.T) {
	if os.Getenv("CE_SMOKE") != "1" {
		t.Skip("set CE_SMOKE=1 to run the GUI smoke test (needs Xvfb, xdotool, ImageMagick: scripts/setup.sh)")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("the smoke test needs %s: run scripts/setup.sh", tool)
		}
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "corpus-explorer")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	shots := os.Getenv("CE_SCREENSHOTS")
	if shots == "" {
		shots = filepath.Join(tmp, "shots")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	display := startXvfb(t)
	home := filepath.Join(tmp, "home")
	os.MkdirAll(filepath.Join(home, ".cache"), 0o755)
	env := append(os.Environ(), "DISPLAY="+display, "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"))

	var logBuf syncBuffer
	app := exec.Command(bin)
	app.Env = env
	app.Stdout, app.Stderr = &logBuf, &logBuf
	// After a kill, do not wait for ever on pipes a child process may hold.
	app.WaitDelay = 5 * time.Second
	start := time.Now()
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	t.Cleanup(func() {
		app.Process.Kill()
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			t.Log("the app did not exit 15 s after being killed")
		}
		if t.Failed() {
			t.Logf("app output:\n%s", logBuf.String())
		}
	})

	win := waitWindow(t, display, env, exited)
	shot := filepath.Join(shots, "window.png")
	img := waitRendered(t, display, shot, 30*time.Second)
	t.Logf("window %s visible and rendered %.2fs after start", win, time.Since(start).Seconds())
	if d := distinctColours(img); d < 12 {
		t.Fatalf("the window looks blank: %d distinct colours in %s", d, shot)
	}

	tabs := []string{"read", "compare", "actors", "search", "concordance"}
	seen := map[string]string{}
	for i, name := range tabs {
		// Xvfb runs no window manager, so focus the window directly.
		xdo(t, env, "windowfocus", "--sync", win)
		xdo(t, env, "key", "--clearmodifiers", "ctrl+"+strconv.Itoa(i+1))
		time.Sleep(1500 * time.Millisecond)
		path := filepath.Join(shots, "tab-"+name+".png")
		img := screenshot(t, display, path)
		if d := distinctColours(img); d < 12 {
			t.Errorf("tab %s looks blank (%d colours): %s", name, d, path)
		}
		sig := signature(img)
		if other, dup := seen[sig]; dup {
			t.Errorf("Ctrl+%d (%s) shows the same picture as %s: the shortcut did not switch tabs", i+1, name, other)
		}
		seen[sig] = name
		if q, ok := smokeQueries[name]; ok {
			// Ctrl+F focuses the tab's query field; typing searches.
			xdo(t, env, "key", "--clearmodifiers", "ctrl+f")
			time.Sleep(500 * time.Millisecond)
			xdo(t, env, "type", "--delay", "60", q)
			time.Sleep(3 * time.Second)
			after := screenshot(t, display, path)
			if signature(after) == sig {
				t.Errorf("typing %q into the %s tab after Ctrl+F changed nothing: %s", q, name, path)
			}
		}
	}
	select {
	case err := <-exited:
		t.Fatalf("the app exited during the test: %v", err)
	default:
	}
}

// smokeQueries are typed into the tabs with a query field, so the
// screenshots show them at work.
var smokeQueries = map[string]string{
	"search":      `Maduro exile~1`,
	"concordance": "Maduro",
}

func startXvfb(t *testing.T) string {
	t.Helper()
	n := 90
	for ; n < 200; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); os.IsNotExist(err) {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); os.IsNotExist(err) {
				break
			}
		}
	}
	display := ":" + strconv.Itoa(n)
	x := exec.Command("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	for i := 0; i < 100; i++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			return display
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("Xvfb did not start")
	return ""
}

func xdo(t *testing.T, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command("xdotool", args...)
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Logf("xdotool %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

func waitWindow(t *testing.T, display string, env []string, exited chan error) string {
	t.Helper()
	deadline := time.Now().Add(120 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("the app exited before showing a window: %v", err)
		default:
		}
		cmd := exec.Command("xdotool", "search", "--onlyvisible", "--name", "Corpus Explorer")
		cmd.Env = env
		if out, err := cmd.Output(); err == nil {
			if ids := strings.Fields(string(out)); len(ids) > 0 {
				return ids[0]
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("no window titled \"Corpus Explorer\" appeared within 60 s")
	return ""
}

func screenshot(t *testing.T, display, path string) image.Image {
	t.Helper()
	cmd := exec.Command("import", "-window", "root", path)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v\n%s", err, out)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	return img
}

// waitRendered takes screenshots until the picture stops being blank (the
// first frames can be empty while the corpus loads) or the time is up.
func waitRendered(t *testing.T, display, path string, within time.Duration) image.Image {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		img := screenshot(t, display, path)
		if distinctColours(img) >= 12 || time.Now().After(deadline) {
			return img
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// distinctColours counts distinct colours on a coarse grid, capped at 1000.
func distinctColours(img image.Image) int {
	b := img.Bounds()
	seen := map[uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>8)<<16|(g>>8)<<8|bl>>8] = true
			if len(seen) >= 1000 {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// signature summarises a picture coarsely, to tell different screens apart.
func signature(img image.Image) string {
	b := img.Bounds()
	var sb strings.Builder
	for y := b.Min.Y; y < b.Max.Y; y += 16 {
		for x := b.Min.X; x < b.Max.X; x += 16 {
			r, g, bl, _ := img.At(x, y).RGBA()
			fmt.Fprintf(&sb, "%02x%02x%02x", r>>12, g>>12, bl>>12)
		}
	}
	return sb.String()
}

// syncBuffer collects the app's output; the exec package writes it from its
// own goroutine while the test may read it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
