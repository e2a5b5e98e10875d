package search

import "github.com/blevesearch/bleve/v2/search/query"

// defaultFields rewrites the terms of a parsed query that name no field so
// that they search both the body and the title. (The index has no _all
// field, which would double the indexing work.) It changes q in place and
// returns the query to run.
func defaultFields(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil {
			q.Must = defaultFields(q.Must)
		}
		if q.Should != nil {
			q.Should = defaultFields(q.Should)
		}
		if q.MustNot != nil {
			q.MustNot = defaultFields(q.MustNot)
		}
	case *query.ConjunctionQuery:
		for i, sub := range q.Conjuncts {
			q.Conjuncts[i] = defaultFields(sub)
		}
	case *query.DisjunctionQuery:
		for i, sub := range q.Disjuncts {
			q.Disjuncts[i] = defaultFields(sub)
		}
	case *query.MatchQuery:
		if q.FieldVal == "" {
			return both(func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
		}
	case *query.MatchPhraseQuery:
		if q.FieldVal == "" {
			return both(func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
		}
		if q.FieldVal != FieldBody && q.FieldVal != FieldTitle {
			// A quoted keyword (source:"BBC News") is one token: a plain
			// term match, which needs no term positions and is much
			// cheaper than a phrase when most documents share the value.
			m := query.NewMatchQuery(q.MatchPhrase)
			m.SetField(q.FieldVal)
			m.BoostVal = q.BoostVal
			return m
		}
	case *query.FuzzyQuery:
		if q.FieldVal == "" {
			return both(func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
		}
	case *query.PrefixQuery:
		if q.FieldVal == "" {
			return both(func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
		}
	case *query.RegexpQuery:
		if q.FieldVal == "" {
			return both(func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
		}
	case *query.WildcardQuery:
		if q.FieldVal == "" {
			return both(func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
		}
	case *query.TermQuery:
		if q.FieldVal == "" {
			return both(func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
		}
	}
	return q
}

// both returns a disjunction of the query made for the body and for the
// title.
func both(make func(field string) query.Query) query.Query {
	return query.NewDisjunctionQuery([]query.Query{make(FieldBody), make(FieldTitle)})
}
