package store

import (
	"fmt"
	"html"
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
	req := bleve.NewSearchRequestOptions(idxDefaultFields(parsed), size, from, false)
	req.Fields = idxInfoFields
	req.Highlight = bleve.NewHighlightWithStyle(htmlhl.Name)
	req.Highlight.AddField(idxFText)
	req.SortBy([]string{"-_score", "_id"})
	res, err := bix.Search(req)
	if err != nil {
		return nil, 0, fmt.Errorf("query %q: %w", q, err)
	}
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		hits = append(hits, Hit{
			ArticleInfo: idxInfo(h.ID, h.Fields),
			Score:       h.Score,
			Fragments:   h.Fragments[idxFText],
		})
	}
	return hits, res.Total, nil
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
