package charts

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// now is the clock captions use (tests pin it).
var now = time.Now

// New prepares a chart of kind o.Kind (Mentions when empty) from d. It
// returns ErrKind for an unknown kind, ErrActor for an actor index outside
// the registry and ErrNoData when there is nothing to draw.
func New(d Data, o Options) (*Chart, error) {
	if o.Kind == "" {
		o.Kind = Mentions
	}
	ch := &Chart{opts: o}
	var err error
	switch o.Kind {
	case Mentions:
		err = buildMentions(ch, d, o)
	case Dispersion:
		err = buildDispersion(ch, d, o)
	case Heatmap:
		err = buildHeatmap(ch, d, o)
	case Trend:
		err = buildTrend(ch, d, o)
	case Similarity:
		err = buildSimilarity(ch, d, o)
	default:
		return nil, errorf(ErrKind, "%q (use mentions, dispersion, heatmap, trend or similarity)", o.Kind)
	}
	if err != nil {
		return nil, err
	}
	if o.Title != "" {
		ch.title = o.Title
	}
	if o.Caption {
		ch.caption = caption(d, o)
	}
	return ch, nil
}

// Kind returns the chart's kind.
func (ch *Chart) Kind() Kind { return ch.opts.Kind }

// Title returns the chart's title.
func (ch *Chart) Title() string { return ch.title }

// Table returns the data behind the chart as rows of strings, the first
// being the header (what WriteCSV writes), for a table beside the chart.
func (ch *Chart) Table() [][]string { return ch.csv() }

// caption states where a chart came from.
func caption(d Data, o Options) string {
	var parts []string
	if d.Corpus != nil {
		parts = append(parts, fmt.Sprintf("Corpus: %s (%s documents, %s words)", d.Corpus.Name, thousands(len(d.Corpus.Docs)), thousands(d.Corpus.Words())))
	}
	if d.Counts != nil && d.Counts.Registry != nil && o.Kind != Similarity {
		acts, _ := selectActors(d, o)
		var names []string
		for i, a := range acts {
			if i == 8 {
				names = append(names, fmt.Sprintf("+%d more", len(acts)-8))
				break
			}
			names = append(names, d.Counts.Registry.Actors[a].Name)
		}
		parts = append(parts, "Actors: "+strings.Join(names, ", "))
		if o.Per1000 {
			parts = append(parts, "mentions per 1,000 words")
		} else {
			parts = append(parts, "raw mention counts")
		}
	}
	if len(o.Docs) > 0 {
		parts = append(parts, strconv.Itoa(len(o.Docs))+" selected documents")
	}
	parts = append(parts, "made "+now().Format("2006-01-02 15:04")+" with Corpus Explorer")
	if o.Provenance != "" {
		parts = append(parts, o.Provenance)
	}
	return strings.Join(parts, " · ")
}

// valueLabel is the axis label for the chart's values.
func valueLabel(per1000 bool) string {
	if per1000 {
		return "Mentions per 1,000 words"
	}
	return "Mentions"
}

// formatValue prints a value as the chart shows it.
func formatValue(v float64, per1000 bool) string {
	if per1000 {
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return strconv.FormatFloat(v, 'f', 0, 64)
}

// mentionWord is "mention" or "mentions".
func mentionWord(n int) string {
	if n == 1 {
		return "1 mention"
	}
	return strconv.Itoa(n) + " mentions"
}
