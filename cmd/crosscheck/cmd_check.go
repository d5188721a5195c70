package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/rules"
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
	fs.StringVar(&cf.kinds, "kind", "", "only these kinds, comma-separated: date,location,status,title,office,number,quote,weekday")
	fs.StringVar(&cf.ignore, "ignore", "", "YAML file of accepted discrepancy or rule ids, each with a reason")
	fs.BoolVar(&cf.against, "against", false, "check the given drafts against the indexed corpus instead of indexing them")
	fs.IntVar(&cf.width, "width", 100, "table width in columns")
	paths, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	start := time.Now()
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
	opt, err := cf.pipelineOptions(true)
	if err != nil {
		return fail(e, "check", err)
	}
	var rep *pipeline.Report
	status := exitClean
	if cf.against {
		rep, status, err = checkDrafts(e, &cf.common, paths, opt)
	} else {
		rep, status, err = checkCorpus(e, &cf.common, paths, opt, fs)
	}
	if err != nil {
		return fail(e, "check", err)
	}
	if rep == nil { // interrupted: nothing checked, said so
		return status
	}
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

func checkCorpus(e *env, cf *common, paths []string, opt pipeline.Options, fs *flag.FlagSet) (*pipeline.Report, int, error) {
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
		ix, err := corpus.OpenIndexReadOnly(dir)
		if err != nil {
			return nil, exitClean, indexError(err, dir)
		}
		defer ix.Close()
		rep, err := pipeline.CheckIndex(ix, opt)
		return rep, exitClean, err
	}
	ix, err := openIndex(e, dir)
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
	if err != nil {
		return nil, exitClean, err
	}
	return rep, reportProblems(e, st.Read, st.Problems), nil
}

func checkDrafts(e *env, cf *common, paths []string, opt pipeline.Options) (*pipeline.Report, int, error) {
	if len(paths) == 0 {
		return nil, exitClean, fmt.Errorf("--against needs at least one DRAFT file")
	}
	drafts, st, problems, err := corpus.ReadAll(paths, opt.Read)
	if err != nil {
		return nil, exitClean, err
	}
	status := reportProblems(e, st, problems)
	if len(drafts) == 0 {
		return nil, status, fmt.Errorf("no readable draft among %s", strings.Join(paths, ", "))
	}
	ix, err := corpus.OpenIndexReadOnly(cf.index)
	if err != nil {
		return nil, status, indexError(err, cf.index)
	}
	defer ix.Close()
	rep, err := pipeline.CheckDraft(drafts, ix, opt)
	return rep, status, err
}

func parseKinds(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	valid := map[string]bool{"date": true, "location": true, "status": true, "title": true, "office": true, "number": true, "quote": true, "weekday": true}
	var out []string
	for _, k := range strings.Split(s, ",") {
		k = strings.TrimSpace(strings.ToLower(k))
		if !valid[k] {
			return nil, fmt.Errorf("--kind: unknown kind %q (want date, location, status, title, office, number, quote, weekday)", k)
		}
		out = append(out, k)
	}
	return out, nil
}
