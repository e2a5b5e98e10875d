package corpus

import (
	"math"
	"math/bits"
	"sort"
	"unicode"
	"unicode/utf8"
)

// DefaultNearDuplicate is the estimated Jaccard similarity of word
// 5-gram sets above which two documents are near-duplicates.
const DefaultNearDuplicate = 0.8

// MarkDuplicates sets DuplicateOf on every document whose raw bytes are
// identical to an earlier document's (earlier in docs order).
func MarkDuplicates(docs []*Document) {
	first := map[string]string{}
	for _, d := range docs {
		if id, ok := first[d.Hash]; ok {
			d.DuplicateOf = id
			continue
		}
		first[d.Hash] = d.ID
	}
}

// Sketch parameters: sketchBins one-permutation MinHash bins, grouped into
// bands of bandSize bins for locality-sensitive hashing.
const (
	sketchBins  = 64
	bandSize    = 4
	shingleSize = 5
	minShingles = 8
	emptyBin    = math.MaxUint64
	maxBucket   = 64 // bounds the candidates a band can offer
)

// sketch is a one-permutation MinHash of a document's word 5-grams: the
// smallest shingle hash falling in each of sketchBins ranges. It is built in
// one pass, so near-duplicate detection stays linear in the corpus size.
type sketch []uint64

// newSketch sketches text[from:to]; it returns nil for texts too short to
// judge (fewer than minShingles 5-grams).
func newSketch(text string, from, to int) sketch {
	var ring [shingleSize]uint64
	n := 0
	s := make(sketch, sketchBins)
	for i := range s {
		s[i] = emptyBin
	}
	Words(text, from, to, func(w Span) bool {
		ring[n%shingleSize] = wordHash(text[w.Start:w.End])
		n++
		if n >= shingleSize {
			var h uint64
			for k := 0; k < shingleSize; k++ {
				h = bits.RotateLeft64(h, 17) ^ ring[(n+k)%shingleSize]
			}
			h = mix64(h)
			if b := h >> (64 - 6); h < s[b] {
				s[b] = h
			}
		}
		return true
	})
	if n-shingleSize+1 < minShingles {
		return nil
	}
	return s
}

// wordHash is FNV-1a over the folded, lower-cased runes of a word, so case,
// accents and curly apostrophes do not hide a copy.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); {
		c := w[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			if 'A' <= c && c <= 'Z' {
				r += 'a' - 'A'
			}
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(w[i:])
			r = unicode.ToLower(FoldRune(r))
			i += size
		}
		h ^= uint64(r)
		h *= 1099511628211
	}
	return h
}

// mix64 is the splitmix64 finaliser: it spreads hash bits evenly.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// similarity estimates the Jaccard similarity of the shingle sets of two
// sketches: the share of bins, among those either fills, holding the same
// minimum.
func (a sketch) similarity(b sketch) float64 {
	same, used := 0, 0
	for i := range a {
		if a[i] == emptyBin && b[i] == emptyBin {
			continue
		}
		used++
		if a[i] == b[i] {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}

// markNearDuplicates flags each document whose sketch is at least
// threshold similar to an earlier, not byte-identical document's. Candidate
// pairs come from banding (documents sharing all bins of some band), so the
// cost is linear in the number of documents plus the candidates.
func markNearDuplicates(docs []*Document, sketches []sketch, threshold float64) {
	buckets := map[[2]uint64][]int{}
	for j, d := range docs {
		s := sketches[j]
		if s == nil || d.DuplicateOf != "" {
			continue
		}
		best, bestSim := -1, 0.0
		var keys [sketchBins / bandSize][2]uint64
		for band := 0; band < sketchBins/bandSize; band++ {
			var h uint64
			filled := false
			for k := band * bandSize; k < (band+1)*bandSize; k++ {
				h = mix64(h ^ s[k])
				filled = filled || s[k] != emptyBin
			}
			keys[band] = [2]uint64{uint64(band), h}
			if !filled {
				keys[band][0] = emptyBin
				continue
			}
			for _, i := range buckets[keys[band]] {
				if sim := s.similarity(sketches[i]); sim >= threshold && (best < 0 || sim > bestSim || sim == bestSim && i < best) {
					best, bestSim = i, sim
				}
			}
		}
		if best >= 0 {
			d.DuplicateOf = docs[best].ID
			d.NearDuplicate = true
			continue
		}
		for _, k := range keys {
			if k[0] != emptyBin && len(buckets[k]) < maxBucket {
				buckets[k] = append(buckets[k], j)
			}
		}
	}
}

func sortByLine(es []*ManifestEntry) {
	sort.Slice(es, func(i, j int) bool { return es[i].Line < es[j].Line })
}
