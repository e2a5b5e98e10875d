package actors

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/corpus-explorer/corpus-explorer/seeds"
)

func discoverTexts(t *testing.T, files map[string]string, opts DiscoverOptions) map[string]Candidate {
	t.Helper()
	cands, err := Discover(context.Background(), loadTexts(t, files), opts)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Candidate{}
	for _, c := range cands {
		out[c.Actor.Name] = c
	}
	return out
}

func TestDiscoverRules(t *testing.T) {
	text := `Secretary of State Marco Rubio met President Nicolás Maduro in Caracas on Monday.
Later, Maduro said the talks failed. The Central Intelligence Agency (CIA) was not told.
However, officials in Caracas said the CIA knew. Venezuelan officials denied it.
THE CAPTURE OF MADURO CHANGES EVERYTHING
Israel and Hamas met the Securities and Exchange Commission. The SEC agreed.
Rubio spoke again. The Cartel de los Soles and the Cartel de Los Soles are one name.
Recent reports from the U.S. and the US mention Nicolas Maduro’s allies.
However, the Venezuelan minister flew to Caracas. However it was late.`
	got := discoverTexts(t, map[string]string{"a.txt": text}, DiscoverOptions{MinCount: 2})
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range got {
			if !yield(k) {
				return
			}
		}
	})
	t.Logf("candidates: %q", names)
	check := func(name string, kind Kind, count int, aliases ...string) {
		t.Helper()
		c, ok := got[name]
		if !ok {
			t.Errorf("no candidate %q", name)
			return
		}
		if c.Actor.Kind != kind || c.Count != count {
			t.Errorf("%s: kind %s count %d, want %s %d", name, c.Actor.Kind, c.Count, kind, count)
		}
		for _, a := range aliases {
			if !slices.Contains(c.Actor.Aliases, a) {
				t.Errorf("%s: aliases %q lack %q", name, c.Actor.Aliases, a)
			}
		}
	}
	// Title stripped, surname and accent/possessive variants merged; the
	// heading in capitals is ignored.
	check("Nicolás Maduro", Person, 3, "Maduro")
	check("Marco Rubio", Person, 2, "Rubio")
	check("Central Intelligence Agency", Organisation, 3, "CIA")
	check("Caracas", Place, 3)
	check("Cartel de los Soles", Organisation, 2)
	// "and" inside an organisation's name only; its acronym merged.
	check("Securities and Exchange Commission", Organisation, 2, "SEC")
	check("U.S.", Place, 2, "US") // "United States" is not in the text
	for _, bad := range []string{"However", "Recent", "Venezuelan", "Monday", "Secretary", "President", "The", "Later", "THE CAPTURE OF MADURO CHANGES EVERYTHING", "Marco Rubio met President Nicolás Maduro", "Israel and Hamas"} {
		if _, ok := got[bad]; ok {
			t.Errorf("noise candidate %q", bad)
		}
	}
}

func TestDiscoverOptions(t *testing.T) {
	text := "Alpha Corp met Beta Corp. Alpha Corp left. Beta Corp stayed. Gamma Corp came once."
	all := discoverTexts(t, map[string]string{"a.txt": text, "b.txt": "Alpha Corp again."}, DiscoverOptions{MinCount: 1})
	if len(all) != 3 || all["Alpha Corp"].Docs != 2 || all["Alpha Corp"].Count != 3 {
		t.Errorf("MinCount 1: %+v", all)
	}
	two := discoverTexts(t, map[string]string{"a.txt": text}, DiscoverOptions{})
	if _, ok := two["Gamma Corp"]; ok || len(two) != 2 {
		t.Errorf("default MinCount 2: %+v", two)
	}
	one := discoverTexts(t, map[string]string{"a.txt": text}, DiscoverOptions{Max: 1})
	if len(one) != 1 {
		t.Errorf("Max 1: %+v", one)
	}
}

func TestDiscoverCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Discover(ctx, seedCorpus(t), DiscoverOptions{}); err == nil {
		t.Error("no error after cancel")
	}
}

// TestDiscoverSeedsPrecision measures discovery against the hand-made
// registry of the seeds (seeds/actors.yaml): precision is the share of
// candidates that name an actor of the registry; recall the share of the
// registry's actors mentioned at least twice that discovery proposes.
func TestDiscoverSeedsPrecision(t *testing.T) {
	c := seedCorpus(t)
	hand, err := Parse(seeds.ActorsYAML())
	if err != nil {
		t.Fatal(err)
	}
	counts, err := Count(c, hand, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cands, err := Discover(context.Background(), c, DiscoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := map[int]bool{}
	correct := 0
	var wrong []string
	for _, cd := range cands {
		i := -1
		for _, n := range cd.Actor.Names() {
			if i = hand.Find(n); i >= 0 {
				break
			}
		}
		if i < 0 {
			wrong = append(wrong, cd.Actor.Name)
			continue
		}
		correct++
		if found[i] {
			t.Errorf("%q is a second candidate for %q: variants not merged", cd.Actor.Name, hand.Actors[i].Name)
		}
		found[i] = true
		if cd.Actor.Kind != hand.Actors[i].Kind {
			t.Logf("kind of %q: %s, hand list %s", cd.Actor.Name, cd.Actor.Kind, hand.Actors[i].Kind)
		}
	}
	relevant, recalled := 0, 0
	var missed []string
	for i := range hand.Actors {
		if counts.Total(i) >= 2 {
			relevant++
			if found[i] {
				recalled++
			} else {
				missed = append(missed, hand.Actors[i].Name)
			}
		}
	}
	precision := float64(correct) / float64(len(cands))
	recall := float64(recalled) / float64(relevant)
	t.Logf("seeds: %d candidates, precision %.2f (not in the hand list: %q), recall %.2f (missed: %q)",
		len(cands), precision, wrong, recall, missed)
	if precision < 0.85 || recall < 0.9 {
		t.Errorf("precision %.2f, recall %.2f; want at least 0.85 and 0.90", precision, recall)
	}
	if i := hand.Find("Maduro"); !strings.Contains(strings.Join(cands[0].Actor.Names(), "|"), "Maduro") || i < 0 {
		t.Errorf("the top candidate is %q, want Maduro", cands[0].Actor.Name)
	}
}
