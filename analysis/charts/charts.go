// Package charts draws Corpus Explorer's charts of actor mentions with
// gonum/plot: grouped bars (Mentions), where in each document actors come up
// (Dispersion), an actors × documents grid (Heatmap), mentions over time
// (Trend) and document similarity (Similarity). A [Chart] renders to PNG,
// SVG or PDF, to an image for the app, and writes the data behind it as CSV;
// [Chart.At] tells which document, actor or mention is under a pixel so the
// app can open the reader there. The package knows data, not widgets: it
// never imports Fyne.
package charts

import (
	"errors"
	"fmt"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/compare"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// Sentinel errors; New and the writers wrap them with details.
var (
	// ErrKind reports an unknown chart kind.
	ErrKind = errors.New("charts: unknown chart kind")
	// ErrNoData reports that there is nothing to draw (no counts, no
	// documents, no actors, no similarity matrix).
	ErrNoData = errors.New("charts: no data to chart")
	// ErrFormat reports an unsupported export format or file extension.
	ErrFormat = errors.New("charts: unsupported format")
	// ErrActor reports an actor index outside the registry.
	ErrActor = errors.New("charts: unknown actor")
)

// Kind names a chart kind.
type Kind string

// The chart kinds.
const (
	Mentions   Kind = "mentions"
	Dispersion Kind = "dispersion"
	Heatmap    Kind = "heatmap"
	Trend      Kind = "trend"
	Similarity Kind = "similarity"
)

// Kinds lists every chart kind in menu order.
var Kinds = []Kind{Mentions, Dispersion, Heatmap, Trend, Similarity}

// ParseKind returns the kind named s, or ErrKind.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", errorf(ErrKind, "%q (use mentions, dispersion, heatmap, trend or similarity)", s)
}

// Bucket is the time step a Trend chart aggregates documents by.
type Bucket string

// The trend buckets; BucketAuto picks one from the span of the dates.
const (
	BucketAuto  Bucket = ""
	BucketDay   Bucket = "day"
	BucketWeek  Bucket = "week"
	BucketMonth Bucket = "month"
)

// Data is what charts are drawn from. Counts is needed by every kind but
// Similarity, which needs Similarity; Corpus supplies titles, dates and text
// lengths (charts fall back to document IDs without it).
type Data struct {
	Corpus     *corpus.Corpus
	Counts     *actors.Counts
	Similarity *compare.Matrix
}

// Options choose what a chart shows and how it looks. The zero value is a
// raw-count chart of every actor in every document at the default size.
type Options struct {
	Kind Kind
	// Actors are registry indices to show; empty means the MaxActors most
	// mentioned.
	Actors []int
	// MaxActors caps the actors shown when Actors is empty (0:
	// DefaultMaxActors; negative: every actor).
	MaxActors int
	// Docs are document IDs to show; empty means every document.
	Docs []string
	// Per1000 shows mentions per 1,000 words instead of raw counts.
	Per1000 bool
	// Transpose puts documents on the vertical axis (horizontal bars,
	// documents as heatmap rows).
	Transpose bool
	// Bucket is the Trend chart's time step.
	Bucket Bucket
	// MaxDocs caps the documents of categorical charts (the top ones by
	// mentions are kept and the title says so); 0 means a legible default
	// for the kind.
	MaxDocs int
	// Caption adds a line stating where the chart came from: the corpus,
	// the actors, the normalisation, the date made, and Provenance.
	Caption    bool
	Provenance string
	// Title replaces the default title.
	Title string
	// Width and Height are the size in pixels at DPI (default 1200 × 750 at
	// 96 DPI); SVG and PDF get the same physical size.
	Width, Height int
	DPI           int
}

// Target is what lies under a point of a rendered chart.
type Target struct {
	// DocID is the document of the bar, cell, tick or point.
	DocID string
	// Actor is the registry index of the actor, or -1.
	Actor int
	// Mention indexes Counts' mentions of Actor in DocID for a dispersion
	// tick, and is -1 for bars and cells (open at the first mention).
	Mention int
	// OtherID is the second document of a similarity cell.
	OtherID string
	// DocIDs are the documents of a trend point's bucket.
	DocIDs []string
	// Label describes the target in words, for a tooltip.
	Label string
}

// errorf wraps sentinel with a formatted detail.
func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}
