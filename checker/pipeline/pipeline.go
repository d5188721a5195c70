// Package pipeline runs crosscheck's main job: read articles, extract
// their claims, index both, group claims by subject and run the rules.
// Reading, extraction and indexing overlap: articles stream through a
// worker pool, so the corpus is never held in memory as text.
package pipeline

import (
	"errors"
	"io/fs"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Source says where articles come from: paths on disk or an fs.FS (the
// embedded sample corpus).
type Source struct {
	Paths []string
	FS    fs.FS
	Root  string
}

func (s Source) walk(opt corpus.ReadOptions, fn func(*corpus.Article) error) (corpus.ReadStats, []corpus.Problem, error) {
	if s.FS != nil {
		return corpus.WalkFS(s.FS, s.Root, opt, fn)
	}
	return corpus.Walk(s.Paths, opt, fn)
}

// Options configure a run.
type Options struct {
	Read    corpus.ReadOptions
	Extract extract.Options
	KB      *kb.KB
	Rules   *rules.Set
	Workers int // extraction workers; 0 = number of CPUs
	// Progress, when set, is called after each article is processed.
	Progress func(done int)
}

func (o *Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.NumCPU()
}

// Stats describes what a run read and indexed.
type Stats struct {
	Read     corpus.ReadStats
	Problems []corpus.Problem
	Index    corpus.IndexStats
	Articles int // articles read in this run
	Claims   int // claims extracted in this run
	Seconds  float64
	// CheckSeconds is the time spent grouping claims and running the
	// rules, after reading, extraction and indexing.
	CheckSeconds float64
}

// Extracted is one article's result as it leaves the worker pool.
type Extracted = extract.Result

// Stream reads articles from src, extracts them on all cores and calls
// sink for each result in input order. sink runs on one goroutine.
func Stream(src Source, opt Options, sink func(extract.Result) error) (Stats, error) {
	start := time.Now()
	type job struct {
		seq int
		a   *corpus.Article
	}
	type done struct {
		seq int
		r   extract.Result
	}
	n := opt.workers()
	jobs := make(chan job, 4*n)
	results := make(chan done, 4*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- done{j.seq, extract.Article(j.a, opt.KB, opt.Extract)}
			}
		}()
	}
	var st Stats
	var readErr error
	go func() {
		seq := 0
		st.Read, st.Problems, readErr = src.walk(opt.Read, func(a *corpus.Article) error {
			jobs <- job{seq, a}
			seq++
			return nil
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	// Reorder so that sink sees articles in reading order: output is
	// deterministic whatever the scheduling.
	pending := map[int]extract.Result{}
	next := 0
	var sinkErr error
	for d := range results {
		pending[d.seq] = d.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			st.Articles++
			st.Claims += len(r.Claims)
			if sinkErr == nil {
				sinkErr = sink(r)
			}
			if opt.Progress != nil {
				opt.Progress(st.Articles)
			}
		}
	}
	st.Seconds = time.Since(start).Seconds()
	if readErr != nil {
		return st, readErr
	}
	return st, sinkErr
}

// ErrNoArticles is returned when a run finds nothing to check.
var ErrNoArticles = errors.New("no articles found")

// meta builds the rule engine's view of an article.
func meta(r extract.Result) rules.ArticleMeta {
	return rules.ArticleMeta{
		ID:            r.Article.ID,
		Title:         r.Article.Title,
		Source:        r.Article.Source,
		Reference:     r.Reference,
		ReferenceFrom: r.ReferenceOf,
	}
}

// slim drops what the grouping step does not need to keep in memory.
func slim(c claim.Claim) claim.Claim { return c }

// groupClaims groups claims by subject key, with keys in sorted order.
func groupClaims(cs []claim.Claim) ([]string, map[string][]claim.Claim) {
	g := map[string][]claim.Claim{}
	for _, c := range cs {
		g[c.SubjectKey] = append(g[c.SubjectKey], c)
	}
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, g
}
