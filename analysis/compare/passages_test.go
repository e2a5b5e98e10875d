package compare

import (
	"strings"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
)

func passagesOf(a, b string, minWords, gap int) []Passage {
	return sharedPassages(a, tokenize(a, 0, len(a)), tokenize(b, 0, len(b)), minWords, gap)
}

func TestSharedPassages(t *testing.T) {
	tests := []struct {
		name, a, b string
		min, gap   int
		want       []string // passage texts in A
		moved      []bool
	}{
		{"identical run", "Intro here. The quick brown fox jumps over the lazy dog. End.",
			"Other start! the quick brown fox jumps over the lazy dog and more", 6, 2,
			[]string{"The quick brown fox jumps over the lazy dog"}, []bool{false}},
		{"too short", "one two three four five", "one two three four five", 6, 2, nil, nil},
		{"case quotes punctuation", "He said “we will not back down, ever” today",
			"he said, \"We will NOT back-down ever\" yesterday", 6, 0,
			[]string{"He said “we will not back down, ever"}, []bool{false}},
		{"gap of one word bridged", "the navy struck eleven boats off the coast of Venezuela on Monday",
			"the navy struck twelve boats off the coast of Venezuela on Monday", 6, 2,
			[]string{"the navy struck eleven boats off the coast of Venezuela on Monday"}, []bool{false}},
		{"gap not bridged without tolerance", "the navy struck eleven boats off the coast of Venezuela on Monday",
			"the navy struck twelve boats off the coast of Venezuela on Monday", 6, -1,
			[]string{"boats off the coast of Venezuela on Monday"}, []bool{false}},
		{"three-word gap breaks the run", "alpha beta gamma delta epsilon zeta x y z eta theta iota kappa lambda mu",
			"alpha beta gamma delta epsilon zeta p q r eta theta iota kappa lambda mu", 6, 2,
			[]string{"alpha beta gamma delta epsilon zeta", "eta theta iota kappa lambda mu"}, []bool{false, false}},
		{"moved passage", "First comes the long opening paragraph about the boats. Then the closing words about talks with Caracas today.",
			"Then the closing words about talks with Caracas today. First comes the long opening paragraph about the boats.", 6, 2,
			[]string{"First comes the long opening paragraph about the boats", "Then the closing words about talks with Caracas today"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gap := tt.gap
			if gap < 0 {
				gap = 0
			}
			got := passagesOf(tt.a, tt.b, tt.min, gap)
			var texts []string
			for _, p := range got {
				texts = append(texts, p.Text)
				if tt.b[p.B.Start:p.B.End] == "" || p.A.End > len(tt.a) || p.B.End > len(tt.b) {
					t.Errorf("bad ranges %+v", p)
				}
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("passages = %q, want %q", texts, tt.want)
			}
			for i, m := range tt.moved {
				if got[i].Moved != m {
					t.Errorf("passage %d moved = %v, want %v", i, got[i].Moved, m)
				}
			}
		})
	}
}

func TestMovedPassageFlagged(t *testing.T) {
	a := "Alpha bravo charlie delta echo foxtrot golf. Hotel india juliet kilo lima mike november oscar. Papa quebec romeo sierra tango uniform."
	b := "Hotel india juliet kilo lima mike november oscar. Alpha bravo charlie delta echo foxtrot golf. Papa quebec romeo sierra tango uniform."
	got := passagesOf(a, b, 6, 2)
	if len(got) != 3 {
		t.Fatalf("got %d passages, want 3: %+v", len(got), got)
	}
	moved := 0
	for _, p := range got {
		if p.Moved {
			moved++
		}
	}
	if moved != 1 {
		t.Errorf("moved = %d, want exactly 1 out of order", moved)
	}
}

func TestCoverage(t *testing.T) {
	a := "one two three four five six seven eight nine ten"
	b := "xx one two three four five six yy"
	ta := tokenize(a, 0, len(a))
	ps := passagesOf(a, b, 6, 2)
	if len(ps) != 1 {
		t.Fatalf("passages %+v", ps)
	}
	if got := coverage(ta, []corpus.Span{ps[0].A}); got != 0.6 {
		t.Errorf("coverage = %v, want 0.6", got)
	}
}

// TestRepetitiveTextStaysLinear: a text of one repeated word must not make
// the matcher explore every pair of positions (it would take minutes and
// gigabytes); the whole run is one passage.
func TestRepetitiveText(t *testing.T) {
	a := strings.Repeat("boat ", 20000)
	got := passagesOf(a, a, 6, 2)
	if len(got) == 0 || got[0].Words != 20000 {
		t.Fatalf("got %d passages, first %+v", len(got), got[0].Words)
	}
}
