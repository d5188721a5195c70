package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/sample"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// defaultIndex is where the index lives unless --index says otherwise.
var defaultIndex = filepath.Join(".crosscheck", "index")

// flags shared by several commands; each command adds the ones it uses.
type common struct {
	index           string
	rulesDir        string
	kbDir           string
	maxMB           float64
	ref             string
	dayFirst        bool
	dayFirstSources stringList
	format          string
	// stories: event claims compared per story (--stories, on unless
	// --stories=false); only for the commands that add the flag.
	stories bool
	// shortRun: the command does little after loading (see pauseGC).
	shortRun bool
	reads    bool // the read flags were added
}

// stringList is a flag that may be given several times or comma-separated.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

func (c *common) addIndex(fs *flag.FlagSet) {
	fs.StringVar(&c.index, "index", defaultIndex, "index directory")
}

func (c *common) addRead(fs *flag.FlagSet) {
	c.reads = true
	fs.Float64Var(&c.maxMB, "max-size", 20, "skip (and report) input files larger than this many MB")
}

func (c *common) addExtract(fs *flag.FlagSet) {
	fs.StringVar(&c.ref, "ref", "", "reference date YYYY-MM-DD for every article (overrides publication dates)")
	fs.BoolVar(&c.dayFirst, "day-first", false, "read ambiguous numeric dates like 3/4/2025 as day/month (default month/day; a part above 12 always decides)")
	fs.Var(&c.dayFirstSources, "day-first-source", "read ambiguous numeric dates as day/month for this outlet (repeatable, or comma-separated)")
	fs.StringVar(&c.kbDir, "kb", "", "directory of extra knowledge-base YAML files (extend or override the built-in ones)")
}

func (c *common) addRules(fs *flag.FlagSet) {
	fs.StringVar(&c.rulesDir, "rules", "", "directory of rule YAML files (extend or override the built-in rules by id)")
}

// addStories adds --stories, on by default: event claims are compared
// per story (event coreference), the articles' story summaries computed
// at extraction and stored with their claims. usage says what it does for
// the command; --stories=false switches it off.
func (c *common) addStories(fs *flag.FlagSet, usage string) {
	fs.BoolVar(&c.stories, "stories", true, usage)
}

func (c *common) addFormat(fs *flag.FlagSet, def string, formats string) {
	fs.StringVar(&c.format, "format", def, "output format: "+formats)
}

func (c *common) readOptions() read.Options {
	return read.Options{MaxBytes: int64(c.maxMB * (1 << 20))}
}

func (c *common) extractOptions() (extract.Options, error) {
	opt := extract.Options{DayFirst: c.dayFirst}
	for _, src := range c.dayFirstSources {
		if opt.DayFirstSources == nil {
			opt.DayFirstSources = map[string]bool{}
		}
		opt.DayFirstSources[strings.ToLower(src)] = true
	}
	if c.ref != "" {
		t, err := time.Parse("2006-01-02", c.ref)
		if err != nil {
			return opt, fmt.Errorf("--ref %q: want YYYY-MM-DD", c.ref)
		}
		opt.Ref = t
	}
	return opt, nil
}

func (c *common) loadKB() (*kb.KB, error) {
	if c.kbDir == "" {
		return kb.Default()
	}
	return kb.Load(c.kbDir)
}

func (c *common) loadRules() (*rules.Set, error) {
	if c.rulesDir == "" {
		return rules.Default()
	}
	return rules.Load(c.rulesDir)
}

// startRules loads the rules on another goroutine; the function it
// returns waits for them.
func (c *common) startRules() func() (*rules.Set, error) {
	var set *rules.Set
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		if set, err = c.loadRules(); err != nil {
			err = fmt.Errorf("rules:\n%w", err)
		}
	}()
	return func() (*rules.Set, error) {
		<-done
		return set, err
	}
}

// pipelineOptions loads everything a run needs; errors are usage errors.
// Garbage collection, paused while loading, resumes after, except for a
// short run (a draft check allocates a few MB more: a collection would
// only mark what was loaded, at a third of the run's CPU).
func (c *common) pipelineOptions(withRules bool) (pipeline.Options, error) {
	if !c.shortRun {
		defer resumeGC()
	}
	if c.reads {
		if err := positiveFinite("max-size", c.maxMB); err != nil {
			return pipeline.Options{}, err
		}
	}
	xo, err := c.extractOptions()
	if err != nil {
		return pipeline.Options{}, err
	}
	k, err := c.loadKB()
	if err != nil {
		return pipeline.Options{}, fmt.Errorf("knowledge base:\n%w", err)
	}
	opt := pipeline.Options{Read: c.readOptions(), Extract: xo, KB: k, Stories: c.stories}
	if withRules {
		if opt.Rules, err = c.loadRules(); err != nil {
			return opt, fmt.Errorf("rules:\n%w", err)
		}
	}
	return opt, nil
}

