package web

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/checker/report"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static/style.css
var styleCSS []byte

// pageNames are the page templates; each is parsed with the layout.
var pageNames = []string{"home", "search", "discrepancies", "discrepancy", "article", "articles", "draft", "error", "story", "stories"}

// pages holds one parsed template set per page, parsed on first use (a
// server's start), not when any crosscheck command starts.
var pages = sync.OnceValues(parsePages)

var templateFuncs = template.FuncMap{
	"pathEscape":  url.PathEscape,
	"queryEscape": url.QueryEscape,
	"date":        fmtDate,
	"inc":         func(i int) int { return i + 1 },
	"minus":       func(b, a int) int { return a - b },
	"groupHead":   func(g valueGroup, timeline bool) groupHeadView { return groupHeadView{G: g, Timeline: timeline} },
}

func parsePages() (map[string]*template.Template, error) {
	out := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(templateFuncs).
			ParseFS(templateFS, "templates/layout.html", "templates/segments.html", "templates/pager.html", "templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		out[name] = t
	}
	return out, nil
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// groupHeadView is a value group's heading with whether it is a step of a
// timeline.
type groupHeadView struct {
	G        valueGroup
	Timeline bool
}

// page is what every template gets: the page's own data in Data.
type page struct {
	Title string
	Nav   string // which menu entry is current
	Data  any
	// Stories is set when the server has a story layer: the menu links
	// to it.
	Stories bool
}

// render executes a page into a buffer first, so a template fault gives a
// clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	p.Stories = s.cfg.Stories != nil
	ps, _ := pages() // a parse error stops New
	if err := ps[name].Execute(&buf, p); err != nil {
		s.cfg.ErrorLog.Printf("web: render %s: %v", name, err)
		writeError(w, r, errInternal, s.cfg.MaxBody)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}

// fail answers err: as JSON on API routes, as a page elsewhere. Server
// faults are logged and shown only by their status.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if statusOf(err) == http.StatusInternalServerError {
		s.cfg.ErrorLog.Printf("web: %s %s: %v", r.Method, r.URL.Path, err)
	}
	writeError(w, r, err, s.cfg.MaxBody)
}

// apiError is the JSON body of every API error.
type apiError struct {
	Status int    `json:"status"`
	Error  string `json:"error"`
}

type errorPage struct {
	Status     int
	StatusText string
	Message    string
}

func writeError(w http.ResponseWriter, r *http.Request, err error, maxBody int64) {
	status, msg := statusOf(err), publicMessage(err, maxBody)
	if n := retryAfter(err); n > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(n))
	}
	if status == http.StatusRequestEntityTooLarge {
		// The rest of an oversized body is not read: close the connection
		// rather than leave it in an unknown state.
		w.Header().Set("Connection", "close")
	}
	if isAPI(r) {
		writeJSON(w, r, status, apiError{Status: status, Error: msg})
		return
	}
	var buf bytes.Buffer
	p := page{Title: http.StatusText(status), Data: errorPage{status, http.StatusText(status), msg}}
	if ps, err := pages(); err != nil || ps["error"].Execute(&buf, p) != nil {
		http.Error(w, msg, status)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}

// writeJSON writes v in the same indented shape as `check --format json`.
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	if err := report.WriteJSON(&buf, v); err != nil {
		http.Error(w, `{"status":500,"error":"internal server error"}`, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}

func serveCSS(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/css; charset=utf-8")
	h.Set("Cache-Control", "public, max-age=3600")
	h.Set("Content-Length", strconv.Itoa(len(styleCSS)))
	if r.Method != http.MethodHead {
		_, _ = w.Write(styleCSS)
	}
}
