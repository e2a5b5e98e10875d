package actors

import (
	"context"
	"slices"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/analysis/corpus"
	"github.com/corpus-explorer/corpus-explorer/analysis/corpus/corpustest"
)

func mustParse(t testing.TB, y string) *Registry {
	t.Helper()
	r, err := Parse([]byte(y))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return r
}

const ruleYAML = `actors:
  - name: Nicolás Maduro
    kind: person
    aliases: [Maduro]
  - name: United States
    kind: place
    aliases: [U.S., US, America]
  - name: Venezuela
    kind: place
  - name: Donald Trump
    kind: person
    aliases: [Trump]
  - name: CIA
    kind: organisation
  - name: Cartel de los Soles
    kind: organisation
  - name: O'Brien
    kind: person
`

// found returns the matched substrings with their actor names.
func found(r *Registry, text string) []string {
	m := NewMatcher(r)
	var out []string
	for _, f := range m.FindAll(text, 0, len(text)) {
		out = append(out, r.Actors[f.Actor].Name+"="+text[f.Start:f.End])
	}
	return out
}

func TestMatchingRules(t *testing.T) {
	r := mustParse(t, ruleYAML)
	tests := []struct {
		rule, text string
		want       []string
	}{
		{"1 diacritics folded", "Nicolas Maduro spoke.", []string{"Nicolás Maduro=Nicolas Maduro"}},
		{"1 alias with accent matches plain", "NICOLÁS MADURO", []string{"Nicolás Maduro=NICOLÁS MADURO"}},
		{"1 curly apostrophe", "Mr O’Brien said", []string{"O'Brien=O’Brien"}},
		{"1 line break inside a name", "Nicolás\n  Maduro", []string{"Nicolás Maduro=Nicolás\n  Maduro"}},
		{"1 no-break space", "Cartel de\u00a0los Soles", []string{"Cartel de los Soles=Cartel de\u00a0los Soles"}},
		{"2 acronym is case-sensitive", "us and US and Us", []string{"United States=US"}},
		{"2 dotted acronym", "the U.S. and u.s.", []string{"United States=U.S."}},
		{"2 CIA not cia", "cia CIA Cia", []string{"CIA=CIA"}},
		{"2 heading in capitals", "MADURO’S LAST STAND", []string{"Nicolás Maduro=MADURO"}},
		{"2 mixed case alias is insensitive", "AMERICA first, america", []string{"United States=AMERICA", "United States=america"}},
		{"3 USS is not US", "the USS Gerald Ford", nil},
		{"3 Venezuelan is not Venezuela", "Venezuelan waters", nil},
		{"3 digit after", "US2 and 2US", nil},
		{"3 possessive", "Maduro's and Maduro’s", []string{"Nicolás Maduro=Maduro", "Nicolás Maduro=Maduro"}},
		{"3 hyphen", "a Trump-proposed plan", []string{"Donald Trump=Trump"}},
		{"3 punctuation", "(Trump), “Venezuela.”", []string{"Donald Trump=Trump", "Venezuela=Venezuela"}},
		{"3 accented letter is a letter", "Trumpé", nil},
		{"4 longest wins", "Nicolás Maduro", []string{"Nicolás Maduro=Nicolás Maduro"}},
		{"4 no overlap, then again", "Nicolás Maduro and Maduro", []string{"Nicolás Maduro=Nicolás Maduro", "Nicolás Maduro=Maduro"}},
		{"4 U.S. before US", "U.S.-backed", []string{"United States=U.S."}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := found(r, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("%q: got %q, want %q", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("%q: got %q, want %q", tt.text, got, tt.want)
				}
			}
		})
	}
}

func TestOffsetsAreBytesOfOriginal(t *testing.T) {
	r := mustParse(t, ruleYAML)
	text := "Éé — Nicolás Maduro’s US"
	m := NewMatcher(r)
	got := m.FindAll(text, 0, len(text))
	if len(got) != 2 {
		t.Fatalf("got %v", got)
	}
	if s := text[got[0].Start:got[0].End]; s != "Nicolás Maduro" {
		t.Errorf("first = %q", s)
	}
	if s := text[got[1].Start:got[1].End]; s != "US" {
		t.Errorf("second = %q", s)
	}
}

// loadTexts loads files (name → text) as a corpus.
func loadTexts(t testing.TB, files map[string]string) *corpus.Corpus {
	return corpustest.FromTexts(t, files)
}

