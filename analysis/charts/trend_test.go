package charts

import (
	"strings"
	"testing"
	"time"
)

func TestTrendBuckets(t *testing.T) {
	d := handData() // a: Mon 3 Nov, b: Wed 5 Nov, c: Wed 12 Nov 2025
	tests := []struct {
		bucket  Bucket
		want    int
		alpha0  float64 // Alpha per 1,000 words in the first bucket
		firstOn string
	}{
		{BucketDay, 3, 15, "2025-11-03"},
		{BucketWeek, 2, 10, "2025-11-03"},                // (3+0) / (200+100) words
		{BucketMonth, 1, 4 * 1000.0 / 700, "2025-11-01"}, // 4 / 700 words
		{BucketAuto, 3, 15, "2025-11-03"},                // nine days span: by day
	}
	for _, tt := range tests {
		t.Run(string(tt.bucket), func(t *testing.T) {
			td, err := newTrend(d, Options{Kind: Trend, Bucket: tt.bucket})
			if err != nil {
				t.Fatal(err)
			}
			if len(td.buckets) != tt.want {
				t.Fatalf("%d buckets, want %d", len(td.buckets), tt.want)
			}
			if got := td.value(&td.buckets[0], 0, true); got != tt.alpha0 {
				t.Errorf("first bucket Alpha = %v per 1,000, want %v", got, tt.alpha0)
			}
			if got := td.csv()[1][0]; got != tt.firstOn {
				t.Errorf("first bucket starts %s, want %s", got, tt.firstOn)
			}
		})
	}
}

func TestTrendCorpusOrder(t *testing.T) {
	d := handData()
	for _, doc := range d.Corpus.Docs {
		doc.Date = time.Time{}
	}
	ch, err := New(d, Options{Kind: Trend})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ch.Title(), "corpus order") {
		t.Errorf("title %q", ch.Title())
	}
	// Header + 3 documents × 3 actors.
	if n := len(ch.Table()); n != 10 {
		t.Errorf("%d CSV rows, want 10", n)
	}
	d.Corpus.Docs[0].Date = handData().Corpus.Docs[0].Date
	ch, err = New(d, Options{Kind: Trend})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ch.Title(), "2 undated documents left out") {
		t.Errorf("title %q does not say undated documents were left out", ch.Title())
	}
}
