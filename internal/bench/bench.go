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
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/internal/cputime"
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
	// Stories: event claims were compared per story (check's default),
	// false with --stories=false; always given.
	Stories bool `json:"stories"`
	// Rounds of plain Bleve then crosscheck; the figures above are the
	// medians, Ratios each round's ratio.
	Rounds int       `json:"rounds"`
	Ratios []float64 `json:"ratios,omitempty"`

	// Adding articles to the index and checking again.
	AddedArticles      int     `json:"added_articles,omitempty"`
	IncrementalSeconds float64 `json:"incremental_seconds,omitempty"`
	// CPU time (user and system) and peak RSS of the re-check (the peak
	// of the whole run where it cannot be reset).
	IncrementalCPUSeconds float64 `json:"incremental_cpu_seconds,omitempty"`
	IncrementalPeakRSSMB  float64 `json:"incremental_peak_rss_mb,omitempty"`
	// IncrementalRelinked: the re-check linked the whole corpus into
	// stories again instead of placing the added articles.
	IncrementalRelinked bool `json:"incremental_relinked,omitempty"`
	RecheckedSubjects   int  `json:"rechecked_subjects,omitempty"`
	Incremental         bool `json:"incremental,omitempty"` // the saved check was reused

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
	// Rounds of plain Bleve then crosscheck (at least 1).
	Rounds int
	// Progress, when set, is told what phase starts.
	Progress func(phase string)
}

// Run generates the corpus, indexes it with plain Bleve, then runs
// crosscheck's index + check on the same files; then, as asked, adds
// articles and checks again, and checks drafts.
func Run(opt pipeline.Options, bo Options) (Result, error) {
	res := Result{Articles: bo.Articles, CPUs: runtime.NumCPU(), Stories: opt.Stories}
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

	// Rounds alternate the two, so that both meet the same load on a
	// shared machine; the medians are reported.
	var rounds []round
	for r := 1; r <= max(bo.Rounds, 1); r++ {
		last := r == max(bo.Rounds, 1)
		rd, err := runRound(dir, src, opt, last, func(s string) {
			if bo.Rounds > 1 {
				s = fmt.Sprintf("round %d of %d: %s", r, bo.Rounds, s)
			}
			say(s)
		})
		if err != nil {
			return res, err
		}
		rounds = append(rounds, rd)
		res.Claims, res.Discrepancies = rd.claims, rd.discrepancies
	}
	res.summarize(rounds)
	idx := filepath.Join(dir, "crosscheck")

	if bo.Added > 0 {
		say(fmt.Sprintf("adding %d articles and checking again", bo.Added))
		added := filepath.Join(dir, "added")
		if err := writeAdded(added, genOpt, bo.Articles, bo.Articles+bo.Added); err != nil {
			return res, err
		}
		runtime.GC()
		resetPeakRSS()
		t, cpu := time.Now(), cputime.Now().Seconds()
		_, st, err := checkOnce(idx, pipeline.Source{Paths: []string{added}}, opt)
		if err != nil {
			return res, err
		}
		res.IncrementalSeconds = time.Since(t).Seconds()
		res.IncrementalCPUSeconds, res.IncrementalPeakRSSMB = cputime.Now().Seconds()-cpu, PeakRSSMB()
		res.IncrementalRelinked = st.Relinked
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

// round is one timing of plain Bleve and one of crosscheck.
type round struct {
	bleve, crosscheck, check float64 // seconds
	bleveCPU, crosscheckCPU  float64
	bleveRSS, crosscheckRSS  float64 // peak MB
	claims, discrepancies    int
}

// runRound indexes src with plain Bleve, then with crosscheck (index and
// check). Only the last round's crosscheck index is kept, for what
// follows; each peak RSS is measured on its own where the peak resets.
func runRound(dir, src string, opt pipeline.Options, last bool, say func(string)) (round, error) {
	var rd round
	bleveDir, idx := filepath.Join(dir, "bleve"), filepath.Join(dir, "crosscheck")
	for _, d := range []string{bleveDir, idx} {
		if err := os.RemoveAll(d); err != nil {
			return rd, err
		}
	}
	say("plain Bleve")
	runtime.GC()
	resetPeakRSS()
	t, cpu := time.Now(), cputime.Now().Seconds()
	_, err := store.PlainBleve(bleveDir, 1000, func(fn func(*article.Article) error) error {
		_, _, err := read.Walk([]string{src}, opt.Read, fn)
		return err
	})
	if err != nil {
		return rd, err
	}
	rd.bleve, rd.bleveCPU, rd.bleveRSS = time.Since(t).Seconds(), cputime.Now().Seconds()-cpu, PeakRSSMB()
	if err := os.RemoveAll(bleveDir); err != nil { // disk: both indexes of 100k weigh 2 GB
		return rd, err
	}

	say("crosscheck index + check")
	runtime.GC()
	resetPeakRSS()
	t, cpu = time.Now(), cputime.Now().Seconds()
	rep, st, err := checkOnce(idx, pipeline.Source{Paths: []string{src}}, opt)
	if err != nil {
		return rd, err
	}
	rd.crosscheck, rd.crosscheckCPU, rd.crosscheckRSS = time.Since(t).Seconds(), cputime.Now().Seconds()-cpu, PeakRSSMB()
	rd.check = st.CheckSeconds
	rd.claims, rd.discrepancies = rep.Claims, len(rep.Discrepancies)
	if !last {
		err = os.RemoveAll(idx)
	}
	return rd, err
}

// summarize sets the figures of res from the rounds: medians, and the
// ratio of each round.
func (res *Result) summarize(rounds []round) {
	med := func(f func(round) float64) float64 {
		vs := make([]float64, len(rounds))
		for i, r := range rounds {
			vs[i] = f(r)
		}
		slices.Sort(vs)
		if len(vs)%2 == 1 {
			return vs[len(vs)/2]
		}
		return (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
	}
	res.Rounds = len(rounds)
	res.BleveSeconds = med(func(r round) float64 { return r.bleve })
	res.CrosscheckSeconds = med(func(r round) float64 { return r.crosscheck })
	res.CheckSeconds = med(func(r round) float64 { return r.check })
	res.BleveCPUSeconds = med(func(r round) float64 { return r.bleveCPU })
	res.CrosscheckCPUSeconds = med(func(r round) float64 { return r.crosscheckCPU })
	res.BlevePeakRSSMB = med(func(r round) float64 { return r.bleveRSS })
	res.PeakRSSMB = med(func(r round) float64 { return r.crosscheckRSS })
	res.Ratios = nil
	for _, r := range rounds {
		if r.bleve > 0 {
			res.Ratios = append(res.Ratios, r.crosscheck/r.bleve)
		}
	}
	res.Ratio = med(func(r round) float64 {
		if r.bleve <= 0 {
			return 0
		}
		return r.crosscheck / r.bleve
	})
}

// checkOnce opens the index, checks src into it and closes it, as
// `crosscheck check --index DIR PATH` does.
func checkOnce(dir string, src pipeline.Source, opt pipeline.Options) (*pipeline.Report, pipeline.Stats, error) {
	ix, err := store.OpenIndex(dir)
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
	ix, err := store.OpenIndexReadOnly(idx)
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
