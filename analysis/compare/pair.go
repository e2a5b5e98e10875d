package compare

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/corpus-explorer/corpus-explorer/analysis/actors"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

// ErrNoDocument is returned by Pair when a document is missing.
var ErrNoDocument = errors.New("compare: no document")

// Options tune [Pair]; zero values take the defaults.
type Options struct {
	// MinWords is the shortest shared passage, in matching words
	// (default 6).
	MinWords int
	// Gap is how many differing words a passage may bridge (default 2;
	// negative for none).
	Gap int
	// SharedThreshold is the word-bigram Dice coefficient above which two
	// sentences are "shared" (default 0.5).
	SharedThreshold float64
	// ParaphraseThreshold is the weighted overlap of content stems (Ochiai, idf weights) above which two
	// sentences are a paraphrase (default 0.2).
	ParaphraseThreshold float64
	// IncludeBoilerplate analyses text the loader marked as boilerplate too.
	IncludeBoilerplate bool
	// Model is the corpus's TF-IDF model; when nil, Pair builds it once per
	// corpus and keeps the last one.
	Model *Model
	// Counts, when set, fills the per-actor table.
	Counts *actors.Counts
}

func (o Options) withDefaults() Options {
	if o.MinWords <= 0 {
		o.MinWords = 6
	}
	if o.Gap == 0 {
		o.Gap = 2
	}
	if o.Gap < 0 {
		o.Gap = 0
	}
	if o.SharedThreshold <= 0 {
		o.SharedThreshold = 0.5
	}
	if o.ParaphraseThreshold <= 0 {
		o.ParaphraseThreshold = 0.2
	}
	return o
}

// Comparison is everything Pair found about two documents. Every range is
// a byte range into the document's Text.
type Comparison struct {
	A, B *corpus.Document
	// Similarity is the TF-IDF cosine of the two documents over the corpus.
	Similarity float64
	// SharedA is the fraction of A's words inside a shared passage; SharedB
	// the same for B.
	SharedA, SharedB float64
	Passages         []Passage
	// Sentences lists A's sentences in order (paired or OnlyA), then the
	// sentences of B no sentence of A chose.
	Sentences []SentencePair
	Numbers   []NumberPair
	// Actors is the per-actor table (nil without Options.Counts).
	Actors []ActorRow
}

// Count returns how many sentence pairs carry label l.
func (c *Comparison) Count(l Label) int {
	n := 0
	for _, s := range c.Sentences {
		if s.Label == l {
			n++
		}
	}
	return n
}

// Disagreements returns how many figure pairs disagree.
func (c *Comparison) Disagreements() int {
	n := 0
	for _, p := range c.Numbers {
		if p.Disagrees() {
			n++
		}
	}
	return n
}

// Pair compares documents a and b of corpus c (c may be nil: the
// similarity then weighs words over the two documents alone).
func Pair(ctx context.Context, c *corpus.Corpus, a, b *corpus.Document, opts Options) (cmp *Comparison, err error) {
	if a == nil || b == nil {
		return nil, ErrNoDocument
	}
	defer func() {
		if r := recover(); r != nil {
			cmp, err = nil, fmt.Errorf("compare: %s and %s: internal error: %v", a.ID, b.ID, r)
		}
	}()
	o := opts.withDefaults()
	m := o.Model
	if m == nil {
		if m, err = modelFor(ctx, c, a, b); err != nil {
			return nil, err
		}
	}
	endA, endB := contentEnd(a, o.IncludeBoilerplate), contentEnd(b, o.IncludeBoilerplate)
	ta, tb := tokenize(a.Text, 0, endA), tokenize(b.Text, 0, endB)
	out := &Comparison{A: a, B: b}
	ia, okA := m.index[a.ID]
	ib, okB := m.index[b.ID]
	if okA && okB {
		out.Similarity = m.Cosine(ia, ib)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out.Passages = sharedPassages(a.Text, ta, tb, o.MinWords, o.Gap)
	spansA := make([]corpus.Span, len(out.Passages))
	spansB := make([]corpus.Span, len(out.Passages))
	for i, p := range out.Passages {
		spansA[i], spansB[i] = p.A, p.B
	}
	out.SharedA, out.SharedB = coverage(ta, spansA), coverage(tb, spansB)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sa := sentenceFeatures(a, ta, endA, m.idf)
	sb := sentenceFeatures(b, tb, endB, m.idf)
	out.Numbers = PairFigures(figuresUpTo(a, endA), figuresUpTo(b, endB))
	var same [][2]int
	for _, p := range out.Numbers {
		if p.A != nil && p.B != nil && p.A.Sentence >= 0 && p.B.Sentence >= 0 {
			same = append(same, [2]int{p.A.Sentence, p.B.Sentence})
		}
	}
	out.Sentences = alignSentences(sa, sb, o, same)
	if o.Counts != nil {
		out.Actors = ActorTable(o.Counts, a.ID, b.ID)
	}
	return out, nil
}

func figuresUpTo(d *corpus.Document, end int) []Figure {
	fs := ExtractFigures(d.Text, 0, end)
	for i := range fs {
		fs[i].Sentence = d.SentenceAt(fs[i].Span.Start)
	}
	return fs
}

var modelCache struct {
	sync.Mutex
	c *corpus.Corpus
	n int
	m *Model
}

// modelFor returns the model of c (cached for the last corpus), or of the
// two documents when c is nil or does not hold them.
func modelFor(ctx context.Context, c *corpus.Corpus, a, b *corpus.Document) (*Model, error) {
	if c == nil || c.ByID(a.ID) != a || c.ByID(b.ID) != b {
		return newModel(ctx, []*corpus.Document{a, b}, nil)
	}
	return cachedModel(ctx, c)
}

// cachedModel returns the model of c, building it unless it is the one
// built last (Similarities and Pair share it).
func cachedModel(ctx context.Context, c *corpus.Corpus) (*Model, error) {
	modelCache.Lock()
	defer modelCache.Unlock()
	if modelCache.c == c && modelCache.n == len(c.Docs) {
		return modelCache.m, nil
	}
	m, err := NewModel(ctx, c, nil)
	if err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	modelCache.c, modelCache.n, modelCache.m = c, len(c.Docs), m
	return m, nil
}

// ForgetModel drops the cached model of c (if it is the cached one), so
// that a corpus the app has closed can be freed.
func ForgetModel(c *corpus.Corpus) {
	modelCache.Lock()
	defer modelCache.Unlock()
	if modelCache.c == c {
		modelCache.c, modelCache.m = nil, nil
	}
}
