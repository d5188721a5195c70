package store

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	htmlhl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Hit is one search result. Fragments are HTML: text escaped, each match
// wrapped in <mark>…</mark>. PlainFragments gives them for terminals.
type Hit struct {
	ArticleInfo
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments,omitempty"`
}

// Marks around a match in plain fragments.
const (
	MarkOpen  = "«"
	MarkClose = "»"
)

var idxPlainMarks = strings.NewReplacer("<mark>", MarkOpen, "</mark>", MarkClose)

// PlainFragments returns the fragments as plain text with matches in «».
func (h Hit) PlainFragments() []string {
	out := make([]string, len(h.Fragments))
	for i, f := range h.Fragments {
		// Tags first: a literal "<mark>" in the text arrives escaped.
		out[i] = html.UnescapeString(idxPlainMarks.Replace(f))
	}
	return out
}

// idxMaxPage bounds one page of search results.
const idxMaxPage = 10000

// Search runs q, in Bleve query-string syntax, against title and text and
// returns hits from..from+size by BM25 score (ties by ID), with the total.
// Words without a field ("summit", "\"two leaders\"") match title or text;
// "title:summit" or "source:wire" name one field.
func (ix *Index) Search(q string, size, from int) ([]Hit, uint64, error) {
	bix, release := ix.use()
	defer release()
	if size <= 0 {
		size = 10
	}
	size = min(size, idxMaxPage)
	from = max(from, 0)
	if err := checkQuerySyntax(q); err != nil {
		return nil, 0, err
	}
	parsed, err := query.NewQueryStringQuery(q).Parse()
	if err != nil {
		if detail := err.Error(); detail != ErrQuerySyntax.Error() {
			return nil, 0, fmt.Errorf("query %q: %w: %s", q, ErrQuerySyntax, detail)
		}
		return nil, 0, fmt.Errorf("query %q: %w", q, ErrQuerySyntax)
	}
	parsed = idxDefaultFields(parsed)
	if ix.chunked {
		return ix.searchParts(bix, q, parsed, size, from)
	}
	res, err := bix.Search(idxSearchRequest(parsed, size, from))
	if err != nil {
		return nil, 0, fmt.Errorf("query %q: %w", q, err)
	}
	return idxHits(res), res.Total, nil
}

func idxSearchRequest(q query.Query, size, from int) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(q, size, from, false)
	req.Fields = idxInfoFields
	req.Highlight = bleve.NewHighlightWithStyle(htmlhl.Name)
	req.Highlight.AddField(idxFText)
	// Ties in score go by article ID, read from the id field's doc
	// values: sorting on "_id" reads the stored ID of every match (a
	// common word at 100k articles: tens of thousands of random reads,
	// most of a search's time), where the doc values are read in order,
	// a block at a time.
	req.SortBy([]string{"-_score", idxFID})
	return req
}

func idxHits(res *bleve.SearchResult) []Hit {
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		hits = append(hits, Hit{
			ArticleInfo: idxInfo(h.ID, h.Fields),
			Score:       h.Score,
			Fragments:   h.Fragments[idxFText],
		})
	}
	return hits
}

// idxMaxFragments bounds the fragments of an article found in several of
// its parts.
const idxMaxFragments = 3

