package store

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Clue is one thing a candidate query looks for in articles' text: any
// of its alternatives, each a word or words that must all occur ("ivo
// marr"), analysed as the text is (stemmed, lower case). Boost weighs the
// clue against the others.
type Clue struct {
	Any   []string
	Boost float64
}

// idxMaxCandidates bounds the articles one candidate query returns.
const idxMaxCandidates = 1000

// Candidates returns the IDs of at most n indexed articles whose text
// matches at least minClues of the clues, best first by BM25 score (ties
// by ID): the articles a draft's names, places, numbers and event words
// point to, found through the index's postings of those terms alone,
// never by comparing documents. An alternative whose every word is in
// more than maxDocs articles is left out, as a more-like-this query
// leaves out common words: it tells no story from another, and reading
// its postings is what a query costs. Nothing but IDs is loaded.
func (ix *Index) Candidates(clues []Clue, minClues, n, maxDocs int) (ids []string, err error) {
	n = min(n, idxMaxCandidates)
	if len(clues) == 0 || n <= 0 {
		return nil, nil
	}
	bix, release := ix.use()
	defer release()
	adv, err := bix.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", ix.path, err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", ix.path, err)
	}
	defer idxClose(r, &err)
	m := bix.Mapping()
	an := m.AnalyzerNamed(m.AnalyzerNameForPath(idxFText))
	if an == nil {
		return nil, fmt.Errorf("index %s: no analyzer for %s", ix.path, idxFText)
	}
	df := map[string]int{}
	var qs []query.Query
	for _, c := range clues {
		var alts []query.Query
		for _, a := range c.Any {
			var terms []query.Query
			rare := false
			for _, tok := range an.Analyze([]byte(a)) {
				t := string(tok.Term)
				k, ok := df[t]
				if !ok {
					if k, err = idxTextDocs(r, t); err != nil {
						return nil, fmt.Errorf("index %s: %w", ix.path, err)
					}
					df[t] = k
				}
				if k == 0 {
					rare, terms = false, nil // no article holds it
					break
				}
				rare = rare || k <= maxDocs
				tq := query.NewTermQuery(t)
				tq.SetField(idxFText)
				if c.Boost > 0 {
					tq.SetBoost(c.Boost) // Bleve weighs leaves only
				}
				terms = append(terms, tq)
			}
			switch {
			case !rare:
			case len(terms) == 1:
				alts = append(alts, terms[0])
			default:
				alts = append(alts, query.NewConjunctionQuery(terms))
			}
		}
		if len(alts) > 0 {
			qs = append(qs, query.NewDisjunctionQuery(alts))
		}
	}
	if len(qs) < max(minClues, 1) {
		return nil, nil
	}
	q := query.NewDisjunctionQuery(qs)
	q.SetMin(float64(max(minClues, 1)))
	req := bleve.NewSearchRequestOptions(q, n, 0, false)
	req.SortBy([]string{"-_score", "_id"})
	res, err := bix.Search(req)
	if err != nil {
		return nil, fmt.Errorf("index %s: candidates: %w", ix.path, err)
	}
	seen := map[string]bool{}
	for _, h := range res.Hits {
		// a long article's parts count as the article (chunks.go)
		id, _ := idxParent(h.ID)
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// idxTextDocs is how many live articles hold term in their text.
func idxTextDocs(r index.IndexReader, term string) (n int, err error) {
	tfr, err := r.TermFieldReader(context.Background(), []byte(term), idxFText, false, false, false)
	if err != nil {
		return 0, err
	}
	defer idxClose(tfr, &err)
	return int(tfr.Count()), nil
}
