// Package web is crosscheck's web page and JSON API (`crosscheck serve`):
// search over the corpus, the corpus's discrepancies with their evidence
// in context, each article with its claims, and a box to check a draft
// against the corpus. One long-lived process keeps the index, knowledge
// base and rules loaded so that a draft check answers quickly.
//
// Pages are plain HTML from html/template, usable without JavaScript.
// Article text is untrusted: it only ever reaches a page as template data,
// split at claim offsets into pieces the template escapes one by one.
package web

import (
	"log"
	"net/http"
	"runtime"
	"runtime/debug"
	"sort"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// DefaultMaxBody caps request bodies when Config.MaxBody is not set.
const DefaultMaxBody = 5 << 20

// Config tunes a Server.
type Config struct {
	// MaxBody is the largest request body accepted, in bytes; larger ones
	// get 413. Zero or less means DefaultMaxBody.
	MaxBody int64
	// SearchPageSize is the number of hits per search page; 0 means 20.
	SearchPageSize int
	// ErrorLog receives server faults (never client mistakes); nil means
	// the standard logger.
	ErrorLog *log.Logger

	// MaxDraftChecks is how many draft checks run at once (0: the number
	// of CPUs, at least 2); DraftQueue how many more may wait for one
	// (0: 16 × MaxDraftChecks; each holds its body, at most MaxBody),
	// each at most DraftQueueWait (0: 5s).
	// Beyond, a draft check gets 503 with Retry-After.
	MaxDraftChecks int
	DraftQueue     int
	DraftQueueWait time.Duration
	// DraftTimeout stops a draft check that runs longer (0: 20s); it
	// stays under the HTTP server's WriteTimeout so the client is told.
	DraftTimeout time.Duration

	// AllowHosts are host names (or IPs) accepted in the Host header
	// beside the loopback names (localhost, 127.0.0.1, ::1); requests
	// for any other host get 403, which defeats DNS rebinding. "*"
	// accepts every host.
	AllowHosts []string
	// CORSOrigins are origins ("https://cms.example.org") allowed to call
	// the JSON API from a browser, the draft check included. Empty: none.
	CORSOrigins []string
	// Stories, when set, adds story pages (/stories/{id}) fed by an
	// events layer; nil: none.
	Stories Stories
}

// Server serves the pages and the API over one open index. It is safe for
// concurrent use.
type Server struct {
	ix  *store.Index
	opt pipeline.Options
	cfg Config

	// The corpus check, computed once by New: the index is owned by this
	// process, so it cannot change underneath.
	report    *pipeline.Report
	checkTime time.Duration
	byID      map[string]int      // discrepancy ID → position in report
	byArticle map[string][]int    // article ID → discrepancies citing it
	articles  []store.ArticleInfo // sorted by ID
	infoByID  map[string]store.ArticleInfo
	sources   []string // distinct outlets, sorted

	gate     *draftGate // draft checks
	searches *draftGate // searches: bounded too, a pattern can be costly
	origins  *originPolicy
	mux      *http.ServeMux
}

// New checks the whole index once (pipeline.CheckIndex) and returns a
// server for it. ix must stay open while the server runs; opt must carry
// the rules (and, usually, the knowledge base).
func New(ix *store.Index, opt pipeline.Options, cfg Config) (*Server, error) {
	if ix == nil {
		return nil, ErrNoIndex
	}
	if opt.Rules == nil {
		return nil, ErrNoRules
	}
	if _, err := pages(); err != nil {
		return nil, err
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.SearchPageSize <= 0 {
		cfg.SearchPageSize = 20
	}
	if cfg.ErrorLog == nil {
		cfg.ErrorLog = log.Default()
	}
	if cfg.MaxDraftChecks <= 0 {
		cfg.MaxDraftChecks = max(2, runtime.GOMAXPROCS(0))
	}
	if cfg.DraftQueue <= 0 {
		cfg.DraftQueue = 16 * cfg.MaxDraftChecks
	}
	if cfg.DraftQueueWait <= 0 {
		cfg.DraftQueueWait = DefaultDraftQueueWait
	}
	if cfg.DraftTimeout <= 0 {
		cfg.DraftTimeout = DefaultDraftTimeout
	}
	origins, err := newOriginPolicy(cfg.AllowHosts, cfg.CORSOrigins)
	if err != nil {
		return nil, err
	}
	opt.Progress = nil
	start := time.Now()
	rep, err := pipeline.CheckIndex(ix, opt)
	if err != nil {
		return nil, err
	}
	infos, err := ix.List()
	if err != nil {
		return nil, err
	}
	s := &Server{ix: ix, opt: opt, cfg: cfg, report: rep, checkTime: time.Since(start), articles: infos,
		gate:     newDraftGate(cfg.MaxDraftChecks, cfg.DraftQueue, cfg.DraftQueueWait, cfg.DraftTimeout, "draft check"),
		searches: newDraftGate(searchesPerCPU*runtime.GOMAXPROCS(0), 64, 2*DefaultDraftQueueWait, searchTimeout, "search"),
		origins:  origins}
	s.indexReport()
	s.routes()
	// The corpus check's garbage (a full check of a large index holds
	// every claim for a while) goes back to the system before serving.
	debug.FreeOSMemory()
	return s, nil
}

// indexReport builds the lookups the pages need from the cached check.
func (s *Server) indexReport() {
	s.byID = make(map[string]int, len(s.report.Discrepancies))
	s.byArticle = map[string][]int{}
	for i, d := range s.report.Discrepancies {
		s.byID[d.ID] = i
		seen := map[string]bool{}
		for _, c := range d.Claims {
			if !seen[c.Article] {
				seen[c.Article] = true
				s.byArticle[c.Article] = append(s.byArticle[c.Article], i)
			}
		}
	}
	s.infoByID = make(map[string]store.ArticleInfo, len(s.articles))
	outlets := map[string]bool{}
	for _, a := range s.articles {
		s.infoByID[a.ID] = a
		if a.Source != "" {
			outlets[a.Source] = true
		}
	}
	for o := range outlets {
		s.sources = append(s.sources, o)
	}
	sort.Strings(s.sources)
}

// Report is the cached corpus check; callers must not modify it.
func (s *Server) Report() *pipeline.Report { return s.report }

// Handler is the server's HTTP handler, with its security headers, body
// cap and panic guard.
func (s *Server) Handler() http.Handler {
	return s.guard(s.mux)
}

// meta returns what the pages show about an article: from the corpus
// check, else from the index listing, its reference date decided as the
// check decides it (--ref included).
func (s *Server) meta(id string, extra map[string]rules.ArticleMeta) rules.ArticleMeta {
	if m, ok := extra[id]; ok {
		return m
	}
	if m, ok := s.report.Meta[id]; ok {
		return m
	}
	if info, ok := s.infoByID[id]; ok {
		ref, from := info.Reference(s.opt.Extract.RefPolicy)
		return rules.ArticleMeta{ID: id, Title: info.Title, Source: info.Source, Reference: ref, ReferenceFrom: from}
	}
	return rules.ArticleMeta{ID: id}
}
