package corpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
)

// story returns n sentences of pseudo-random prose, determined by seed.
func story(seed string, n int) string {
	r := rand.New(rand.NewPCG(uint64(len(seed)), uint64(seed[0])))
	var b strings.Builder
	for i := 0; i < n; i++ {
		k := 6 + r.IntN(10)
		for j := 0; j < k; j++ {
			if j == 0 {
				b.WriteString("The ")
			}
			fmt.Fprintf(&b, "w%d ", r.IntN(400))
		}
		b.WriteString("ends. ")
	}
	return b.String()
}

func TestDuplicates(t *testing.T) {
	base := story("alpha", 40)
	edited := strings.Replace(base, " ends. ", " ends. An added sentence. ", 1) // one small edit
	files := map[string][]byte{
		"a.txt":        []byte(base),
		"b-copy.txt":   []byte(base),                                   // byte-identical
		"c-edit.txt":   []byte(edited),                                 // near-identical
		"d-other.txt":  []byte(story("beta-x", 40)),                    // different story
		"e-curly.txt":  []byte(strings.ReplaceAll(base, "The", "THE")), // case change only
		"f-short.txt":  []byte("Short."),
		"g-short2.txt": []byte("Short. "),
		"h-half.txt":   []byte(base[:len(base)/2]), // half the text: Jaccard about 0.5
	}
	c := loadMap(t, files, Options{})
	want := map[string]struct {
		of   string
		near bool
	}{
		"b-copy":  {"a", false},
		"c-edit":  {"a", true},
		"e-curly": {"a", true},
	}
	for _, d := range c.Docs {
		w := want[d.ID]
		if d.DuplicateOf != w.of || d.NearDuplicate != w.near {
			t.Errorf("%s: duplicate of %q (near %v), want %q (near %v)", d.ID, d.DuplicateOf, d.NearDuplicate, w.of, w.near)
		}
	}
	c = loadMap(t, files, Options{NearDuplicates: -1})
	for _, d := range c.Docs {
		if d.NearDuplicate || (d.DuplicateOf != "") != (d.ID == "b-copy") {
			t.Errorf("near-duplicates off: %s duplicate of %q near %v", d.ID, d.DuplicateOf, d.NearDuplicate)
		}
	}
}

func TestSketchSimilarity(t *testing.T) {
	a := story("gamma", 200)
	b := story("gamma", 200)[:len(a)*9/10]
	sa, sb := sketchOf(a), sketchOf(b)
	if sim := sa.similarity(sb); sim < 0.75 || sim > 1 {
		t.Errorf("90%% prefix similarity = %.2f", sim)
	}
	c := story("epsilon", 200)
	if sim := sa.similarity(sketchOf(c)); sim > 0.2 {
		t.Errorf("unrelated similarity = %.2f", sim)
	}
	if sk, n := newSketch("too short to judge", 0, 18); sk != nil || n != 4 {
		t.Error("short text sketched")
	}
}

func TestByIDConcurrent(t *testing.T) {
	c := loadMap(t, map[string][]byte{"a.txt": []byte("A."), "b.txt": []byte("B.")}, Options{})
	hand := &Corpus{Docs: c.Docs} // hand-built: index built lazily
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if c.ByID("a") == nil || hand.ByID("b") == nil || hand.ByID("zz") != nil {
					t.Error("lookup failed")
					return
				}
			}
		}()
	}
	wg.Wait()
	hand.Docs = append(hand.Docs, &Document{ID: "new"})
	if hand.ByID("new") == nil {
		t.Error("index not rebuilt after a document was added")
	}
}

func TestWordsExcludeBoilerplate(t *testing.T) {
	text := "Headline here\n\nThe article has six words.\n\nTeaser one is cut…\n\nTeaser two is cut…\n\nTeaser three is cut…"
	c := loadMap(t, map[string][]byte{"a.txt": []byte(text)}, Options{})
	d := c.Docs[0]
	if len(d.Boilerplate) != 1 || d.Words != 7 || d.Words != CountWords(d.Text, 0, d.ContentEnd()) {
		t.Errorf("boilerplate %v, words %d", d.Boilerplate, d.Words)
	}
}

func sketchOf(text string) sketch {
	s, _ := newSketch(text, 0, len(text))
	return s
}

func TestRadixSort(t *testing.T) {
	for _, n := range []int{0, 5, 255, 256, 1000, 5000} {
		keys := make([]uint64, n)
		x := uint64(n) + 1
		for i := range keys {
			x = mix64(x)
			keys[i] = x >> (i % 40) // keys of many lengths, some bytes constant
		}
		want := slices.Clone(keys)
		slices.Sort(want)
		radixSort(keys)
		if !slices.Equal(keys, want) {
			t.Errorf("n=%d: not sorted", n)
		}
	}
}
