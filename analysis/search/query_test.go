package search

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestBadQueries(t *testing.T) {
	ix := memIndex(t, loadSeeds(t))
	tests := []struct {
		query string
		err   error
		say   string
	}{
		{`"Cartel de los`, ErrQuery, "closing quote"},
		{`title:`, ErrQuery, "colon"},
		{`exile~3`, ErrQuery, "1 or 2"},
		{`/[a-/`, ErrQuery, "not a valid regular expression"},
		{strings.Repeat("Maduro ", 1500), ErrQueryTooLong, "limit is 1000"},
		{`/(a{100}){100}/`, ErrQueryTooComplex, "repeats too much"},
		{`/(abcdefghij{1,50}){20}/`, ErrQueryTooComplex, "too big"},
		{`/((((a*)*)*)*)*b/`, nil, ""},
		{`/(x+x+)+y/`, nil, ""},
		{`date:>="not a date"`, ErrQuery, ""},
		{`Maduro`, nil, ""},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), Request{Query: tt.query})
		if tt.err == nil {
			if err != nil {
				t.Errorf("%.40s: %v", tt.query, err)
			}
			continue
		}
		if !errors.Is(err, tt.err) {
			t.Errorf("%.40s: err %v, want %v (result %+v)", tt.query, err, tt.err, res)
			continue
		}
		if !strings.Contains(err.Error(), tt.say) {
			t.Errorf("%.40s: message %q does not say %q", tt.query, err, tt.say)
		}
	}
}
