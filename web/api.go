package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// searchResult is the JSON answer of /api/search, the same shape as
// `crosscheck search --format json`.
type searchResult struct {
	Query string      `json:"query"`
	Total uint64      `json:"total"`
	Hits  []store.Hit `json:"hits"`
}

// articleResult is the JSON answer of /api/articles/{id}.
type articleResult struct {
	Article *article.Article `json:"article"`
	Claims  []claim.Claim    `json:"claims"`
	// Discrepancies are the IDs of the corpus discrepancies citing it.
	Discrepancies []string `json:"discrepancies"`
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := strings.TrimSpace(q.Get("q"))
	if text == "" {
		s.fail(w, r, badRequest("no query: use /api/search?q=WORDS"))
		return
	}
	size, err := intParam(q, "n", 10, 1, 100)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	from, err := intParam(q, "from", 0, 0, maxFrom)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hits, total, err := s.search(r.Context(), text, size, from)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if hits == nil {
		hits = []store.Hit{}
	}
	for i := range hits {
		hits[i].Path = publicPath(hits[i].Path)
	}
	writeJSON(w, r, http.StatusOK, searchResult{Query: text, Total: total, Hits: hits})
}

// API list bounds: a page of discrepancies is at most maxAPIPage long.
const (
	defaultAPIPage = 100
	maxAPIPage     = 500
)

// apiDiscrepancies pages through the corpus's discrepancies: from and n
// (at most 500) choose the page, the list's filters apply.
func (s *Server) apiDiscrepancies(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := parseFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	from, err := intParam(q, "from", 0, 0, 1<<30)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := intParam(q, "n", defaultAPIPage, 1, maxAPIPage)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rep := f.apply(s.report)
	all := rep.Discrepancies
	page := all[min(from, len(all)):min(from+n, len(all))]
	out := apiReport{Report: rep, Discrepancies: s.apiView(page, nil, nil, nil), Total: len(all), From: from}
	if next := from + len(page); next < len(all) {
		out.Next = &next
	}
	writeJSON(w, r, http.StatusOK, out)
}

// apiDiscrepancy is one discrepancy, every side with its article and,
// for up to maxUTF16Articles articles, UTF-16 offsets.
func (s *Server) apiDiscrepancy(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	i, ok := s.byID[id]
	if !ok {
		s.fail(w, r, &requestError{Status: http.StatusNotFound, Msg: "no discrepancy with id " + strconv.Quote(id)})
		return
	}
	src := s.articleCache(nil)
	loaded := 0
	texts := func(id string) (string, bool) {
		if loaded >= maxUTF16Articles {
			return "", false
		}
		loaded++
		a, ok := src(id)
		if !ok {
			return "", false
		}
		return a.Text, true
	}
	writeJSON(w, r, http.StatusOK, s.apiView(s.report.Discrepancies[i:i+1], nil, nil, texts)[0])
}

// maxUTF16Articles bounds the articles read for UTF-16 offsets of one
// discrepancy.
const maxUTF16Articles = 50

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, cs, err := s.getArticle(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	pub := *a
	pub.Path = publicPath(a.Path)
	res := articleResult{Article: &pub, Claims: cs, Discrepancies: []string{}}
	if res.Claims == nil {
		res.Claims = []claim.Claim{}
	}
	for _, i := range s.byArticle[a.ID] {
		res.Discrepancies = append(res.Discrepancies, s.report.Discrepancies[i].ID)
	}
	writeJSON(w, r, http.StatusOK, res)
}

// apiCheck checks a draft against the corpus and answers in the shape of
// `check --format json`; the list's query filters apply too.
func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	leave, err := s.gate.admit()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer leave()
	in, err := readDraftAPI(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	arts, _, rep, err := s.checkDraft(r.Context(), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	drafts := make(map[string]*article.Article, len(arts))
	for _, a := range arts {
		drafts[a.ID] = a
	}
	rep = f.apply(rep)
	texts := func(id string) (string, bool) {
		a, ok := drafts[id]
		if !ok {
			return "", false
		}
		return a.Text, true
	}
	writeJSON(w, r, http.StatusOK, apiReport{Report: rep, Discrepancies: s.apiView(rep.Discrepancies, rep.Meta, drafts, texts),
		Total: len(rep.Discrepancies)})
}
