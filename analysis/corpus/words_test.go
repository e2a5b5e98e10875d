package corpus

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode/utf8"
)

// refWords is the plain definition of a word that Words implements with
// fast paths: runs of word runes joined across one apostrophe or hyphen.
func refWords(text string) []Span {
	var out []Span
	runes := []rune(text)
	offs := make([]int, len(runes)+1)
	for i, o := 0, 0; i < len(runes); i++ {
		offs[i] = o
		o += utf8.RuneLen(runes[i])
		offs[i+1] = o
	}
	for i := 0; i < len(runes); {
		if !IsWordRune(runes[i]) {
			i++
			continue
		}
		start := i
		for i++; i < len(runes); i++ {
			if IsWordRune(runes[i]) || isJoiner(runes[i]) && i+1 < len(runes) && IsWordRune(runes[i+1]) {
				continue
			}
			break
		}
		out = append(out, Span{offs[start], offs[i]})
	}
	return out
}

func collectWords(text string) []Span {
	var out []Span
	Words(text, 0, len(text), func(s Span) bool { out = append(out, s); return true })
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Maduro’s narco-state, U.S. strikes", []string{"Maduro’s", "narco-state", "U", "S", "strikes"}},
		{"don't -dash- end' 'start", []string{"don't", "dash", "end", "start"}},
		{"café naïve Ñandú 1,000", []string{"café", "naïve", "Ñandú", "1", "000"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range collectWords(tt.text) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	alphabet := []rune("ab Z9'’-‐ .é\u0301ñ\n日")
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		rs := make([]rune, r.IntN(30))
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
		}
		text := string(rs)
		if got, want := collectWords(text), refWords(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("Words(%q) = %v, want %v", text, got, want)
		}
		if _, n := newSketch(text, 0, len(text)); n != len(refWords(text)) {
			t.Fatalf("newSketch(%q) counts %d words, want %d", text, n, len(refWords(text)))
		}
	}
}
