package charts

import (
	"fmt"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// labelRunes is how long a document label may be before it is shortened.
const labelRunes = 30

// docRow is one document a chart shows.
type docRow struct {
	idx   int // index into Counts.Docs
	id    string
	title string
	label string
	date  time.Time
	words int
	// length is the byte length mentions are positioned against (the
	// article's content end, else the last mention's end).
	length int
	doc    *corpus.Document
}

// table is the actors × documents numbers a chart is drawn from.
type table struct {
	actors  []int
	names   []string
	docs    []docRow
	total   int  // documents before the top-N cut
	limited bool // documents were cut to the top N by mentions
	raw     [][]int
	values  [][]float64 // raw or per 1,000 words, [actor][doc]
}

// selectActors checks o.Actors against the registry and returns the indices
// to show (when o.Actors is empty: the o.MaxActors most mentioned, see
// [DefaultMaxActors]; every actor when MaxActors is negative).
func selectActors(d Data, o Options) ([]int, error) {
	if d.Counts == nil || d.Counts.Registry == nil || len(d.Counts.Registry.Actors) == 0 {
		return nil, errorf(ErrNoData, "no actors counted")
	}
	n := len(d.Counts.Registry.Actors)
	if len(o.Actors) == 0 {
		max := o.MaxActors
		if max == 0 {
			max = DefaultMaxActors
		}
		return TopActors(d.Counts, max), nil
	}
	seen := map[int]bool{}
	var out []int
	for _, a := range o.Actors {
		if a < 0 || a >= n {
			return nil, errorf(ErrActor, "index %d outside 0..%d", a, n-1)
		}
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out, nil
}

// newTable gathers the counts of the chosen actors in the chosen documents,
// keeping the top max documents by mentions when there are more.
func newTable(d Data, o Options, max int) (*table, error) {
	acts, err := selectActors(d, o)
	if err != nil {
		return nil, err
	}
	t := &table{actors: acts}
	for _, a := range acts {
		t.names = append(t.names, d.Counts.Registry.Actors[a].Name)
	}
	want := map[string]bool{}
	for _, id := range o.Docs {
		want[id] = true
	}
	var rows []docRow
	var score []int
	for i := range d.Counts.Docs {
		dc := &d.Counts.Docs[i]
		if len(want) > 0 && !want[dc.DocID] {
			continue
		}
		r := docRow{idx: i, id: dc.DocID, title: dc.DocID, words: dc.Words}
		if d.Corpus != nil {
			if doc := d.Corpus.ByID(dc.DocID); doc != nil {
				r.doc, r.date = doc, doc.Date
				r.length = doc.ContentEnd()
				if doc.Title != "" {
					r.title = doc.Title
				}
			}
		}
		s := 0
		for _, a := range acts {
			m := dc.Of(a)
			s += len(m)
			if len(m) > 0 && m[len(m)-1].End > r.length {
				r.length = m[len(m)-1].End
			}
		}
		r.label = corpus.Shorten(r.title, labelRunes)
		rows = append(rows, r)
		score = append(score, s)
	}
	if len(rows) == 0 {
		return nil, errorf(ErrNoData, "no documents to chart")
	}
	t.total = len(rows)
	if max > 0 && len(rows) > max {
		order := make([]int, len(rows))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return score[order[i]] > score[order[j]] })
		kept := make([]docRow, max)
		for i := range kept {
			kept[i] = rows[order[i]]
		}
		rows, t.limited = kept, true
	}
	t.docs = rows
	dedupeLabels(t.docs)
	t.raw = make([][]int, len(acts))
	t.values = make([][]float64, len(acts))
	for ai, a := range acts {
		t.raw[ai] = make([]int, len(rows))
		t.values[ai] = make([]float64, len(rows))
		for di, r := range rows {
			dc := &d.Counts.Docs[r.idx]
			t.raw[ai][di] = dc.N(a)
			t.values[ai][di] = rate(t.raw[ai][di], r.words, o.Per1000)
		}
	}
	return t, nil
}

// rate is n itself, or n per 1,000 of words.
func rate(n, words int, per1000 bool) float64 {
	if !per1000 {
		return float64(n)
	}
	if words <= 0 {
		return 0
	}
	return float64(n) * 1000 / float64(words)
}

// dedupeLabels numbers labels that would otherwise read the same.
func dedupeLabels(rows []docRow) {
	seen := map[string]int{}
	for _, r := range rows {
		seen[r.label]++
	}
	for i := range rows {
		if seen[rows[i].label] > 1 {
			base := rows[i].label
			if utf8.RuneCountInString(base) > labelRunes-6 {
				base = corpus.Shorten(base, labelRunes-6)
			}
			rows[i].label = fmt.Sprintf("%s (%s)", base, shortID(rows[i].id))
		}
	}
}

// shortID is the last path element of an ID, at most 12 runes.
func shortID(id string) string {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '/' {
			id = id[i+1:]
			break
		}
	}
	return corpus.Shorten(id, 12)
}

// maxValue is the largest value in the table (at least a small positive
// number so that scales never divide by zero).
func (t *table) maxValue() float64 {
	m := 0.0
	for _, row := range t.values {
		for _, v := range row {
			if v > m {
				m = v
			}
		}
	}
	if m <= 0 {
		return 1
	}
	return m
}

// limitNote is the title suffix saying the documents were cut, if they were.
func (t *table) limitNote() string {
	if !t.limited {
		return ""
	}
	return fmt.Sprintf(" — top %d of %s documents by mentions", len(t.docs), thousands(t.total))
}

// thousands formats n with thin commas: 21,577.
func thousands(n int) string {
	s := fmt.Sprint(n)
	out := ""
	for len(s) > 3 {
		out = "," + s[len(s)-3:] + out
		s = s[:len(s)-3]
	}
	return s + out
}

// TopDocuments returns the IDs of the (at most) n documents with the most
// mentions of o's actors among o's documents, most mentioned first — the
// documents a categorical chart keeps. Use it to compute a similarity
// matrix only for the documents a Similarity chart will show.
func TopDocuments(d Data, o Options, n int) ([]string, error) {
	t, err := newTable(d, o, n)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(t.docs))
	for i, r := range t.docs {
		ids[i] = r.id
	}
	return ids, nil
}
