package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/store"
)

func init() {
	register(&command{
		name:    "index",
		summary: "read articles (.txt .md .html .json .jsonl, files or directories) and add them to the index",
		usage:   "[flags] PATH...",
		examples: []string{
			"crosscheck index ./articles",
			"crosscheck index --index /tmp/idx feed.jsonl page.html",
		},
		run: runIndex,
	})
}

func runIndex(e *env, args []string) int {
	c := findCommand("index")
	var cf common
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	cf.addIndex(fs)
	cf.addRead(fs)
	cf.addExtract(fs)
	cf.addStories(fs, "store each article's story summary (computed at extraction), which check reads to compare event claims per story; --stories=false stores none, as check --stories=false needs, and a later check with stories indexes each article again once to store them")
	paths, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return fail(e, "index", fmt.Errorf("no PATH given (see crosscheck index --help)"))
	}
	opt, err := cf.pipelineOptions(false)
	if err != nil {
		return fail(e, "index", err)
	}
	ix, err := openIndex(e, cf.index)
	if err != nil {
		return fail(e, "index", err)
	}
	defer ix.Close()
	bar := newProgress(e, "indexing")
	opt.Progress = bar.update
	var release func()
	opt.Stop, release = onInterrupt(e)
	defer release()
	w := ix.NewIndexer(1000)
	src := pipeline.Source{Paths: paths}
	seen := map[string]bool{}
	st, err := pipeline.StreamDocs(src, opt, func(d store.Doc) error {
		seen[d.Article.ID] = true
		return w.Put(d)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	bar.done()
	if errors.Is(err, pipeline.ErrInterrupted) {
		reportProblems(e, st.Read, st.Problems)
		return interrupted(e, w.Stats().Indexed+w.Stats().Replaced)
	}
	var removed []string
	if err == nil {
		removed, err = pipeline.RemoveGone(ix, src, seen, st.Problems)
	}
	if err != nil {
		return fail(e, "index", err)
	}
	status := reportProblems(e, st.Read, st.Problems)
	reportRemoved(e, removed, paths, false)
	is := w.Stats()
	fmt.Fprintf(e.stderr, "%d articles indexed (%d replaced), %d unchanged, %d skipped, %d claims, %.2fs\n",
		is.Indexed, is.Replaced, is.Unchanged, len(st.Read.SkippedFiles), st.Claims, st.Seconds)
	if status != exitClean {
		return status
	}
	return exitClean
}
