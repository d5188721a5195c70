package web

import (
	"net/http"
	"strconv"

	"github.com/crosscheck/crosscheck/checker/report"
)

// listPageSize is how many discrepancies one list page shows.
const listPageSize = 50

// maxSourceOptions is how many outlets the filter offers as a list; with
// more, the outlet is typed.
const maxSourceOptions = 100

// listData is what the discrepancy list page shows.
type listData struct {
	F          listFilter
	Err        string
	Kinds      []string
	Severities []string
	Sources    []string // empty when there are too many to list
	Items      []itemView
	Total      int // after filtering
	All        int // before
	From       int
	Pager      pager
	Summary    string
	// ArticleTitle names the article filtered on, when it is known.
	ArticleTitle string
}

func (s *Server) discrepancyList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := listData{Kinds: kindNames, Severities: severityNames, All: len(s.report.Discrepancies)}
	if len(s.sources) <= maxSourceOptions {
		d.Sources = s.sources
	}
	f, err := parseFilter(q)
	var from int
	if err == nil {
		from, err = intParam(q, "from", 0, 0, 1<<30)
	}
	d.F = f
	if info, ok := s.infoByID[f.Article]; ok {
		d.ArticleTitle = info.Title
	}
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
		d.Items = append(d.Items, s.item(x, nil, nil, nil, listLimits))
	}
	d.Pager = newPager("/discrepancies", q, from, len(shown), d.Total, listPageSize)
	s.render(w, r, http.StatusOK, "discrepancies", page{Title: "Discrepancies", Nav: "discrepancies", Data: d})
}

func (s *Server) discrepancyPage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	i, ok := s.byID[id]
	if !ok {
		s.fail(w, r, &requestError{Status: http.StatusNotFound, Msg: "no discrepancy with id " + strconv.Quote(id)})
		return
	}
	d := s.report.Discrepancies[i]
	v := s.item(d, nil, nil, s.articleCache(nil), pageLimits)
	s.render(w, r, http.StatusOK, "discrepancy", page{Title: d.Subject + " — " + string(d.Kind), Nav: "discrepancies", Data: v})
}
