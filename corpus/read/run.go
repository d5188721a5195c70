package read

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// readRun is the state shared by one File, Bytes or walk: options,
// counts, problems, and the first location of every ID so that duplicates
// are found across the whole run.
type readRun struct {
	opt      Options
	fn       func(*article.Article) error
	seen     map[string]string // ID -> "path:line" where last read
	ids      map[string]string // path -> id, for files whose names collide (planIDs)
	noted    map[string]bool   // paths whose id change was reported
	stats    Stats
	problems []Problem
}

func newReadRun(opt Options, fn func(*article.Article) error) *readRun {
	return &readRun{
		opt:   opt,
		fn:    fn,
		seen:  map[string]string{},
		stats: Stats{SkippedExt: map[string]int{}},
	}
}

// emit passes an article on, reporting an ID seen before; the later
// article wins wherever articles are kept by ID.
func (r *readRun) emit(a *article.Article) error {
	r.assignID(a)
	dropUnsafeURL(a)
	loc := articleLocation(a)
	if prev, ok := r.seen[a.ID]; ok {
		r.addProblem(newReadProblem(a.Path, a.Line, ErrDuplicateArticleID,
			"duplicate id "+strconv.Quote(a.ID)+", also read at "+prev+"; this one replaces it"))
	}
	r.seen[a.ID] = loc
	r.stats.Articles++
	return r.fn(a)
}

func articleLocation(a *article.Article) string {
	if a.Line > 0 {
		return a.Path + ":" + strconv.Itoa(a.Line)
	}
	return a.Path
}

func (r *readRun) addProblem(ps ...Problem) {
	r.problems = append(r.problems, ps...)
}

// problemFromStat reports a path that cannot be looked at.
func (r *readRun) problemFromStat(name string, err error) {
	if errors.Is(err, fs.ErrNotExist) {
		r.addProblem(newReadProblem(name, 0, ErrPathMissing, "no such file or directory"))
		return
	}
	r.addProblem(newReadProblem(name, 0, ErrFileUnreadable, err.Error()))
}

// articleCollector keeps articles in reading order; a later article with the
// same ID takes the place of the earlier one.
type articleCollector struct {
	list []*article.Article
	pos  map[string]int
}

func (c *articleCollector) add(a *article.Article) error {
	if c.pos == nil {
		c.pos = map[string]int{}
	}
	if i, ok := c.pos[a.ID]; ok {
		c.list[i] = a
		return nil
	}
	c.pos[a.ID] = len(c.list)
	c.list = append(c.list, a)
	return nil
}

// dropUnsafeURL keeps an article URL only when it is a web address
// (http, https, or no scheme): a "javascript:" or "data:" URL would
// become a dead or hostile "original" link. The value is kept in
// Meta["url_refused"].
func dropUnsafeURL(a *article.Article) {
	u := strings.TrimSpace(a.URL)
	if u == "" {
		return
	}
	scheme, _, found := strings.Cut(u, ":")
	if !found || strings.ContainsAny(scheme, "/?#") {
		return // no scheme: a relative or bare address
	}
	switch strings.ToLower(strings.TrimSpace(scheme)) {
	case "http", "https":
		return
	}
	metaPut(a, "url_refused", a.URL)
	a.URL = ""
}
