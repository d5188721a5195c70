// Package bench measures crosscheck against plain Bleve on a generated
// corpus, in one run, so the ratio between the two is fair: same machine,
// same files, same moment.
package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
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
	PeakRSSMB         float64 `json:"peak_rss_mb"`
	Claims            int     `json:"claims"`
	Discrepancies     int     `json:"discrepancies"`
	CPUs              int     `json:"cpus"`
}

// Options of a bench run.
type Options struct {
	Articles int
	Seed     uint64
	// Dir holds the generated corpus and both indexes; a temp dir when empty.
	Dir string
	// Progress, when set, is told what phase starts.
	Progress func(phase string)
}

// Run generates the corpus, indexes it with plain Bleve, then runs
// crosscheck's index + check on the same files.
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
	src := filepath.Join(dir, "corpus")
	say(fmt.Sprintf("generating %d articles", bo.Articles))
	files, nbytes, err := gen.WriteDir(src, gen.Options{Articles: bo.Articles, Seed: bo.Seed})
	if err != nil {
		return res, err
	}
	res.Files, res.Bytes = files, nbytes

	say("plain Bleve")
	t := time.Now()
	_, err = corpus.PlainBleve(filepath.Join(dir, "bleve"), 1000, func(fn func(*corpus.Article) error) error {
		_, _, err := corpus.Walk([]string{src}, opt.Read, fn)
		return err
	})
	if err != nil {
		return res, err
	}
	res.BleveSeconds = time.Since(t).Seconds()
	runtime.GC()

	say("crosscheck index + check")
	t = time.Now()
	ix, err := corpus.OpenIndex(filepath.Join(dir, "crosscheck"))
	if err != nil {
		return res, err
	}
	rep, st, err := pipeline.Check(pipeline.Source{Paths: []string{src}}, ix, opt)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return res, err
	}
	res.CrosscheckSeconds = time.Since(t).Seconds()
	res.CheckSeconds = st.CheckSeconds
	res.Claims = rep.Claims
	res.Discrepancies = len(rep.Discrepancies)
	if res.BleveSeconds > 0 {
		res.Ratio = res.CrosscheckSeconds / res.BleveSeconds
	}
	res.PeakRSSMB = PeakRSSMB()
	return res, nil
}

// PeakRSSMB is the process's peak resident set size (VmHWM) in MB, or 0
// where /proc is not available.
func PeakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, err := strconv.ParseFloat(f[1], 64)
				if err == nil {
					return kb / 1024
				}
			}
		}
	}
	return 0
}
