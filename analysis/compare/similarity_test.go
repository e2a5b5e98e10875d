package compare

import (
	"context"
	"fmt"
	"math"
	"testing"
)

func topicCorpus(t testing.TB) map[string]string {
	topics := [][]string{
		{"navy", "boats", "strikes", "caribbean", "vessels", "coast"},
		{"election", "votes", "ballots", "candidate", "campaign", "polls"},
		{"football", "goal", "striker", "league", "match", "referee"},
	}
	files := map[string]string{}
	for i := 0; i < 12; i++ {
		tp := topics[i%3]
		text := ""
		for k := 0; k < 20; k++ {
			text += fmt.Sprintf("%s %s word%d filler%d. ", tp[k%6], tp[(k+i)%6], i, k%4)
		}
		files[fmt.Sprintf("d%02d.txt", i)] = text
	}
	files["dup.txt"] = files["d00.txt"]
	return files
}

func TestSimilarities(t *testing.T) {
	c := load(t, topicCorpus(t))
	dense, err := Similarities(context.Background(), c, SimilarityOptions{TopK: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sparse, err := Similarities(context.Background(), c, SimilarityOptions{TopK: 3, DenseLimit: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if dense.Values == nil || sparse.Values != nil || !sparse.Approximate {
		t.Fatal("dense/sparse modes not chosen by DenseLimit")
	}
	n := len(c.Docs)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			v := dense.Values[i][j]
			if v < 0 || v > 1 || v != dense.Values[j][i] {
				t.Fatalf("Values[%d][%d] = %v not symmetric in [0,1]", i, j, v)
			}
			if math.Abs(v-sparse.Score(i, j)) > 1e-9 {
				t.Fatalf("Score(%d,%d) = %v, dense %v", i, j, sparse.Score(i, j), v)
			}
		}
		if dense.Values[i][i] != 1 {
			t.Errorf("diagonal %d = %v", i, dense.Values[i][i])
		}
		dn, sn := dense.Neighbours(i, 1), sparse.Neighbours(i, 1)
		if len(dn) != 1 || len(sn) != 1 || math.Abs(dn[0].Score-sn[0].Score) > 1e-9 {
			t.Errorf("doc %d: dense top %+v, sparse top %+v", i, dn, sn)
		}
		// Documents of the same topic are nearer than any other.
		if idx := c.Index(dn[0].ID); idx%3 != i%3 && c.Docs[i].ID != "dup" && dn[0].ID != "dup" {
			t.Errorf("doc %s nearest %s is of another topic", c.Docs[i].ID, dn[0].ID)
		}
	}
	d0, dup := c.Index("d00"), c.Index("dup")
	if dense.Values[d0][dup] != 1 {
		t.Errorf("duplicate similarity %v, want 1", dense.Values[d0][dup])
	}
	if nb := sparse.Neighbours(dup, 3); nb[0].ID != "d00" || nb[0].Score != 1 {
		t.Errorf("dup neighbours %+v", nb)
	}
	sub := sparse.Sub([]string{"d00", "dup", "d01", "nope"})
	if len(sub.IDs) != 3 || sub.Values[0][1] != 1 || math.Abs(sub.Values[0][2]-dense.Values[d0][c.Index("d01")]) > 1e-9 {
		t.Errorf("Sub = %+v", sub)
	}
	if sparse.Neighbours(-1, 3) != nil || sparse.Neighbours(0, 0) != nil {
		t.Error("out of range neighbours not nil")
	}
}

func TestSimilaritiesCancelled(t *testing.T) {
	c := load(t, topicCorpus(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Similarities(ctx, c, SimilarityOptions{}, nil); err == nil {
		t.Error("cancelled: no error")
	}
}
