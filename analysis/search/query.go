package search

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
)

// Limits that keep a hostile or mistaken query from taking the app down.
const (
	// MaxQueryLen is the longest query accepted, in characters.
	MaxQueryLen = 1000
	// maxRegexpInsts bounds the compiled size of a /regexp/ or wildcard.
	maxRegexpInsts = 2000
	// maxFuzziness is the largest edit distance Bleve supports (word~2).
	maxFuzziness = 2
	// maxExpansion bounds how many indexed words one wildcard, fuzzy or
	// regexp term may expand to.
	maxExpansion = 20000
)

func init() {
	// Bound the words a prefix*, fuzzy~ or /regexp/ term may expand to;
	// Bleve's default is no limit.
	if searcher.DisjunctionMaxClauseCount == 0 {
		searcher.DisjunctionMaxClauseCount = maxExpansion
	}
}

// parseQuery parses a query string and checks it against the limits. Its
// errors wrap ErrQuery, ErrQueryTooLong or ErrQueryTooComplex and say what
// is wrong in plain language.
func parseQuery(s string) (query.Query, error) {
	if n := utf8.RuneCountInString(s); n > MaxQueryLen {
		return nil, fmt.Errorf("%w: %d characters, the limit is %d — search for a few distinctive words or a phrase instead",
			ErrQueryTooLong, n, MaxQueryLen)
	}
	q, err := safeParse(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %s%s", ErrQuery, plainParserError(err), hint(s))
	}
	if err := check(q); err != nil {
		return nil, err
	}
	return defaultFields(q), nil
}

func safeParse(s string) (q query.Query, err error) {
	defer func() {
		if r := recover(); r != nil {
			q, err = nil, fmt.Errorf("parse error: %v", r)
		}
	}()
	return query.NewQueryStringQuery(s).Parse()
}

// plainParserError keeps the parser's message on one line.
func plainParserError(err error) string {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	return strings.TrimPrefix(msg, "parse error: ")
}

// hint guesses, from the query text, the usual cause of a syntax error.
func hint(s string) string {
	switch {
	case strings.Count(s, `"`)%2 == 1:
		return ` (a phrase is missing its closing quote ")`
	case strings.Count(s, "/")%2 == 1 && strings.Contains(s, "/"):
		return " (a /regular expression/ is missing its closing slash)"
	case strings.Contains(s, "(") || strings.Contains(s, ")"):
		return " (parentheses are not supported: use +required and -excluded words)"
	case strings.HasSuffix(strings.TrimSpace(s), ":") || strings.Contains(s, ": "):
		return " (a field needs a value right after the colon, as in title:cocoa)"
	case strings.ContainsAny(strings.TrimSpace(s), "+-") && strings.Trim(strings.TrimSpace(s), "+-") == "":
		return " (+ and - go right before a word, as in +oil -gas)"
	case strings.Contains(s, "~"):
		return " (~ goes right after a word, with an optional distance of 1 or 2, as in exile~1)"
	}
	return ` (special characters such as + - = & | > < ! ( ) { } [ ] ^ " ~ * ? : \ / must be escaped with \ to be searched as text)`
}

// check walks a parsed query and rejects the terms that would be too
// costly to answer.
func check(q query.Query) error {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []query.Query{q.Must, q.Should, q.MustNot} {
			if sub != nil {
				if err := check(sub); err != nil {
					return err
				}
			}
		}
	case *query.ConjunctionQuery:
		for _, sub := range q.Conjuncts {
			if err := check(sub); err != nil {
				return err
			}
		}
	case *query.DisjunctionQuery:
		for _, sub := range q.Disjuncts {
			if err := check(sub); err != nil {
				return err
			}
		}
	case *query.RegexpQuery:
		return checkRegexp("/"+q.Regexp+"/", q.Regexp)
	case *query.WildcardQuery:
		return checkRegexp(q.Wildcard, wildcardRegexp(q.Wildcard))
	case *query.MatchQuery:
		if q.Fuzziness > maxFuzziness {
			return fmt.Errorf("%w: %s~%d: the distance after ~ can be 1 or 2", ErrQuery, q.Match, q.Fuzziness)
		}
	case *query.FuzzyQuery:
		if q.Fuzziness > maxFuzziness {
			return fmt.Errorf("%w: %s~%d: the distance after ~ can be 1 or 2", ErrQuery, q.Term, q.Fuzziness)
		}
	}
	return nil
}

func wildcardRegexp(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexpQuote(r))
		}
	}
	return b.String()
}

func regexpQuote(r rune) string {
	if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
		return `\` + string(r)
	}
	return string(r)
}

// checkRegexp compiles a regexp as Bleve will and rejects one that is
// invalid or too big.
func checkRegexp(shown, re string) error {
	parsed, err := syntax.Parse(re, syntax.Perl)
	var serr *syntax.Error
	if errors.As(err, &serr) && (serr.Code == syntax.ErrInvalidRepeatSize || serr.Code == syntax.ErrLarge) {
		return fmt.Errorf("%w: the regular expression %s repeats too much; simplify it", ErrQueryTooComplex, shorten(shown, 40))
	}
	if err != nil {
		return fmt.Errorf("%w: %s is not a valid regular expression: %v", ErrQuery, shown, err)
	}
	prog, err := syntax.Compile(parsed.Simplify())
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrQueryTooComplex, shown, err)
	}
	if len(prog.Inst) > maxRegexpInsts {
		return fmt.Errorf("%w: the regular expression %s is too big (%d steps, the limit is %d); simplify it",
			ErrQueryTooComplex, shorten(shown, 40), len(prog.Inst), maxRegexpInsts)
	}
	return nil
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
