package corpus

import (
	"math"
	"math/bits"
	"slices"
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

// newSketch sketches text[from:to] and counts its words (as [Words]
// delimits them, in the same single pass); the sketch is nil for texts too
// short to judge (fewer than minShingles 5-grams).
func newSketch(text string, from, to int) (sketch, int) {
	var ring [shingleSize]uint64
	n := 0
	s := make(sketch, sketchBins)
	for i := range s {
		s[i] = emptyBin
	}
	i := from
	for i < to {
		// skip to the next word rune
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:to]); !IsWordRune(r) {
			i += size
			continue
		}
		// hash the word as it is scanned: FNV-1a over lower-cased, folded runes
		h := uint64(14695981039346656037)
		for i < to {
			c := text[i]
			if c < utf8.RuneSelf {
				if l := asciiLower[c]; l != 0 {
					h = (h ^ uint64(l)) * 1099511628211
					i++
					continue
				}
				if (c == '\'' || c == '-') && i+1 < to && wordAt(text, i+1, to) {
					h = (h ^ uint64(c)) * 1099511628211
					i++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[i:to])
			if !IsWordRune(r) && !(isJoiner(r) && i+size < to && wordAt(text, i+size, to)) {
				break
			}
			h = (h ^ uint64(unicode.ToLower(FoldRune(r)))) * 1099511628211
			i += size
		}
		// ring holds the last five word hashes, oldest first
		ring[0], ring[1], ring[2], ring[3], ring[4] = ring[1], ring[2], ring[3], ring[4], h
		n++
		if n >= shingleSize {
			x := bits.RotateLeft64(ring[0], 4*17) ^ bits.RotateLeft64(ring[1], 3*17) ^
				bits.RotateLeft64(ring[2], 2*17) ^ bits.RotateLeft64(ring[3], 17) ^ ring[4]
			x = mix64(x)
			if b := x >> (64 - 6); x < s[b] {
				s[b] = x
			}
		}
	}
	if n-shingleSize+1 < minShingles {
		return nil, n
	}
	return s, n
}

// asciiLower maps an ASCII word byte to its lower case and every other
// ASCII byte to 0.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if asciiWord[c] {
			t[c] = byte(unicode.ToLower(rune(c)))
		}
	}
	return t
}()

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

// docBits is how many low bits of a packed band key hold the document's
// index; the high bits hold the band's hash.
const docBits = 24

// markNearDuplicates flags each document whose sketch is at least
// threshold similar to an earlier, not duplicate document's, pointing it to
// the most similar one. Candidate pairs are documents sharing all bins of
// some band (locality-sensitive hashing), found by sorting the band keys
// (hash and document packed in one integer), so the cost is O(n log n) in
// the number of documents plus the candidates, which are capped per band.
func markNearDuplicates(docs []*Document, sketches []sketch, threshold float64) {
	const bands = sketchBins / bandSize
	if len(docs) >= 1<<docBits {
		return
	}
	keys := make([]uint64, 0, len(docs)*bands)
	for j, s := range sketches {
		if s == nil || docs[j].DuplicateOf != "" {
			continue
		}
		for band := 0; band < bands; band++ {
			h := uint64(band) + 1
			filled := false
			for _, v := range s[band*bandSize : (band+1)*bandSize] {
				h = mix64(h ^ v)
				filled = filled || v != emptyBin
			}
			if filled {
				keys = append(keys, h<<docBits|uint64(j))
			}
		}
	}
	radixSort(keys)
	const docMask = 1<<docBits - 1
	candidates := map[int32][]int32{} // later doc → earlier docs sharing a band
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi]>>docBits == keys[lo]>>docBits {
			hi++
		}
		group := keys[lo:min(hi, lo+maxBucket)]
		for b := 1; b < len(group); b++ {
			db := int32(group[b] & docMask)
			for a := 0; a < b; a++ {
				if da := int32(group[a] & docMask); da != db {
					candidates[db] = append(candidates[db], da)
				}
			}
		}
		lo = hi
	}
	later := make([]int32, 0, len(candidates))
	for j := range candidates {
		later = append(later, j)
	}
	slices.Sort(later)
	for _, j := range later {
		best, bestSim := int32(-1), 0.0
		for _, i := range candidates[j] {
			if docs[i].NearDuplicate {
				continue // point to originals only
			}
			sim := sketches[j].similarity(sketches[i])
			if sim >= threshold && (best < 0 || sim > bestSim || sim == bestSim && i < best) {
				best, bestSim = i, sim
			}
		}
		if best >= 0 {
			docs[j].DuplicateOf = docs[best].ID
			docs[j].NearDuplicate = true
		}
	}
}

// radixSort sorts keys in ascending order: eight passes over bytes, about
// five times faster than a comparison sort on the 300,000 band keys of a
// 20,000-document corpus. Passes where every key has the same byte are
// skipped.
func radixSort(keys []uint64) {
	if len(keys) < 256 {
		slices.Sort(keys)
		return
	}
	tmp := make([]uint64, len(keys))
	src, dst := keys, tmp
	for shift := uint(0); shift < 64; shift += 8 {
		var count [256]int
		for _, k := range src {
			count[byte(k>>shift)]++
		}
		if count[byte(src[0]>>shift)] == len(src) {
			continue
		}
		pos := 0
		for b := range count {
			count[b], pos = pos, pos+count[b]
		}
		for _, k := range src {
			b := byte(k >> shift)
			dst[count[b]] = k
			count[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}

func sortByLine(es []*ManifestEntry) {
	sort.Slice(es, func(i, j int) bool { return es[i].Line < es[j].Line })
}
