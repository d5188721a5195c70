package web

import (
	"context"
	"errors"
	"html"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// Bounds of a search: query length and how deep paging may go.
const (
	maxQueryBytes = 1000
	maxFrom       = 100000
)

// searchData is what the search page shows.
type searchData struct {
	Query string
	Total uint64
	Hits  []hitView
	From  int
	Pager pager
	Err   string
}

// hitView is one hit with its fragments split for escaping.
type hitView struct {
	store.ArticleInfo
	Fragments [][]segment
}

// search runs a query-string search. The query is parsed here first, so
// that a query the parser refuses, or a pattern (regexp, wildcard) the
// index cannot run, is the user's mistake (400) and not a server fault.
func (s *Server) search(ctx context.Context, q string, size, from int) ([]store.Hit, uint64, error) {
	if len(q) > maxQueryBytes {
		return nil, 0, badRequest("the query is longer than %d bytes", maxQueryBytes)
	}
	if err := checkUTF8("the query", q); err != nil {
		return nil, 0, err
	}
	parsed, err := query.NewQueryStringQuery(q).Parse()
	if err != nil {
		return nil, 0, badRequest("query not understood: %v", err)
	}
	if f := maxFuzziness(parsed); f > searcher.MaxFuzziness || f < 0 {
		return nil, 0, badRequest("fuzziness ~%d in the query: at most ~%d is allowed (word~1 or word~2)", f, searcher.MaxFuzziness)
	}
	leave, err := s.searches.admit()
	if err != nil {
		return nil, 0, err
	}
	defer leave()
	var hits []store.Hit
	var total uint64
	// The index takes no context: the slot bounds how many run, the
	// deadline only what the client is told.
	err = s.searches.run(ctx, func(context.Context) error {
		var err error
		hits, total, err = s.ix.Search(q, size, from)
		return err
	})
	if errors.Is(err, store.ErrQuerySyntax) {
		return nil, 0, badRequest("query not understood: %v", err)
	}
	var re *requestError
	if errors.As(err, &re) {
		return nil, 0, err
	}
	if err != nil && hasPattern(parsed) {
		return nil, 0, badRequest("the pattern in the query cannot be run: %v", err)
	}
	return hits, total, err
}

// maxFuzziness is the largest (or a negative) fuzziness asked for in q,
// word~N: more than the index can run is the user's mistake.
func maxFuzziness(q query.Query) int {
	worst := 0
	take := func(f int) {
		if f < 0 || (worst >= 0 && f > worst) {
			worst = f
		}
	}
	switch t := q.(type) {
	case *query.MatchQuery:
		take(t.Fuzziness)
	case *query.FuzzyQuery:
		take(t.Fuzziness)
	case *query.MatchPhraseQuery:
		take(t.Fuzziness)
	case *query.BooleanQuery:
		for _, sub := range []query.Query{t.Must, t.Should, t.MustNot, t.Filter} {
			if sub != nil {
				take(maxFuzziness(sub))
			}
		}
	case *query.ConjunctionQuery:
		for _, sub := range t.Conjuncts {
			take(maxFuzziness(sub))
		}
	case *query.DisjunctionQuery:
		for _, sub := range t.Disjuncts {
			take(maxFuzziness(sub))
		}
	}
	return worst
}

// hasPattern reports whether a parsed query holds a regexp or wildcard.
func hasPattern(q query.Query) bool {
	switch t := q.(type) {
	case *query.RegexpQuery, *query.WildcardQuery:
		return true
	case *query.BooleanQuery:
		return hasPattern(t.Must) || hasPattern(t.Should) || hasPattern(t.MustNot) || hasPattern(t.Filter)
	case *query.ConjunctionQuery:
		return slices.ContainsFunc(t.Conjuncts, hasPattern)
	case *query.DisjunctionQuery:
		return slices.ContainsFunc(t.Disjuncts, hasPattern)
	}
	return false
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	d := searchData{Query: q}
	from, err := intParam(r.URL.Query(), "from", 0, 0, maxFrom)
	var hits []store.Hit
	if err == nil && q != "" {
		hits, d.Total, err = s.search(r.Context(), q, s.cfg.SearchPageSize, from)
	}
	if err != nil {
		if statusOf(err) == http.StatusInternalServerError {
			s.fail(w, r, err)
			return
		}
		d.Err = publicMessage(err, s.cfg.MaxBody)
		if n := retryAfter(err); n > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(n))
		}
		s.render(w, r, statusOf(err), "search", page{Title: "Search", Nav: "search", Data: d})
		return
	}
	if q != "" {
		d.From = from
		for _, h := range hits {
			d.Hits = append(d.Hits, hitView{ArticleInfo: h.ArticleInfo, Fragments: fragmentSegments(h.Fragments)})
		}
		d.Pager = newPager("/search", r.URL.Query(), from, len(hits), int(d.Total), s.cfg.SearchPageSize)
		if uint64(from+len(hits)) >= maxFrom {
			d.Pager.NextURL = ""
		}
	}
	s.render(w, r, http.StatusOK, "search", page{Title: "Search", Nav: "search", Data: d})
}

// fragmentSegments turns the index's HTML fragments back into plain
// pieces with the matches marked, so the template escapes every piece
// itself and no markup from the index reaches the page as markup.
func fragmentSegments(frags []string) [][]segment {
	out := make([][]segment, 0, len(frags))
	for _, f := range frags {
		var segs []segment
		for f != "" {
			open := strings.Index(f, "<mark>")
			if open < 0 {
				segs = append(segs, plainSegment(f, false))
				break
			}
			if open > 0 {
				segs = append(segs, plainSegment(f[:open], false))
			}
			f = f[open+len("<mark>"):]
			end := strings.Index(f, "</mark>")
			if end < 0 {
				end = len(f)
			}
			segs = append(segs, plainSegment(f[:end], true))
			f = strings.TrimPrefix(f[end:], "</mark>")
		}
		out = append(out, segs)
	}
	return out
}

func plainSegment(escaped string, mark bool) segment {
	return segment{Text: strings.ToValidUTF8(html.UnescapeString(escaped), "\uFFFD"), Mark: mark}
}
