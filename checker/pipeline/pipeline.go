// Package pipeline runs crosscheck's main job: read articles, extract
// their claims, index both, group claims by subject and run the rules.
// Reading, extraction and indexing overlap: articles stream through a
// worker pool, so the corpus is never held in memory as text.
package pipeline

import (
	"errors"
	"io/fs"
	"runtime"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Source says where articles come from: paths on disk, an fs.FS (the
// embedded sample corpus), or Each, which yields articles already read
// (generated ones, say).
type Source struct {
	Paths []string
	FS    fs.FS
	Root  string
	Each  func(fn func(*article.Article) error) error
}

func (s Source) walk(opt read.Options, fn func(*article.Article) error) (read.Stats, []read.Problem, error) {
	if s.Each != nil {
		var st read.Stats
		err := s.Each(func(a *article.Article) error {
			if a == nil {
				return nil
			}
			st.Articles++
			st.Bytes += int64(len(a.Text))
			return fn(a)
		})
		return st, nil, err
	}
	if s.FS != nil {
		return read.WalkFS(s.FS, s.Root, opt, fn)
	}
	return read.Walk(s.Paths, opt, fn)
}

// Options configure a run.
type Options struct {
	Read    read.Options
	Extract extract.Options
	KB      *kb.KB
	Rules   *rules.Set
	// RulesReady, when set and Rules is nil, gives the rules once they
	// are loaded: a draft check extracts the drafts and fetches the
	// corpus's claims meanwhile.
	RulesReady func() (*rules.Set, error)
	Workers    int // extraction workers; 0 = number of CPUs
	// Progress, when set, is called after each article is processed.
	Progress func(done int)
	// Stop, when closed, stops reading: the articles already read are
	// extracted and handed to the sink (so a writer's last batch is
	// whole), then the run returns ErrInterrupted.
	Stop <-chan struct{}
	// Stories compares event claims per story (checker/coref): the
	// claims of one seminal event told in different words meet, two
	// events of one kind in different stories never do, background
	// events stay apart. It costs coref analysis of every article (once,
	// at extraction: the summary is stored with its claims), and an
	// incremental check re-reads every event article when an event
	// subject changes. The command line sets it unless --stories=false;
	// the zero Options leave it off.
	Stories bool
	// reading, when set, is told the size of each article's text as it is
	// read, before it is extracted and indexed.
	reading func(textBytes int)
	// claimsOnly: results need claims only (extract.ArticleClaims).
	claimsOnly bool
}

// ErrInterrupted is returned when Options.Stop ended a run early.
var ErrInterrupted = errors.New("interrupted")

func (o *Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.NumCPU()
}

// Stats describes what a run read and indexed.
type Stats struct {
	Read     read.Stats
	Problems []read.Problem
	Index    store.IndexStats
	Articles int // articles read in this run
	Claims   int // claims extracted in this run
	Seconds  float64
	// CheckSeconds is the time spent grouping claims and running the
	// rules, after reading, extraction and indexing.
	CheckSeconds float64
	// Incremental is set when the saved check was reused: only the
	// subjects whose claims changed were checked again.
	Incremental bool
	// Rechecked is the number of subjects the rules ran on.
	Rechecked int
	// Relinked is set when an incremental check linked the whole corpus
	// into stories again, its new articles not placed in the saved
	// stories (see relinkAdded).
	Relinked bool
	// Removed lists the IDs of the articles removed from the index
	// because they were indexed from the paths read and are gone.
	Removed []string
}

// Extracted is one article's result as it leaves the worker pool.
type Extracted = extract.Result

// Stream reads articles from src, extracts them on all cores and calls
// sink for each result in input order. sink runs on one goroutine.
// Claims repeated within one article are dropped (see dedupeClaims).
func Stream(src Source, opt Options, sink func(extract.Result) error) (Stats, error) {
	return stream(src, opt, func(r extract.Result) extract.Result {
		r.Doc = nil // sinks keep results: not their tokens
		return r
	}, sink)
}

// StreamDocs is Stream handing sink each article as Check stores it in
// the index: with opt.Stories, with its story summary, computed on the
// extraction workers. A check with the same options finds the articles
// so indexed unchanged.
func StreamDocs(src Source, opt Options, sink func(store.Doc) error) (Stats, error) {
	return stream(src, opt, func(r extract.Result) store.Doc {
		return store.Doc{Article: r.Article, Claims: r.Claims, Story: encodedStory(r, opt.Stories, opt.KB)}
	}, sink)
}

// stream is Stream with a step that runs on the extraction workers after
// extraction (preparing index documents, say), so that the one-goroutine
// sink does as little as possible.
func stream[T any](src Source, opt Options, work func(extract.Result) T, sink func(T) error) (Stats, error) {
	start := time.Now()
	type job struct {
		seq int
		a   *article.Article
	}
	type done struct {
		seq    int
		claims int
		v      T
		err    error // an internal error on this article: it is left out
	}
	// process runs on a worker; a panic in it costs one article, not
	// the run.
	process := func(seq int, a *article.Article) (d done) {
		defer func() {
			if v := recover(); v != nil {
				d = done{seq: seq, err: extract.InternalError(a, v)}
			}
		}()
		extractOne := extract.Article
		if opt.claimsOnly {
			extractOne = extract.ArticleClaims
		}
		r := extractOne(a, opt.KB, opt.Extract)
		if r.Err != nil {
			return done{seq: seq, err: r.Err}
		}
		r.Claims = dedupeClaims(r.Claims)
		v := work(r)
		if r.Doc != nil {
			r.Doc.Release() // its tokens are read no more: their buffers go to the next article
		}
		return done{seq, len(r.Claims), v, nil}
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
				results <- process(j.seq, j.a)
			}
		}()
	}
	var st Stats
	var readErr error
	stop := make(chan struct{}) // closed when the sink fails: stop reading
	go func() {
		seq := 0
		st.Read, st.Problems, readErr = src.walk(opt.Read, func(a *article.Article) error {
			if opt.reading != nil {
				opt.reading(len(a.Text))
			}
			select {
			case <-opt.Stop:
				return ErrInterrupted
			default:
			}
			select {
			case jobs <- job{seq, a}:
			case <-stop:
				return errSinkFailed
			case <-opt.Stop:
				return ErrInterrupted
			}
			seq++
			return nil
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	// Reorder so that sink sees articles in reading order: output is
	// deterministic whatever the scheduling.
	pending := map[int]done{}
	next := 0
	var sinkErr error
	var internal []read.Problem
	for d := range results {
		pending[d.seq] = d
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if sinkErr != nil {
				continue // drain
			}
			if r.err != nil {
				internal = append(internal, asProblem(r.err))
				continue
			}
			st.Articles++
			st.Claims += r.claims
			if sinkErr = sink(r.v); sinkErr != nil {
				close(stop)
			}
			if opt.Progress != nil {
				opt.Progress(st.Articles)
			}
		}
	}
	st.Problems = append(st.Problems, internal...)
	st.Seconds = time.Since(start).Seconds()
	if sinkErr != nil {
		return st, sinkErr
	}
	return st, readErr
}

// asProblem is err as a reading problem (internal errors are one).
func asProblem(err error) read.Problem {
	var p read.Problem
	if errors.As(err, &p) {
		return p
	}
	return read.Problem{Reason: err.Error(), Err: read.ErrInternal}
}

// errSinkFailed stops the reader once the sink has failed; the sink's own
// error is what Stream returns.
var errSinkFailed = errors.New("sink failed")

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
		Path:          r.Article.Path,
	}
}
