package web

import (
	"net/http"
	"strings"
)

// routes registers every page and API route with the methods it allows.
// Read routes allow GET (and HEAD); only the draft check takes POST.
func (s *Server) routes() {
	m := http.NewServeMux()
	get := []string{http.MethodGet, http.MethodHead}
	m.Handle("/{$}", allow(get, s.home))
	m.Handle("/search", allow(get, s.searchPage))
	m.Handle("/discrepancies", allow(get, s.discrepancyList))
	m.Handle("/discrepancies/{id}", allow(get, s.discrepancyPage))
	m.Handle("/articles", allow(get, s.articleList))
	m.Handle("/articles/{id}", allow(get, s.articlePage))
	m.Handle("/draft", allow([]string{http.MethodGet, http.MethodHead, http.MethodPost}, s.draftPage))
	m.Handle("/static/style.css", allow(get, serveCSS))

	m.Handle("/favicon.ico", allow(get, serveFavicon))
	if s.cfg.Stories != nil {
		m.Handle("/stories", allow(get, s.storyList))
		m.Handle("/stories/{id}", allow(get, s.storyPage))
	}

	// The API, under /api/v1/ (the versioned path a tool should use) and
	// /api/ (the same, kept for callers from before).
	for _, base := range []string{"/api/", "/api/v1/"} {
		m.Handle(base+"search", allow(get, s.apiSearch))
		m.Handle(base+"discrepancies", allow(get, s.apiDiscrepancies))
		m.Handle(base+"discrepancies/{id}", allow(get, s.apiDiscrepancy))
		m.Handle(base+"articles/{id}", allow(get, s.apiArticle))
		m.Handle(base+"check", allow([]string{http.MethodPost}, s.apiCheck))
		if s.cfg.Stories != nil {
			m.Handle(base+"stories", allow(get, s.apiStories))
			m.Handle(base+"stories/{id}", allow(get, s.apiStory))
		}
	}

	m.Handle("/", http.HandlerFunc(s.notFound))
	s.mux = m
}

// allow answers 405 with an Allow header to any method not listed.
func allow(methods []string, h http.HandlerFunc) http.Handler {
	list := strings.Join(methods, ", ")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, m := range methods {
			if r.Method == m {
				h(w, r)
				return
			}
		}
		w.Header().Set("Allow", list)
		writeError(w, r, &requestError{Status: http.StatusMethodNotAllowed,
			Msg: "method " + r.Method + " not allowed here (allowed: " + list + ")"}, 0)
	})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, r, &requestError{Status: http.StatusNotFound, Msg: "no page at " + r.URL.Path}, s.cfg.MaxBody)
}

// isAPI tells routes that answer in JSON from pages.
func isAPI(r *http.Request) bool {
	return r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/")
}

// bodyCap is the most a request may send: the draft form may send up to
// twice the limit, so that a paste over it comes back in the form with the
// limit said rather than being lost.
func (s *Server) bodyCap(r *http.Request) int64 {
	if r.URL.Path == "/draft" {
		return 2*s.cfg.MaxBody + 64<<10
	}
	return s.cfg.MaxBody
}

// guard sets security headers on every answer, refuses foreign hosts and
// origins, caps the request body and turns a panic in a handler into a 500 instead of a dropped connection.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		// No scripts at all: the pages need none, so injected markup
		// could run nothing even if escaping ever failed.
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		if err := s.origins.check(w, r); err != nil {
			writeError(w, r, err, s.cfg.MaxBody)
			return
		}
		if s.origins.preflight(w, r) {
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.bodyCap(r))
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.cfg.ErrorLog.Printf("web: panic serving %s %s: %v", r.Method, r.URL.Path, v)
				writeError(w, r, errInternal, s.cfg.MaxBody)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
