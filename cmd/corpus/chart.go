package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/charts"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
)

func init() {
	register(command{name: "chart", summary: "draw a chart of actor mentions (PNG, SVG, PDF) and its data (CSV)", run: runChart})
}

// chartFlags are `corpus chart`'s own flags.
type chartFlags struct {
	actorsFile string
	kind       string
	actors     stringList
	per1000    bool
	transpose  bool
	bucket     string
	width      int
	height     int
	dpi        int
	maxDocs    int
	caption    bool
	title      string
	out        string
	csv        string
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func (f *chartFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&f.actorsFile, "actors", "", "actor registry YAML (default: the seeds' registry)")
	fs.StringVar(&f.kind, "kind", "mentions", "chart kind: mentions, dispersion, heatmap, trend or similarity")
	fs.Var(&f.actors, "actor", "an actor to show, by name or alias (repeat; default: the 10 most mentioned)")
	fs.BoolVar(&f.per1000, "per-1000", false, "mentions per 1,000 words instead of raw counts")
	fs.BoolVar(&f.transpose, "transpose", false, "documents on the vertical axis (mentions, heatmap)")
	fs.StringVar(&f.bucket, "bucket", "auto", "trend time step: auto, day, week or month")
	fs.IntVar(&f.width, "width", charts.DefaultWidth, "width in pixels")
	fs.IntVar(&f.height, "height", charts.DefaultHeight, "height in pixels")
	fs.IntVar(&f.dpi, "dpi", charts.DefaultDPI, "resolution of the PNG (and the physical size of SVG and PDF)")
	fs.IntVar(&f.maxDocs, "max-docs", 0, "show at most this many documents, the most mentioned (0: a legible default)")
	fs.BoolVar(&f.caption, "caption", false, "add a caption stating the corpus, actors, normalisation and date")
	fs.StringVar(&f.title, "title", "", "replace the chart's title")
	fs.StringVar(&f.out, "out", "", "output file: .png, .svg or .pdf (required)")
	fs.StringVar(&f.csv, "csv", "", "also write the data behind the chart to this .csv file")
}

func runChart(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("chart", "[-corpus DIR] [-actors FILE] -kind mentions|dispersion|heatmap|trend|similarity [-actor NAME]... [-per-1000] [-width PX] [-height PX] [-caption] -out FILE.(png|svg|pdf) [-csv FILE]", stderr)
	var cf corpusFlags
	cf.add(fs)
	var f chartFlags
	f.add(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	o, err := f.options()
	if err != nil {
		return err
	}
	reg, err := loadRegistry(f.actorsFile)
	if err != nil {
		return err
	}
	if o.Actors, err = resolveActors(reg, f.actors); err != nil {
		return err
	}
	c, err := cf.load(stderr)
	if err != nil {
		return err
	}
	counts, err := actors.Count(c, reg, actors.Options{})
	if err != nil {
		return fmt.Errorf("counting actors: %w", err)
	}
	d := charts.Data{Corpus: c, Counts: counts}
	if o.Kind == charts.Similarity {
		if d.Similarity, err = chartSimilarity(d, o); err != nil {
			return err
		}
		if n := len(d.Similarity.IDs); o.Title == "" && n < len(c.Docs) {
			o.Title = fmt.Sprintf("Document similarity — top %d of %d documents by mentions", n, len(c.Docs))
		}
	}
	o.Provenance = "corpus chart"
	ch, err := charts.New(d, o)
	if err != nil {
		return chartError(err)
	}
	if err := ch.Save(f.out); err != nil {
		return chartError(err)
	}
	fmt.Fprintf(stdout, "wrote %s (%s)\n", f.out, ch.Title())
	if f.csv != "" {
		if err := ch.Save(f.csv); err != nil {
			return chartError(err)
		}
		fmt.Fprintf(stdout, "wrote %s\n", f.csv)
	}
	return nil
}

// options checks the flags that need no corpus and turns them into chart
// options, so mistakes fail before a long load.
func (f *chartFlags) options() (charts.Options, error) {
	kind, err := charts.ParseKind(f.kind)
	if err != nil {
		return charts.Options{}, usageError("%v", err)
	}
	if f.out == "" {
		return charts.Options{}, usageError("-out FILE.png|.svg|.pdf is required")
	}
	switch strings.ToLower(filepath.Ext(f.out)) {
	case ".png", ".svg", ".pdf":
	default:
		return charts.Options{}, usageError("unsupported output extension %q for %s (use .png, .svg or .pdf)", filepath.Ext(f.out), f.out)
	}
	if f.csv != "" && strings.ToLower(filepath.Ext(f.csv)) != ".csv" {
		return charts.Options{}, usageError("the -csv file must end in .csv: %s", f.csv)
	}
	bucket := charts.Bucket(f.bucket)
	switch bucket {
	case "auto":
		bucket = charts.BucketAuto
	case charts.BucketDay, charts.BucketWeek, charts.BucketMonth:
	default:
		return charts.Options{}, usageError("unknown bucket %q (use auto, day, week or month)", f.bucket)
	}
	if f.width < 100 || f.height < 100 || f.width > 20000 || f.height > 20000 || f.dpi < 24 || f.dpi > 1200 {
		return charts.Options{}, usageError("size %d×%d px at %d DPI is out of range (100–20000 px, 24–1200 DPI)", f.width, f.height, f.dpi)
	}
	return charts.Options{Kind: kind, Per1000: f.per1000, Transpose: f.transpose, Bucket: bucket, MaxDocs: f.maxDocs,
		Caption: f.caption, Title: f.title, Width: f.width, Height: f.height, DPI: f.dpi}, nil
}

// chartError gives chart errors about the user's input exit code 1.
func chartError(err error) error {
	if errors.Is(err, charts.ErrKind) || errors.Is(err, charts.ErrActor) || errors.Is(err, charts.ErrFormat) || errors.Is(err, charts.ErrNoData) {
		return &exitError{code: 1, err: err}
	}
	return err
}

// chartSimilarity computes document similarity for the documents a
// similarity chart will show (the most mentioned ones).
func chartSimilarity(d charts.Data, o charts.Options) (*compareMatrix, error) {
	n := o.MaxDocs
	if n <= 0 {
		n = 30
	}
	ids, err := charts.TopDocuments(d, o, n)
	if err != nil {
		return nil, chartError(err)
	}
	return compare.SubsetSimilarities(context.Background(), d.Corpus, ids)
}
