package web

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/corpus"
)

// listPageSize is how many discrepancies one list page shows.
const listPageSize = 100

// listData is what the discrepancy list page shows.
type listData struct {
	F          listFilter
	Err        string
	Kinds      []string
	Severities []string
	Articles   []corpus.ArticleInfo
	Sources    []string
	Items      []itemView
	Total      int // after filtering
	All        int // before
	From       int
	NextURL    string
	PrevURL    string
	Summary    string
}

func (s *Server) discrepancyList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := listData{Kinds: kindNames, Severities: severityNames,
		Articles: s.articles, Sources: s.sources, All: len(s.report.Discrepancies)}
	f, err := parseFilter(q)
	var from int
	if err == nil {
		from, err = intParam(q, "from", 0, 0, 1<<30)
	}
	d.F = f
	if err != nil {
		d.Err = publicMessage(err, s.cfg.MaxBody)
		s.render(w, r, statusOf(err), "discrepancies", page{Title: "Discrepancies", Nav: "discrepancies", Data: d})
		return
	}
	rep := f.apply(s.report)
	d.Total, d.From = len(rep.Discrepancies), from
	d.Summary = report.Summary(rep, 0)
	shown := rep.Discrepancies[min(from, len(rep.Discrepancies)):min(from+listPageSize, len(rep.Discrepancies))]
	for _, x := range shown {
		d.Items = append(d.Items, s.item(x, nil, nil, nil))
	}
	if from+len(shown) < d.Total {
		d.NextURL = pageURL(q, from+len(shown))
	}
	if from > 0 {
		d.PrevURL = pageURL(q, max(0, from-listPageSize))
	}
	s.render(w, r, http.StatusOK, "discrepancies", page{Title: "Discrepancies", Nav: "discrepancies", Data: d})
}

// pageURL is the list's URL with the same filters, starting at from.
func pageURL(q url.Values, from int) string {
	v := url.Values{}
	for k, vs := range q {
		v[k] = vs
	}
	v.Set("from", strconv.Itoa(from))
	return "/discrepancies?" + v.Encode()
}

func (s *Server) discrepancyPage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	i, ok := s.byID[id]
	if !ok {
		s.fail(w, r, &requestError{Status: http.StatusNotFound, Msg: "no discrepancy with id " + strconv.Quote(id)})
		return
	}
	d := s.report.Discrepancies[i]
	v := s.item(d, nil, nil, s.articleCache(nil))
	s.render(w, r, http.StatusOK, "discrepancy", page{Title: d.Subject + " — " + string(d.Kind), Nav: "discrepancies", Data: v})
}
