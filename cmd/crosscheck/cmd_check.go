package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func init() {
	register(&command{
		name:    "check",
		summary: "find contradictions between and within articles (with no PATH: the built-in sample corpus)",
		usage:   "[flags] [PATH...]",
		examples: []string{
			"crosscheck check                       # the built-in sample corpus",
			"crosscheck check ./coverage            # index ./coverage into .crosscheck/index and check it all",
			"crosscheck check --index DIR           # check what DIR already holds, reading nothing new",
			"crosscheck check --format json --fail-on warning ./coverage",
			"crosscheck check --against draft.md    # a draft against the indexed corpus; the draft is not indexed",
			"crosscheck check --kind date,title --min-severity warning ./coverage",
		},
		loads: true,
		exits: "0 no discrepancy at or above --fail-on, 1 discrepancies at or above --fail-on, " +
			"2 usage or input error (an input file that had to be skipped included), 3 internal error",
		run: runCheck,
	})
}

type checkFlags struct {
	common
	minSeverity string
	failOn      string
	kinds       string
	ignore      string
	against     bool
	width       int
	verbose     bool
}

func runCheck(e *env, args []string) int {
	c := findCommand("check")
	var cf checkFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	cf.addIndex(fs)
	cf.addRead(fs)
	cf.addExtract(fs)
	cf.addRules(fs)
	cf.addFormat(fs, "table", strings.Join(report.Formats, "|"))
	fs.StringVar(&cf.minSeverity, "min-severity", "info", "show discrepancies at or above this severity: info|warning|error")
	fs.StringVar(&cf.failOn, "fail-on", "error", "exit 1 when a discrepancy at or above this severity is found: info|warning|error|none")
	fs.StringVar(&cf.kinds, "kind", "", "only these kinds, comma-separated: "+kindList())
	fs.StringVar(&cf.ignore, "ignore", "", "YAML file of accepted discrepancy or rule ids, each with a reason")
	fs.BoolVar(&cf.against, "against", false, "check the given drafts against the indexed corpus instead of indexing them")
	fs.BoolVar(&cf.verbose, "verbose", false, "list the IDs of the articles that yielded no event claims, and of those removed")
	cf.addStories(fs, "compare event claims per story (articles that report the same event, found by event coreference), drafts too: better on real coverage; --stories=false compares them by subject alone, cheaper on very large archives")
	fs.IntVar(&cf.width, "width", 0, "table width in columns (0: the terminal's width, or 100 when output is not a terminal)")
	paths, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	start := time.Now()
	cf.shortRun = cf.against
	if cf.width != 0 {
		if err := atLeast("width", cf.width, minWidth); err != nil {
			return fail(e, "check", err)
		}
	} else {
		cf.width = e.termWidth // 0 (not a terminal): the table's default
	}
	min, err := rules.ParseSeverity(cf.minSeverity)
	if err != nil {
		return fail(e, "check", fmt.Errorf("--min-severity: %w", err))
	}
	failOn := rules.Severity(-1)
	if cf.failOn != "none" {
		if failOn, err = rules.ParseSeverity(cf.failOn); err != nil {
			return fail(e, "check", fmt.Errorf("--fail-on: %w", err))
		}
	}
	kinds, err := parseKinds(cf.kinds)
	if err != nil {
		return fail(e, "check", err)
	}
	var ig *rules.Ignore
	if cf.ignore != "" {
		if ig, err = rules.LoadIgnore(cf.ignore); err != nil {
			return fail(e, "check", err)
		}
	}
	var waitRules func() (*rules.Set, error)
	var corpus *pendingIndex
	if cf.against {
		// A draft check is short: the rules load on the other core while
		// the knowledge base loads, the drafts are read and extracted and
		// the corpus's claims about them are fetched; the index opens
		// beside the knowledge base and the drafts.
		waitRules = cf.startRules()
		corpus = openReadOnlyAsync(cf.index)
		defer corpus.discard()
		// and the readers' and extractors' vocabularies load beside them
		go func() {
			read.Prepare()
			prepareExtraction(nil)
		}()
	}
	opt, err := cf.pipelineOptions(!cf.against)
	if err != nil {
		return fail(e, "check", err)
	}
	if cf.against {
		// what the extractors read of the knowledge base, while the
		// drafts are read and the index opens
		go prepareExtraction(opt.KB)
	}
	var rep *pipeline.Report
	status := exitClean
	if cf.against {
		opt.RulesReady = waitRules
		rep, status, err = checkDrafts(e, paths, opt, corpus)
	} else {
		rep, status, err = checkCorpus(e, &cf.common, paths, opt, fs, cf.verbose)
	}
	if err != nil {
		// an internal error on an input (3) outranks the usage error (2)
		return max(fail(e, "check", err), status)
	}
	if rep == nil { // interrupted: nothing checked, said so
		return status
	}
	if opt.Rules == nil && opt.RulesReady != nil {
		// a draft check loaded the rules on the side: the ignore file's
		// rule ids are checked against them all the same
		if opt.Rules, err = opt.RulesReady(); err != nil {
			return fail(e, "check", err)
		}
	}
	reportNoEvents(e, rep.NoEventArticles, cf.verbose)
	for _, u := range ig.Unused(rep.Discrepancies, opt.Rules) {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s:%d: ignore entry %q matches no discrepancy and no rule (a typo, or fixed since?)", cf.ignore, u.Line, u.ID))
	}
	report.Filter(rep, min, kinds, ig)
	if err := report.Write(e.stdout, rep, cf.format, report.Options{Width: cf.width, Seconds: time.Since(start).Seconds()}); err != nil {
		return fail(e, "check", err)
	}
	// After the report: a failure to save state never costs the report.
	for _, w := range rep.Warnings {
		fmt.Fprintf(e.stderr, "crosscheck check: warning: %s\n", w)
	}
	if status != exitClean {
		return status
	}
	for _, d := range rep.Discrepancies {
		if failOn >= 0 && d.Severity >= failOn {
			return exitFound
		}
	}
	return exitClean
}

