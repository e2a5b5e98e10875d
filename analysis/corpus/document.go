package corpus

import (
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of byte offsets into a document's
// text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Document is one loaded document. Its Text never changes after loading;
// metadata fields (Title, Source, Date, URL) may be edited by the user
// through a project (see analysis/project), never by the analyses.
type Document struct {
	// ID is stable: the path relative to the corpus folder, slash-separated,
	// without extension ("sport/199"); for the seeds the file name without
	// extension ("000_a6392862b09feb12").
	ID string
	// Path is where the document was read from: an absolute file path, or
	// "seeds:NAME" for an embedded seed.
	Path string
	// Format is the file format the text was extracted from: txt, md, html,
	// pdf or docx.
	Format string
	// Encoding is the detected text encoding of the raw bytes (utf-8,
	// utf-8-bom, utf-16le, utf-16be, windows-1252, or utf-8+windows-1252 for
	// a UTF-8 file with stray legacy bytes); empty for binary formats.
	Encoding string
	// Size is the size of the raw file in bytes.
	Size int64
	// Hash is the hex SHA-256 of the raw file.
	Hash string

	Title  string
	Source string
	Date   time.Time // zero when unknown
	URL    string
	// Tags holds the manifest's extra columns (name → value); see
	// [Corpus.TagNames] for their order.
	Tags map[string]string

	// Text is the normalised text (NFC, LF line endings).
	Text string
	// Words is the number of words (as [Words] delimits them) in the
	// article content, Text[:ContentEnd()]: trailing boilerplate is not
	// counted. Analyses that report rates per word (actor mentions per
	// 1,000 words) use this same count, CountWords(Text, 0, ContentEnd()).
	Words int
	// Paragraphs and Sentences are in text order and do not overlap.
	Paragraphs []Span
	Sentences  []Span
	// Boilerplate marks text the loader judged not to be part of the article
	// (for instance a trailing block of related-article teasers). It stays in
	// Text, shown but marked, and analyses skip it by default.
	Boilerplate []Span

	// DuplicateOf is the ID of an earlier document with the same content
	// (byte-identical, or near-identical when NearDuplicate is set); empty
	// when the document is unique.
	DuplicateOf   string
	NearDuplicate bool

	// sketch is set while loading, for near-duplicate detection.
	sketch sketch

	// runeIndex[i] is the number of runes that start before byte offset
	// i*runeIndexStep; built once, on first use.
	runeIndex []int32
	runeOnce  sync.Once
}

const runeIndexStep = 256

// Sentence returns the text of sentence i.
func (d *Document) Sentence(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (d *Document) SentenceAt(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// InBoilerplate reports whether byte offset off lies in a boilerplate span.
func (d *Document) InBoilerplate(off int) bool {
	for _, b := range d.Boilerplate {
		if b.Contains(off) {
			return true
		}
	}
	return false
}

// ContentEnd returns the byte offset where the article ends and trailing
// boilerplate begins (len(Text) when there is none).
func (d *Document) ContentEnd() int {
	end := len(d.Text)
	for _, b := range d.Boilerplate {
		if b.End >= len(strings.TrimRight(d.Text, " \n\t")) && b.Start < end {
			end = b.Start
		}
	}
	return end
}

// CharOffset converts a byte offset into Text to a character (rune) offset.
// Offsets outside the text are clamped. It is safe for concurrent use.
func (d *Document) CharOffset(off int) int {
	if off <= 0 {
		return 0
	}
	if off > len(d.Text) {
		off = len(d.Text)
	}
	d.runeOnce.Do(d.buildRuneIndex)
	block := off / runeIndexStep
	return int(d.runeIndex[block]) + countRuneStarts(d.Text[block*runeIndexStep:off])
}

// ByteOffset converts a character (rune) offset into a byte offset into
// Text; it is the inverse of [Document.CharOffset].
func (d *Document) ByteOffset(char int) int {
	if char <= 0 {
		return 0
	}
	d.runeOnce.Do(d.buildRuneIndex)
	block := sort.Search(len(d.runeIndex), func(i int) bool { return int(d.runeIndex[i]) > char }) - 1
	if block < 0 {
		block = 0
	}
	n := int(d.runeIndex[block])
	for i := block * runeIndexStep; i < len(d.Text); i++ {
		if !utf8.RuneStart(d.Text[i]) {
			continue
		}
		if n == char {
			return i
		}
		n++
	}
	return len(d.Text)
}

// buildRuneIndex records, for every block of runeIndexStep bytes, how many
// runes start before the block.
func (d *Document) buildRuneIndex() {
	idx := make([]int32, len(d.Text)/runeIndexStep+1)
	n := 0
	for i := 0; i < len(d.Text); i++ {
		if i%runeIndexStep == 0 {
			idx[i/runeIndexStep] = int32(n)
		}
		if utf8.RuneStart(d.Text[i]) {
			n++
		}
	}
	if len(d.Text)%runeIndexStep == 0 {
		idx[len(d.Text)/runeIndexStep] = int32(n)
	}
	d.runeIndex = idx
}

func countRuneStarts(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			n++
		}
	}
	return n
}

// DateString returns the date as YYYY-MM-DD, or "" when unknown.
func (d *Document) DateString() string {
	if d.Date.IsZero() {
		return ""
	}
	return d.Date.Format("2006-01-02")
}