// sourceOf is the paths given, or the built-in sample corpus when none.
func sourceOf(paths []string) pipeline.Source {
	if len(paths) == 0 {
		return pipeline.Source{FS: sample.FS(), Root: sample.Root}
	}
	return pipeline.Source{Paths: paths}
}

// readAll reads every article of src (for commands that do not index).
func readAll(src pipeline.Source, opt read.Options) ([]*article.Article, read.Stats, []read.Problem, error) {
	if src.FS != nil {
		return read.AllFS(src.FS, src.Root, opt)
	}
	return read.All(src.Paths, opt)
}

// reportProblems prints every input problem as path:line: reason, and
// counts the files passed over for their extension. It returns the exit
// status they call for: exitInternal when crosscheck failed on an
// article, exitUsage when a supported file had to be skipped, else
// exitClean.
func reportProblems(e *env, st read.Stats, problems []read.Problem) int {
	for _, p := range problems {
		fmt.Fprintf(e.stderr, "%s\n", p.Error())
	}
	if len(st.SkippedExt) > 0 {
		exts := make([]string, 0, len(st.SkippedExt))
		for ext := range st.SkippedExt {
			exts = append(exts, ext)
		}
		sort.Strings(exts)
		fmt.Fprint(e.stderr, "not read (unsupported extension):")
		for _, ext := range exts {
			name := ext
			if name == "" {
				name = "(none)"
			}
			fmt.Fprintf(e.stderr, " %s ×%d", name, st.SkippedExt[ext])
		}
		fmt.Fprintln(e.stderr)
	}
	if st.Articles == 0 {
		fmt.Fprintf(e.stderr, "crosscheck: warning: 0 articles read (%d supported files)\n", st.Files)
	}
	status := exitClean
	for _, p := range problems {
		switch {
		case errors.Is(p, read.ErrInternal):
			status = exitInternal
		case p.Kept():
			// reported, but the article itself was kept
		case status == exitClean:
			status = exitUsage
		}
	}
	return status
}

// openIndex opens (or creates) the index at dir for writing and prints
// what the open had to do (an interrupted creation made again).
func openIndex(e *env, dir string) (*store.Index, error) {
	ix, err := store.OpenIndex(dir)
	if err != nil {
		return nil, indexError(err, dir)
	}
	for _, n := range ix.Notes() {
		fmt.Fprintf(e.stderr, "crosscheck: note: %s\n", n)
	}
	return ix, nil
}

// indexError explains index failures a user can act on, in one sentence
// that replaces the index's own (which says the same with less).
func indexError(err error, dir string) error {
	switch {
	case errors.Is(err, store.ErrIndexLocked):
		return &hintError{fmt.Sprintf("the index at %s is in use by another crosscheck process (for example 'crosscheck serve'); stop it or use --index", dir), err}
	case errors.Is(err, store.ErrNoIndex):
		return &hintError{fmt.Sprintf("no index at %s: run 'crosscheck index PATH...' first or pass --index", dir), err}
	case unwritable(err):
		// Readers need no write access; only adding articles does.
		return &hintError{fmt.Sprintf("the index at %s cannot be written (read-only file system or no permission): 'crosscheck check --index %s' with no PATH, 'check --against', 'list', 'search' and 'serve' read it as it is; to add articles, copy it somewhere writable", dir, dir), err}
	}
	return err
}

// unwritable reports whether err says the index's files cannot be written
// (a read-only file system, or no permission).
func unwritable(err error) bool {
	return err != nil && (errors.Is(err, syscall.EROFS) || errors.Is(err, fs.ErrPermission))
}

// hintError is a message for the user in place of err's, which it wraps.
type hintError struct {
	msg string
	err error
}

func (h *hintError) Error() string { return h.msg }
func (h *hintError) Unwrap() error { return h.err }

// tempIndex makes a throw-away index directory (checking the sample
// corpus must not touch a user's index).
func tempIndex() (string, func(), error) {
	dir, err := os.MkdirTemp("", "crosscheck-index-")
	if err != nil {
		return "", nil, err
	}
	return filepath.Join(dir, "index"), func() { os.RemoveAll(dir) }, nil
}