// searchParts is Search on an index that may hold long articles in parts
// (chunks.go): an article is one hit, scored by the best of its
// documents, with the fragments of its own document first, then those of
// its best parts; the total counts articles.
func (ix *Index) searchParts(bix bleve.Index, q string, parsed query.Query, size, from int) ([]Hit, uint64, error) {
	nparts, err := ix.idxChunkDocs(bix)
	if err != nil {
		return nil, 0, err
	}
	// The articles some of whose parts match, with their best part.
	partHits := map[string]*Hit{}
	if nparts > 0 {
		req := idxSearchRequest(query.NewConjunctionQuery([]query.Query{parsed, idxChunkQuery()}), int(nparts), 0)
		req.Fields = nil
		req.SortBy([]string{"-_score", "_id"}) // parts have no id field; they are few
		res, err := bix.Search(req)
		if err != nil {
			return nil, 0, fmt.Errorf("query %q: %w", q, err)
		}
		for _, h := range res.Hits { // best first
			id, _ := idxParent(h.ID)
			p := partHits[id]
			if p == nil {
				p = &Hit{Score: h.Score}
				partHits[id] = p
			}
			if room := idxMaxFragments - len(p.Fragments); room > 0 {
				fr := h.Fragments[idxFText]
				p.Fragments = append(p.Fragments, fr[:min(room, len(fr))]...)
			}
		}
	}
	if len(partHits) == 0 {
		res, err := bix.Search(idxSearchRequest(ix.idxArticlesOnly(parsed), size, from))
		if err != nil {
			return nil, 0, fmt.Errorf("query %q: %w", q, err)
		}
		return idxHits(res), res.Total, nil
	}
	ids := make([]string, 0, len(partHits))
	for id := range partHits {
		ids = append(ids, id)
	}
	// The other articles, as many as the page can need.
	rest := query.NewBooleanQuery([]query.Query{parsed}, nil, []query.Query{idxChunkQuery(), query.NewDocIDQuery(ids)})
	res, err := bix.Search(idxSearchRequest(rest, from+size, 0))
	if err != nil {
		return nil, 0, fmt.Errorf("query %q: %w", q, err)
	}
	hits, total := idxHits(res), res.Total
	// The articles found in parts, by their own document where it matches
	// too, else by their metadata alone (a part without its article, left
	// by an interrupted write, is passed over).
	own := query.NewConjunctionQuery([]query.Query{parsed, query.NewDocIDQuery(ids)})
	res, err = bix.Search(idxSearchRequest(own, len(ids), 0))
	if err != nil {
		return nil, 0, fmt.Errorf("query %q: %w", q, err)
	}
	folded := map[string]Hit{}
	for _, h := range idxHits(res) {
		folded[h.ID] = h
	}
	infos, err := ix.ArticleInfos(ids)
	if err != nil {
		return nil, 0, err
	}
	for id, p := range partHits {
		info, ok := infos[id]
		if !ok {
			continue
		}
		h, matched := folded[id]
		if !matched {
			h = Hit{ArticleInfo: info}
		}
		h.Score = max(h.Score, p.Score)
		for _, f := range p.Fragments {
			if len(h.Fragments) < idxMaxFragments {
				h.Fragments = append(h.Fragments, f)
			}
		}
		hits = append(hits, h)
		total++
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	if from >= len(hits) {
		return nil, total, nil
	}
	return hits[from:min(len(hits), from+size)], total, nil
}

// idxDefaultFields rewrites every field-less leaf of a parsed query string
// into "title or text", since the index has no _all field.
func idxDefaultFields(q query.Query) query.Query {
	switch t := q.(type) {
	case *query.BooleanQuery:
		t.Must = idxRewriteChild(t.Must)
		t.Should = idxRewriteChild(t.Should)
		t.MustNot = idxRewriteChild(t.MustNot)
		t.Filter = idxRewriteChild(t.Filter)
		return t
	case *query.ConjunctionQuery:
		for i, c := range t.Conjuncts {
			t.Conjuncts[i] = idxDefaultFields(c)
		}
		return t
	case *query.DisjunctionQuery:
		for i, c := range t.Disjuncts {
			t.Disjuncts[i] = idxDefaultFields(c)
		}
		return t
	case query.FieldableQuery:
		if t.Field() != "" {
			return t
		}
		title, text := idxCopyLeaf(t)
		if title == nil {
			t.SetField(idxFText)
			return t
		}
		title.SetField(idxFTitle)
		text.SetField(idxFText)
		return query.NewDisjunctionQuery([]query.Query{title, text})
	}
	return q
}

func idxRewriteChild(q query.Query) query.Query {
	if q == nil {
		return nil
	}
	return idxDefaultFields(q)
}

// idxCopyLeaf returns two copies of the leaf kinds the query-string
// parser makes from text; nil for others (ranges), which go to text only.
func idxCopyLeaf(q query.FieldableQuery) (query.FieldableQuery, query.FieldableQuery) {
	switch t := q.(type) {
	case *query.MatchQuery:
		a, b := *t, *t
		return &a, &b
	case *query.MatchPhraseQuery:
		a, b := *t, *t
		return &a, &b
	case *query.WildcardQuery:
		a, b := *t, *t
		return &a, &b
	case *query.RegexpQuery:
		a, b := *t, *t
		return &a, &b
	}
	return nil, nil
}
