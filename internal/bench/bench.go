// Package bench measures crosscheck against plain Bleve on a generated
// corpus, in one run, so the ratio between the two is fair: same machine,
// same files, same moment. It then measures what follows a first check:
// adding articles and checking again, and checking drafts.
package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/corpus/gen"
)

// Result is the public JSON shape of `crosscheck bench`.
type Result struct {
	Articles          int     `json:"articles"`
	Bytes             int64   `json:"bytes"`
	Files             int     `json:"files"`
	BleveSeconds      float64 `json:"bleve_seconds"`
	CrosscheckSeconds float64 `json:"crosscheck_seconds"`
	Ratio             float64 `json:"ratio"`
	CheckSeconds      float64 `json:"check_seconds"`
	// CPU time (user and system) of each phase: on a shared machine it
	// says more than the wall clock; 0 where not measured.
	BleveCPUSeconds      float64 `json:"bleve_cpu_seconds"`
	CrosscheckCPUSeconds float64 `json:"crosscheck_cpu_seconds"`
	// PeakRSSMB is the peak while crosscheck indexes and checks (the
	// whole run's where the peak cannot be reset).
	PeakRSSMB      float64 `json:"peak_rss_mb"`
	BlevePeakRSSMB float64 `json:"bleve_peak_rss_mb"`
	Claims         int     `json:"claims"`
	Discrepancies  int     `json:"discrepancies"`
	CPUs           int     `json:"cpus"`

	// Adding articles to the index and checking again.
	AddedArticles      int     `json:"added_articles,omitempty"`
	IncrementalSeconds float64 `json:"incremental_seconds,omitempty"`
	RecheckedSubjects  int     `json:"rechecked_subjects,omitempty"`
	Incremental        bool    `json:"incremental,omitempty"` // the saved check was reused

	// Checking drafts against the index, one at a time.
	Drafts     int     `json:"drafts,omitempty"`
	DraftWords int     `json:"draft_words,omitempty"` // mean words per draft
	DraftP50MS float64 `json:"draft_p50_ms,omitempty"`
	DraftP99MS float64 `json:"draft_p99_ms,omitempty"`
}

// Options of a bench run.
type Options struct {
	Articles int
	Seed     uint64
	// Dir holds the generated corpus and both indexes; a temp dir when empty.
	Dir string
	// Added articles are indexed and checked after the first check (0: none).
	Added int
	// Drafts are checked against the index for latency (0: none), each of
	// at least DraftWords words (default 1000).
	Drafts     int
	DraftWords int
	// Progress, when set, is told what phase starts.
	Progress func(phase string)
}

// Run generates the corpus, indexes it with plain Bleve, then runs
// crosscheck's index + check on the same files; then, as asked, adds
// articles and checks again, and checks drafts.
func Run(opt pipeline.Options, bo Options) (Result, error) {
	res := Result{Articles: bo.Articles, CPUs: runtime.NumCPU()}
	dir := bo.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "crosscheck-bench-")
		if err != nil {
			return res, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	say := func(s string) {
		if bo.Progress != nil {
			bo.Progress(s)
		}
	}
	genOpt := gen.Options{Articles: bo.Articles, Seed: bo.Seed}
	src := filepath.Join(dir, "corpus")
	say(fmt.Sprintf("generating %d articles", bo.Articles))
	files, nbytes, err := gen.WriteDir(src, genOpt)
	if err != nil {
		return res, err
	}
	res.Files, res.Bytes = files, nbytes

	say("plain Bleve")
	resetPeakRSS()
	t, cpu := time.Now(), cpuSeconds()
	_, err = corpus.PlainBleve(filepath.Join(dir, "bleve"), 1000, func(fn func(*corpus.Article) error) error {
		_, _, err := corpus.Walk([]string{src}, opt.Read, fn)
		return err
	})
	if err != nil {
		return res, err
	}
	res.BleveSeconds = time.Since(t).Seconds()
	res.BleveCPUSeconds = cpuSeconds() - cpu
	res.BlevePeakRSSMB = PeakRSSMB()
	runtime.GC()

	say("crosscheck index + check")
	resetPeakRSS()
	idx := filepath.Join(dir, "crosscheck")
	t, cpu = time.Now(), cpuSeconds()
	rep, st, err := checkOnce(idx, pipeline.Source{Paths: []string{src}}, opt)
	if err != nil {
		return res, err
	}
	res.CrosscheckSeconds = time.Since(t).Seconds()
	res.CrosscheckCPUSeconds = cpuSeconds() - cpu
	res.PeakRSSMB = PeakRSSMB()
	res.CheckSeconds = st.CheckSeconds
	res.Claims = rep.Claims
	res.Discrepancies = len(rep.Discrepancies)
	if res.BleveSeconds > 0 {
		res.Ratio = res.CrosscheckSeconds / res.BleveSeconds
	}

	if bo.Added > 0 {
		say(fmt.Sprintf("adding %d articles and checking again", bo.Added))
		added := filepath.Join(dir, "added")
		if err := writeAdded(added, genOpt, bo.Articles, bo.Articles+bo.Added); err != nil {
			return res, err
		}
		t = time.Now()
		_, st, err := checkOnce(idx, pipeline.Source{Paths: []string{added}}, opt)
		if err != nil {
			return res, err
		}
		res.IncrementalSeconds = time.Since(t).Seconds()
		res.AddedArticles = st.Articles
		res.RecheckedSubjects = st.Rechecked
		res.Incremental = st.Incremental
	}

	if bo.Drafts > 0 {
		if err := runDrafts(&res, idx, genOpt, opt, bo, say); err != nil {
			return res, err
		}
	}
	return res, nil
}

// checkOnce opens the index, checks src into it and closes it, as
// `crosscheck check --index DIR PATH` does.
func checkOnce(dir string, src pipeline.Source, opt pipeline.Options) (*pipeline.Report, pipeline.Stats, error) {
	ix, err := corpus.OpenIndex(dir)
	if err != nil {
		return nil, pipeline.Stats{}, err
	}
	rep, st, err := pipeline.Check(src, ix, opt)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	return rep, st, err
}

func runDrafts(res *Result, idx string, genOpt gen.Options, opt pipeline.Options, bo Options, say func(string)) error {
	words := bo.DraftWords
	if words <= 0 {
		words = 1000
	}
	say(fmt.Sprintf("checking %d drafts of %d words", bo.Drafts, words))
	drafts, err := makeDrafts(genOpt, bo.Articles, bo.Drafts, words)
	if err != nil {
		return err
	}
	ix, err := corpus.OpenIndexReadOnly(idx)
	if err != nil {
		return err
	}
	defer ix.Close()
	res.Drafts = len(drafts)
	total := 0
	for _, d := range drafts {
		total += len(strings.Fields(d.Text))
	}
	if len(drafts) > 0 {
		res.DraftWords = total / len(drafts)
	}
	res.DraftP50MS, res.DraftP99MS, err = draftLatency(ix, drafts, opt)
	return err
}