func TestBoilerplateExcluded(t *testing.T) {
	text := "Trump spoke about Venezuela today in a long speech.\n\nTrump said more.\n\n" +
		"Read more: Trump and Venezuela…\n\nMore: Venezuela news…\n\nAlso: Trump again…\n"
	c := loadTexts(t, map[string]string{"a.txt": text})
	d := c.Docs[0]
	if len(d.Boilerplate) == 0 {
		t.Fatal("the loader marked no boilerplate; the fixture needs updating")
	}
	r := mustParse(t, ruleYAML)
	trump, ven := r.Find("Trump"), r.Find("Venezuela")
	for _, tt := range []struct {
		include             bool
		wantTrump, wantVen  int
		wantWordsAtMostDocs bool
	}{{false, 2, 1, true}, {true, 4, 3, false}} {
		cnt, err := Count(c, r, Options{IncludeBoilerplate: tt.include})
		if err != nil {
			t.Fatal(err)
		}
		dc := cnt.Docs[0]
		if dc.N(trump) != tt.wantTrump || dc.N(ven) != tt.wantVen {
			t.Errorf("include=%v: Trump %d Venezuela %d, want %d %d", tt.include, dc.N(trump), dc.N(ven), tt.wantTrump, tt.wantVen)
		}
		if tt.include && dc.Words <= d.Words {
			t.Errorf("with boilerplate Words = %d, want more than %d", dc.Words, d.Words)
		}
		if !tt.include && dc.Words != d.Words {
			t.Errorf("Words = %d, want %d", dc.Words, d.Words)
		}
	}
}

func TestCountCancel(t *testing.T) {
	c := loadTexts(t, map[string]string{"a.txt": "Trump", "b.txt": "Maduro"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := CountContext(ctx, c, mustParse(t, ruleYAML), Options{}, nil); err == nil {
		t.Fatal("no error after cancel")
	}
}

func TestCountProgressAndRates(t *testing.T) {
	c := loadTexts(t, map[string]string{"a.txt": "Trump met Maduro. Trump left.", "b.txt": "Nothing here at all."})
	r := mustParse(t, ruleYAML)
	last := 0
	cnt, err := CountContext(context.Background(), c, r, Options{}, func(done, total int) {
		if done != last+1 || total != 2 {
			t.Errorf("progress %d/%d after %d", done, total, last)
		}
		last = done
	})
	if err != nil {
		t.Fatal(err)
	}
	trump := r.Find("trump")
	if cnt.Total(trump) != 2 || cnt.DocsWith(trump) != 1 {
		t.Errorf("Trump total %d in %d docs", cnt.Total(trump), cnt.DocsWith(trump))
	}
	a := cnt.Docs[0]
	if a.Words != 5 || a.Per1000(trump) != 400 {
		t.Errorf("words %d, per 1000 %v; want 5 and 400", a.Words, a.Per1000(trump))
	}
	if got := a.Actors(); !slices.Equal(got, present(&a, len(r.Actors))) || len(got) == 0 || got[len(got)-1] >= len(r.Actors) {
		t.Errorf("Actors() = %v, want the actors with a mention (%v)", got, present(&a, len(r.Actors)))
	}
}

func TestOddRegistries(t *testing.T) {
	c := loadTexts(t, map[string]string{"a.txt": "Trump and Maduro."})
	for name, r := range map[string]*Registry{"nil": nil, "empty": {}, "nil actor": {Actors: []*Actor{nil, {Name: "Trump"}}}, "blank alias": {Actors: []*Actor{{Name: "Maduro", Aliases: []string{"", "  "}}}}} {
		cnt, err := Count(c, r, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r != nil && !slices.Equal(cnt.Docs[0].Actors(), present(&cnt.Docs[0], len(r.Actors))) {
			t.Errorf("%s: Actors() = %v, want %v", name, cnt.Docs[0].Actors(), present(&cnt.Docs[0], len(r.Actors)))
		}
		if name == "nil actor" && (cnt.Docs[0].N(1) != 1 || r.Find("trump") != 1 || r.Clone().Actors[1].Name != "Trump") {
			t.Errorf("nil actor: Trump counted %d, found at %d", cnt.Docs[0].N(1), r.Find("trump"))
		}
		if name == "blank alias" && cnt.Docs[0].N(0) != 1 {
			t.Errorf("blank alias: Maduro counted %d, want 1", cnt.Docs[0].N(0))
		}
	}
}
