package charts

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"flag"
	"image"
	"image/draw"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/golden")

// kindCases are the charts every format and golden test renders.
var kindCases = []struct {
	name string
	o    Options
}{
	{"mentions", Options{Kind: Mentions}},
	{"mentions_per1000_transposed", Options{Kind: Mentions, Per1000: true, Transpose: true}},
	{"dispersion", Options{Kind: Dispersion}},
	{"heatmap", Options{Kind: Heatmap, Per1000: true}},
	{"heatmap_transposed", Options{Kind: Heatmap, Transpose: true}},
	{"trend", Options{Kind: Trend, Per1000: true}},
	{"similarity", Options{Kind: Similarity}},
	{"mentions_caption", Options{Kind: Mentions, Caption: true, Provenance: "test run"}},
}

func TestFormatsValid(t *testing.T) {
	d := seedData(t)
	pdftoppm, _ := exec.LookPath("pdftoppm")
	for _, tc := range kindCases {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.o
			o.Width, o.Height = 900, 600
			ch, err := New(d, o)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			for _, ext := range []string{"png", "svg", "pdf", "csv"} {
				path := filepath.Join(dir, "chart."+ext)
				if err := ch.Save(path); err != nil {
					t.Fatalf("Save %s: %v", ext, err)
				}
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				switch ext {
				case "png":
					img, err := png.Decode(bytes.NewReader(data))
					if err != nil {
						t.Fatalf("PNG does not decode: %v", err)
					}
					if b := img.Bounds(); b.Dx() != 900 || b.Dy() != 600 {
						t.Errorf("PNG is %v, want 900×600", b.Size())
					}
				case "svg":
					checkXML(t, data)
					if !bytes.Contains(data, []byte("Arial")) {
						t.Error("SVG text names no metric-compatible fallback font")
					}
				case "pdf":
					if !bytes.HasPrefix(data, []byte("%PDF")) {
						t.Fatalf("PDF starts %q", data[:8])
					}
					if pdftoppm != "" {
						out := filepath.Join(dir, "page")
						if msg, err := exec.Command(pdftoppm, "-png", "-r", "40", "-singlefile", path, out).CombinedOutput(); err != nil {
							t.Fatalf("pdftoppm: %v %s", err, msg)
						}
						f, err := os.Open(out + ".png")
						if err != nil {
							t.Fatal(err)
						}
						_, err = png.Decode(f)
						f.Close()
						if err != nil {
							t.Fatalf("rendered PDF page: %v", err)
						}
					}
					if pdftotext, err := exec.LookPath("pdftotext"); err == nil && tc.o.Kind != Similarity {
						txt, err := exec.Command(pdftotext, path, "-").Output()
						if err != nil {
							t.Fatal(err)
						}
						if !strings.Contains(string(txt), "Nicolás Maduro") {
							t.Errorf("the PDF's text lacks the legend's “Nicolás Maduro”: %q", txt)
						}
					}
				case "csv":
					rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
					if err != nil {
						t.Fatalf("CSV: %v", err)
					}
					if len(rows) < 2 || !strings.HasPrefix(rows[0][0], "document") && !strings.HasPrefix(rows[0][0], "bucket") && !strings.HasPrefix(rows[0][0], "first") {
						t.Errorf("CSV header %v, %d rows", rows[0], len(rows))
					}
				}
			}
			if leftovers, _ := filepath.Glob(filepath.Join(dir, ".*tmp")); len(leftovers) > 0 {
				t.Errorf("temporary files left: %v", leftovers)
			}
		})
	}
	if pdftoppm == "" {
		t.Log("pdftoppm not installed: PDFs were checked for their header only")
	}
}

// checkXML fails unless data is well-formed XML with an svg root.
func checkXML(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		t.Errorf("SVG root element %q", root)
	}
}

func TestSaveKeepsOldFileOnError(t *testing.T) {
	ch, err := New(handData(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "missing-dir", "chart.png")
	if err := ch.Save(path); err == nil {
		t.Error("Save into a missing folder succeeded")
	}
}

// goldenCompare compares img with testdata/golden/name.png (or rewrites it
// with -update). Images may differ in at most 0.5 % of pixels by more than
// a small tolerance, so font rasterisation noise does not fail the test.
func goldenCompare(t *testing.T, name string, img image.Image) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".png")
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		var buf bytes.Buffer
		png.Encode(&buf, img)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if want.Bounds() != img.Bounds() {
		t.Fatalf("size %v, golden %v", img.Bounds(), want.Bounds())
	}
	got, exp := toNRGBA(img), toNRGBA(want)
	diff, b := 0, img.Bounds()
	for i := 0; i+3 < len(got.Pix); i += 4 {
		for k := 0; k < 3; k++ {
			if absDiff(uint32(got.Pix[i+k]), uint32(exp.Pix[i+k])) > 0x20 {
				diff++
				break
			}
		}
	}
	if limit := b.Dx() * b.Dy() / 200; diff > limit {
		out := filepath.Join(t.TempDir(), name+".png")
		var buf bytes.Buffer
		png.Encode(&buf, img)
		os.WriteFile(out, buf.Bytes(), 0o644)
		t.Errorf("%d pixels differ from %s (limit %d); got %s", diff, path, limit, out)
	}
}

// toNRGBA copies img into an NRGBA image for fast pixel access.
func toNRGBA(img image.Image) *image.NRGBA {
	out := image.NewNRGBA(img.Bounds())
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	return out
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestGoldenHand(t *testing.T) {
	d := handData()
	for _, tc := range kindCases {
		t.Run(tc.name, func(t *testing.T) {
			ch, err := New(d, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			goldenCompare(t, "hand_"+tc.name, ch.Image(900, 560))
		})
	}
}

func TestGoldenSeeds(t *testing.T) {
	d := seedData(t)
	for _, tc := range kindCases {
		t.Run(tc.name, func(t *testing.T) {
			ch, err := New(d, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			goldenCompare(t, "seeds_"+tc.name, ch.Image(900, 560))
		})
	}
}
