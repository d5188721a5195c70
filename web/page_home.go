package web

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// homeData is what the start page shows.
type homeData struct {
	Summary    string
	BySeverity []severityCount
	Articles   int
	Sources    int
	CheckTime  string
}

// articlesPageSize is how many articles one page of the list shows.
const articlesPageSize = 100

// articlesData is one page of the article list.
type articlesData struct {
	Articles []store.ArticleInfo
	From     int
	Pager    pager
}

// articleList pages through every article, in ID order.
func (s *Server) articleList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, err := intParam(q, "from", 0, 0, 1<<30)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	shown := s.articles[min(from, len(s.articles)):min(from+articlesPageSize, len(s.articles))]
	d := articlesData{Articles: shown, From: from,
		Pager: newPager("/articles", q, from, len(shown), len(s.articles), articlesPageSize)}
	s.render(w, r, http.StatusOK, "articles", page{Title: "Articles", Nav: "articles", Data: d})
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
	s.render(w, r, http.StatusOK, "home", page{Nav: "home", Data: homeData{
		Summary: report.Summary(s.report, 0), BySeverity: by, Articles: len(s.articles), Sources: len(s.sources),
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
func (s *Server) getArticle(id string) (*article.Article, []claim.Claim, error) {
	a, cs, err := s.ix.Get(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil, &requestError{Status: http.StatusNotFound, Msg: "no article with id " + strconv.Quote(id)}
	}
	return a, cs, err
}
