package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// ManifestName is the file name of a corpus folder's optional metadata
// manifest.
const ManifestName = "corpus.csv"

// ManifestEntry is one row of a manifest.
type ManifestEntry struct {
	Line               int
	File               string // path relative to the corpus folder, slash-separated
	Title, Source, URL string
	Date               time.Time
	HasDate            bool
	Tags               map[string]string
}

// Manifest is a parsed corpus.csv: a header with a "file" column, any of
// title, source, date, url, and extra columns kept as tags.
type Manifest struct {
	Entries  map[string]*ManifestEntry // by File
	TagNames []string
	Problems []Problem // rows that could not be used, with their line
}

var knownColumns = map[string]bool{"file": true, "title": true, "source": true, "date": true, "url": true}

// ParseManifest reads a manifest. A missing or duplicate "file" column is an
// error; a bad row (missing fields, a bad date, a duplicate file) is a
// problem and the other rows are kept. Quotes are read leniently.
func ParseManifest(r io.Reader, name string) (*Manifest, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: %s is empty", ErrBadManifest, name)
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrBadManifest, name, err)
	}
	col := map[string]int{}
	m := &Manifest{Entries: map[string]*ManifestEntry{}}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if h == "" {
			h = fmt.Sprintf("column%d", i+1)
		}
		if _, dup := col[h]; dup {
			return nil, fmt.Errorf("%w: %s: column %q appears twice", ErrBadManifest, name, h)
		}
		col[h] = i
		if !knownColumns[h] {
			m.TagNames = append(m.TagNames, h)
		}
	}
	if _, ok := col["file"]; !ok {
		return nil, fmt.Errorf("%w: %s: the header has no \"file\" column (found %s)", ErrBadManifest, name, strings.Join(header, ","))
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		where := lineRef{name, line}.String
		if err != nil {
			m.Problems = append(m.Problems, Problem{Path: where(), Err: fmt.Errorf("%w: %v", ErrBadManifest, err)})
			if _, ok := err.(*csv.ParseError); ok {
				continue
			}
			break
		}
		get := func(c string) string {
			if i, ok := col[c]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		e := &ManifestEntry{Line: line, File: strings.ReplaceAll(get("file"), "\\", "/"), Title: oneLine(get("title")),
			Source: oneLine(get("source")), URL: get("url")}
		if e.File == "" {
			m.Problems = append(m.Problems, Problem{Path: where(), Err: fmt.Errorf("%w: no file name", ErrBadManifest)})
			continue
		}
		if len(rec) < len(header) {
			m.Problems = append(m.Problems, Problem{Path: where(), Err: fmt.Errorf("%w: %d of %d columns; the missing ones are left empty", ErrBadManifest, len(rec), len(header))})
		}
		if ds := get("date"); ds != "" {
			d, err := ParseDate(ds)
			if err != nil {
				m.Problems = append(m.Problems, Problem{Path: where(), Err: fmt.Errorf("%w: %v", ErrBadManifest, err)})
			} else {
				e.Date, e.HasDate = d, true
			}
		}
		for _, t := range m.TagNames {
			if v := get(t); v != "" {
				if e.Tags == nil {
					e.Tags = map[string]string{}
				}
				e.Tags[t] = v
			}
		}
		if _, dup := m.Entries[e.File]; dup {
			m.Problems = append(m.Problems, Problem{Path: where(), Err: fmt.Errorf("%w: %s is listed twice; this row wins", ErrBadManifest, e.File)})
		}
		m.Entries[e.File] = e
	}
	return m, nil
}

// lineRef names a manifest line in problems; it is formatted only when a
// row has a problem.
type lineRef struct {
	name string
	line int
}

func (l lineRef) String() string { return fmt.Sprintf("%s line %d", l.name, l.line) }

var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.000Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04", "2006/01/02", "2 January 2006", "January 2, 2006", "Jan 2, 2006", "2 Jan 2006",
	time.RFC1123Z, time.RFC1123, "2006-01", "2006",
}

// ParseDate reads a date in ISO 8601 form (2006-01-02, with or without a
// time) or a few common written forms ("2 January 2006", "January 2, 2006").
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q (use YYYY-MM-DD)", s)
}

// oneLine collapses runs of white space, line breaks included, to one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