func checkCorpus(e *env, cf *common, paths []string, opt pipeline.Options, fs *flag.FlagSet, verbose bool) (*pipeline.Report, int, error) {
	dir := cf.index
	indexSet := false
	fs.Visit(func(f *flag.Flag) { indexSet = indexSet || f.Name == "index" })
	if len(paths) == 0 && !indexSet {
		// The sample corpus is checked in a throw-away index, never mixed
		// into the user's.
		tmp, cleanup, err := tempIndex()
		if err != nil {
			return nil, exitClean, err
		}
		defer cleanup()
		dir = tmp
	}
	if len(paths) == 0 && indexSet {
		// --index with no PATH: check what that index already holds, as a
		// reader (beside a running server or indexer, or on a read-only
		// file system); the check is then not saved for reuse.
		ix, err := store.OpenIndexReadOnly(dir)
		if err != nil {
			return nil, exitClean, indexError(err, dir)
		}
		defer ix.Close()
		rep, err := pipeline.CheckIndex(ix, opt)
		return rep, exitClean, err
	}
	ix, err := openIndex(e, dir)
	if unwritable(err) {
		// A corpus that has not changed since it was indexed needs no
		// write: check it as a reader (a new or changed article fails).
		ix, err = store.OpenIndexReadOnly(dir)
		if err != nil {
			err = indexError(err, dir)
		}
	}
	if err != nil {
		return nil, exitClean, err
	}
	defer ix.Close()
	bar := newProgress(e, "checking")
	opt.Progress = bar.update
	var release func()
	opt.Stop, release = onInterrupt(e)
	defer release()
	rep, st, err := pipeline.Check(sourceOf(paths), ix, opt)
	bar.done()
	if errors.Is(err, pipeline.ErrInterrupted) {
		reportProblems(e, st.Read, st.Problems)
		return nil, interrupted(e, st.Index.Indexed+st.Index.Replaced), nil
	}
	if errors.Is(err, store.ErrReadOnly) {
		// An article stored with the other --stories setting (its story
		// summary, or none) would be stored again: a change too.
		return nil, exitClean, &hintError{fmt.Sprintf("the index at %s cannot be written and the corpus has changed since it was indexed, or was indexed with the other --stories setting (%v); check it as indexed with 'crosscheck check --index %s' and no PATH, or copy the index somewhere writable", dir, err, dir), err}
	}
	if err != nil {
		return nil, exitClean, err
	}
	status := reportProblems(e, st.Read, st.Problems)
	reportRemoved(e, st.Removed, paths, verbose)
	return rep, status, nil
}

func checkDrafts(e *env, paths []string, opt pipeline.Options, corpus *pendingIndex) (*pipeline.Report, int, error) {
	if len(paths) == 0 {
		return nil, exitClean, fmt.Errorf("--against needs at least one DRAFT file")
	}
	drafts, st, problems, err := read.All(paths, opt.Read)
	if err != nil {
		return nil, exitClean, err
	}
	status := reportProblems(e, st, problems)
	if st.Bytes > shortDraftBytes {
		resumeGC() // a long draft is no short run
	}
	if len(drafts) == 0 {
		return nil, status, fmt.Errorf("no readable draft among %s", strings.Join(paths, ", "))
	}
	ix, err := corpus.take()
	if err != nil {
		return nil, status, indexError(err, corpus.dir)
	}
	defer ix.Close()
	rep, err := pipeline.CheckDraft(drafts, ix, opt)
	return rep, status, err
}

func parseKinds(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var out []string
	for _, k := range strings.Split(s, ",") {
		k = strings.TrimSpace(strings.ToLower(k))
		if !slices.Contains(claim.Kinds, claim.Kind(k)) {
			return nil, fmt.Errorf("--kind: unknown kind %q (want one of %s)", k, strings.ReplaceAll(kindList(), ",", ", "))
		}
		out = append(out, k)
	}
	return out, nil
}

// kindList names every claim kind, comma-separated.
func kindList() string {
	names := make([]string, len(claim.Kinds))
	for i, k := range claim.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ",")
}

// pendingIndex is an index being opened for reading on another
// goroutine.
type pendingIndex struct {
	dir   string
	done  chan struct{}
	ix    *store.Index
	err   error
	taken bool
}

// openReadOnlyAsync starts opening dir for reading.
func openReadOnlyAsync(dir string) *pendingIndex {
	p := &pendingIndex{dir: dir, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.ix, p.err = store.OpenIndexReadOnly(dir)
	}()
	return p
}

// take waits for the index; the caller closes it.
func (p *pendingIndex) take() (*store.Index, error) {
	<-p.done
	p.taken = true
	return p.ix, p.err
}

// discard closes the index if nobody took it (a run that failed before
// it needed the index).
func (p *pendingIndex) discard() {
	if p == nil {
		return
	}
	<-p.done
	if !p.taken && p.err == nil {
		_ = p.ix.Close()
	}
}

// prepareExtraction loads what extracting an article and summarizing its
// story read (see extract.Prepare), ahead of the first article.
func prepareExtraction(k *kb.KB) {
	extract.Prepare(k)
	coref.Prepare()
}
