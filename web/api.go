package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus"
)

// searchResult is the JSON answer of /api/search, the same shape as
// `crosscheck search --format json`.
type searchResult struct {
	Query string       `json:"query"`
	Total uint64       `json:"total"`
	Hits  []corpus.Hit `json:"hits"`
}

// articleResult is the JSON answer of /api/articles/{id}.
type articleResult struct {
	Article *corpus.Article `json:"article"`
	Claims  []claim.Claim   `json:"claims"`
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
	hits, total, err := s.search(text, size, from)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if hits == nil {
		hits = []corpus.Hit{}
	}
	writeJSON(w, r, http.StatusOK, searchResult{Query: text, Total: total, Hits: hits})
}

func (s *Server) apiDiscrepancies(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, f.apply(s.report))
}

func (s *Server) apiDiscrepancy(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	i, ok := s.byID[id]
	if !ok {
		s.fail(w, r, &requestError{Status: http.StatusNotFound, Msg: "no discrepancy with id " + strconv.Quote(id)})
		return
	}
	writeJSON(w, r, http.StatusOK, s.report.Discrepancies[i])
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, cs, err := s.getArticle(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res := articleResult{Article: a, Claims: cs, Discrepancies: []string{}}
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
	_, _, rep, err := s.checkDraft(r.Context(), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, f.apply(rep))
}
