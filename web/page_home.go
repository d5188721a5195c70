package web

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/rules"
)

// homeData is what the start page shows.
type homeData struct {
	Summary    string
	BySeverity []severityCount
	Articles   []corpus.ArticleInfo
	CheckTime  string
}

// severityCount is one badge on the start page.
type severityCount struct {
	Severity string
	Count    int
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	counts := map[rules.Severity]int{}
	for _, d := range s.report.Discrepancies {
		counts[d.Severity]++
	}
	var by []severityCount
	for _, sev := range []rules.Severity{rules.Error, rules.Warning, rules.Info} {
		by = append(by, severityCount{sev.String(), counts[sev]})
	}
	s.render(w, r, http.StatusOK, "home", page{Title: "crosscheck", Nav: "home", Data: homeData{
		Summary: report.Summary(s.report, 0), BySeverity: by, Articles: s.articles,
		CheckTime: s.checkTime.Round(time.Millisecond).String(),
	}})
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	a, cs, err := s.getArticle(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	title := a.Title
	if title == "" {
		title = a.ID
	}
	s.render(w, r, http.StatusOK, "article", page{Title: title, Data: s.articleView(a, cs)})
}

// getArticle reads an article, turning an unknown ID into a 404.
func (s *Server) getArticle(id string) (*corpus.Article, []claim.Claim, error) {
	a, cs, err := s.ix.Get(id)
	if errors.Is(err, corpus.ErrNotFound) {
		return nil, nil, &requestError{Status: http.StatusNotFound, Msg: "no article with id " + strconv.Quote(id)}
	}
	return a, cs, err
}
