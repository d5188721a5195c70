package web

import (
	"errors"
	"html"
	"net/http"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/crosscheck/crosscheck/corpus"
)

// Bounds of a search: query length and how deep paging may go.
const (
	maxQueryBytes = 1000
	maxFrom       = 100000
)

// searchData is what the search page shows.
type searchData struct {
	Query      string
	Total      uint64
	Hits       []hitView
	From, Next int
	Prev       int
	HasPrev    bool
	Err        string
}

// hitView is one hit with its fragments split for escaping.
type hitView struct {
	corpus.ArticleInfo
	Fragments [][]segment
}

// search runs a query-string search. The query is parsed here first, so
// that a query the parser refuses, or a pattern (regexp, wildcard) the
// index cannot run, is the user's mistake (400) and not a server fault.
func (s *Server) search(q string, size, from int) ([]corpus.Hit, uint64, error) {
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
	hits, total, err := s.ix.Search(q, size, from)
	if errors.Is(err, corpus.ErrQuerySyntax) {
		return nil, 0, badRequest("query not understood: %v", err)
	}
	if err != nil && hasPattern(parsed) {
		return nil, 0, badRequest("the pattern in the query cannot be run: %v", err)
	}
	return hits, total, err
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
	var hits []corpus.Hit
	if err == nil && q != "" {
		hits, d.Total, err = s.search(q, s.cfg.SearchPageSize, from)
	}
	if err != nil {
		if statusOf(err) == http.StatusInternalServerError {
			s.fail(w, r, err)
			return
		}
		d.Err = publicMessage(err, s.cfg.MaxBody)
		s.render(w, r, statusOf(err), "search", page{Title: "Search", Nav: "search", Data: d})
		return
	}
	if q != "" {
		d.From = from
		for _, h := range hits {
			d.Hits = append(d.Hits, hitView{ArticleInfo: h.ArticleInfo, Fragments: fragmentSegments(h.Fragments)})
		}
		if next := from + len(hits); uint64(next) < d.Total {
			d.Next = next
		}
		d.HasPrev, d.Prev = from > 0, max(0, from-s.cfg.SearchPageSize)
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
