package charts

import (
	"fmt"
	"sort"
	"strconv"
	"time"
)

// bucket is one point on the trend's X axis: a time step, or a run of
// documents in corpus order.
type bucket struct {
	x        float64 // unix seconds of the start, or the position
	label    string
	docs     []string
	words    int
	mentions []int // per shown actor
	top      []int // index into docs of the document with most mentions, per actor
	topN     []int
}

// trendData is the trend chart's buckets.
type trendData struct {
	t       *table
	buckets []bucket
	dated   bool
	step    Bucket
	group   int // documents per bucket in corpus order
	undated int
}

// bucketStart truncates day to the start of its bucket.
func bucketStart(day time.Time, b Bucket) time.Time {
	day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	switch b {
	case BucketWeek:
		return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	case BucketMonth:
		return day.AddDate(0, 0, 1-day.Day())
	}
	return day
}

// autoBucket picks a step from the span of the dates.
func autoBucket(first, last time.Time) Bucket {
	switch span := last.Sub(first); {
	case span <= 62*24*time.Hour:
		return BucketDay
	case span <= 400*24*time.Hour:
		return BucketWeek
	}
	return BucketMonth
}

// newTrend aggregates every chosen document into buckets: by date when any
// has one, else by corpus order.
func newTrend(d Data, o Options) (*trendData, error) {
	t, err := newTable(d, o, 0)
	if err != nil {
		return nil, err
	}
	td := &trendData{t: t, step: o.Bucket}
	var first, last time.Time
	for _, r := range t.docs {
		if r.date.IsZero() {
			td.undated++
			continue
		}
		if first.IsZero() || r.date.Before(first) {
			first = r.date
		}
		if r.date.After(last) {
			last = r.date
		}
	}
	td.dated = !first.IsZero()
	if td.dated && td.step == BucketAuto {
		td.step = autoBucket(first, last)
	}
	if !td.dated {
		td.undated = 0
		td.group = 1
		if n := len(t.docs); n > 200 {
			td.group = (n + 99) / 100
		}
	}
	index := map[int64]int{}
	for di, r := range t.docs {
		var key int64
		var label string
		if td.dated {
			if r.date.IsZero() {
				continue
			}
			s := bucketStart(r.date, td.step)
			key, label = s.Unix(), bucketLabel(s, td.step)
		} else {
			key = int64(di / td.group)
			label = strconv.Itoa(int(key)*td.group + 1)
		}
		bi, ok := index[key]
		if !ok {
			bi = len(td.buckets)
			index[key] = bi
			td.buckets = append(td.buckets, bucket{x: float64(key), label: label,
				mentions: make([]int, len(t.actors)), top: make([]int, len(t.actors)), topN: make([]int, len(t.actors))})
			if !td.dated {
				td.buckets[bi].x = float64(key*int64(td.group) + 1)
			}
		}
		b := &td.buckets[bi]
		b.docs = append(b.docs, r.id)
		b.words += r.words
		for ai := range t.actors {
			n := t.raw[ai][di]
			b.mentions[ai] += n
			if n > b.topN[ai] {
				b.top[ai], b.topN[ai] = len(b.docs)-1, n
			}
		}
	}
	sort.Slice(td.buckets, func(i, j int) bool { return td.buckets[i].x < td.buckets[j].x })
	return td, nil
}

// bucketLabel names a bucket starting at s.
func bucketLabel(s time.Time, b Bucket) string {
	switch b {
	case BucketMonth:
		return s.Format("Jan 2006")
	case BucketWeek:
		return "week of " + s.Format("2 Jan 2006")
	}
	return s.Format("2 Jan 2006")
}

// value is actor ai's figure in bucket b.
func (td *trendData) value(b *bucket, ai int, per1000 bool) float64 {
	return rate(b.mentions[ai], b.words, per1000)
}

// csv lists every bucket's figures.
func (td *trendData) csv() [][]string {
	head := "bucket_start"
	if !td.dated {
		head = "first_document_position"
	}
	rows := [][]string{{head, "bucket", "actor", "mentions", "words", "per_1000_words", "documents"}}
	for i := range td.buckets {
		b := &td.buckets[i]
		start := strconv.FormatFloat(b.x, 'f', 0, 64)
		if td.dated {
			start = time.Unix(int64(b.x), 0).UTC().Format("2006-01-02")
		}
		for ai, name := range td.t.names {
			rows = append(rows, []string{start, b.label, name, strconv.Itoa(b.mentions[ai]), strconv.Itoa(b.words),
				strconv.FormatFloat(rate(b.mentions[ai], b.words, true), 'f', 3, 64), strconv.Itoa(len(b.docs))})
		}
	}
	return rows
}

// pointLabel describes actor ai's point in bucket b.
func (td *trendData) pointLabel(b *bucket, ai int) string {
	return fmt.Sprintf("%s, %s: %s in %d documents (%s per 1,000 words)", td.t.names[ai], b.label,
		mentionWord(b.mentions[ai]), len(b.docs), formatValue(rate(b.mentions[ai], b.words, true), true))
}
