package search

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestEmptyQueryAndClosed(t *testing.T) {
	ix, err := NewMem(context.Background(), loadSeeds(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Request{Query: "  "})
	if err != nil || res.Total != 0 || len(res.Hits) != 0 {
		t.Errorf("blank query: %+v, %v", res, err)
	}
	ix.Close()
	ix.Close()
	if _, err := ix.Search(context.Background(), Request{Query: "Maduro"}); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
}

func TestSearchWhileIndexing(t *testing.T) {
	files := map[string]string{}
	for i := range 600 {
		files[string(rune('a'+i%26))+strings.Repeat("x", i/26)+".txt"] = "Title\nCommon words about oil and ships. Number " + strings.Repeat("z", i%7+1) + "."
	}
	c := loadMap(t, files)
	ix, err := NewMem(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	deadline := time.After(time.Minute)
	last := 0
	for ix.State().Phase == Building {
		res, err := ix.Search(context.Background(), Request{Query: "oil", Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total < last {
			t.Fatalf("hits went down from %d to %d", last, res.Total)
		}
		last = res.Total
		select {
		case <-deadline:
			t.Fatal("indexing did not finish")
		default:
		}
	}
	if err := ix.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Request{Query: "oil"})
	if err != nil || res.Total != len(c.Docs) {
		t.Errorf("after indexing: %v hits of %d, %v", res.Total, len(c.Docs), err)
	}
}
