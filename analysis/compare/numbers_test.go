package compare

import (
	"testing"
)

func TestExtractFigures(t *testing.T) {
	type fig struct {
		text  string
		value float64
		hedge string
		what  string
	}
	tests := []struct {
		name string
		in   string
		want []fig
	}{
		{"digits and verb", "The strikes killed 83 suspected traffickers.", []fig{{"83", 83, "", "killed"}}},
		{"hedge about", "About 80 deaths have been reported.", []fig{{"About 80", 80, "about", "deaths"}}},
		{"hedge at least, hyphenated noun", "It destroyed at least 21 narco-vessels so far.", []fig{{"at least 21", 21, "at least", "destroyed"}}},
		{"spelled twenty one", "They carried out at least twenty one fatal strikes on small boats.", []fig{{"at least twenty one", 21, "at least", "strikes"}}},
		{"hyphenated spelled", "Twenty-one boats sank.", []fig{{"Twenty-one", 21, "", "sank"}}},
		{"one hundred thousand", "a war that killed roughly one hundred thousand Americans last year", []fig{{"roughly one hundred thousand", 100000, "roughly", "killed"}}},
		{"a dozen", "A dozen boats were seized.", []fig{{"A dozen", 12, "", "seized"}}},
		{"thousands separator", "More than 1,200 troops arrived.", []fig{{"More than 1,200", 1200, "more than", "troops"}}},
		{"decimal with scale", "The fund holds 3.5 million dollars.", []fig{{"3.5 million", 3.5e6, "", "dollars"}}},
		{"wire abbreviations", "assets fell 244 mln dlrs to 1.2 bln", []fig{{"244 mln", 244e6, "", "dlrs"}, {"1.2 bln", 1.2e9, "", ""}}},
		{"compound unit", "waters within 12 nautical miles of the coast", []fig{{"12", 12, "", "nautical miles"}}},
		{"nearly and up to", "nearly 40 ships and up to 300 sailors", []fig{{"nearly 40", 40, "nearly", "ships"}, {"up to 300", 300, "up to", "sailors"}}},
		{"approximately percent", "approximately 99% of particles", []fig{{"approximately 99", 99, "approximately", "percent"}}},
		{"passive verb after noun", "80 people were killed.", []fig{{"80", 80, "", "killed"}}},
		{"decade digits not counted", "back in the 1990s and the '90s", nil},
		{"decade words not counted", "since the nineteen nineties", nil},
		{"year not counted", "In 2025 the navy, since 1999, and in March 2024.", nil},
		{"ordinal and date not counted", "the 21st strike on September 2 and 2 December", nil},
		{"time not counted", "at 10:30 the ships left", nil},
		{"lone one not counted", "one of the most aggressive", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractFigures(tt.in, 0, len(tt.in))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d figures %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text || g.Value != w.value || g.Hedge != w.hedge || g.What != w.what {
					t.Errorf("figure %d = {%q %g %q %q}, want %+v", i, g.Text, g.Value, g.Hedge, g.What, w)
				}
				if tt.in[g.Span.Start:g.Span.End] != g.Text {
					t.Errorf("span %v does not hold %q", g.Span, g.Text)
				}
			}
		})
	}
}

func TestPairFigures(t *testing.T) {
	ex := func(s string) []Figure { return ExtractFigures(s, 0, len(s)) }
	a := ex("Strikes killed around 80 people. They hit 21 boats. Officials met 3 envoys.")
	b := ex("The campaign killed 83 suspected traffickers and destroyed twenty one narco-vessels. A war killed one hundred thousand Americans.")
	ps := PairFigures(a, b)
	var both []NumberPair
	for _, p := range ps {
		if p.A != nil && p.B != nil {
			both = append(both, p)
		}
	}
	if len(both) != 2 {
		t.Fatalf("paired %d, want 2: %+v", len(both), ps)
	}
	if both[0].A.Value != 80 || both[0].B.Value != 83 || both[0].Agree || !both[0].Disagrees() {
		t.Errorf("first pair %v/%v agree=%v, want 80 vs 83 flagged", both[0].A.Text, both[0].B.Text, both[0].Agree)
	}
	if both[1].A.Value != 21 || both[1].B.Value != 21 || !both[1].Agree {
		t.Errorf("second pair %v/%v agree=%v, want 21 = twenty one", both[1].A.Text, both[1].B.Text, both[1].Agree)
	}
	unpaired := 0
	for _, p := range ps {
		if p.A == nil || p.B == nil {
			unpaired++
			if p.B != nil && p.B.Value == 100000 {
				continue
			}
		}
	}
	if unpaired != 2 { // "3 envoys" and "one hundred thousand"
		t.Errorf("unpaired = %d, want 2", unpaired)
	}
}
