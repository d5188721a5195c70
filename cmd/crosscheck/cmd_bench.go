package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/internal/bench"
	"github.com/crosscheck/crosscheck/internal/table"
)

func init() {
	register(&command{
		name:    "bench",
		summary: "generate N articles, time plain Bleve and crosscheck index+check on them in one run",
		usage:   "[flags]",
		examples: []string{
			"crosscheck bench --articles 1000",
			"crosscheck bench --articles 100000 --format json",
			"crosscheck bench --articles 10000 --added 0 --drafts 0 --cpuprofile cpu.out",
		},
		run: runBench,
	})
}

func runBench(e *env, args []string) int {
	c := findCommand("bench")
	var cf common
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	cf.addFormat(fs, "table", "table|json")
	n := fs.Int("articles", 1000, "number of articles to generate")
	seed := fs.Uint64("seed", 1, "generator seed")
	dir := fs.String("dir", "", "keep the generated corpus and indexes here (default: a temp dir, removed)")
	rounds := fs.Int("rounds", 1, "time plain Bleve and crosscheck this many times, alternately, and report the medians")
	added := fs.Int("added", 100, "then add this many articles and check again (0: skip)")
	drafts := fs.Int("drafts", 100, "then check this many drafts against the index, one at a time, for latency (0: skip)")
	draftWords := fs.Int("draft-words", 1000, "words per draft")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a heap profile at the end of the run to this file")
	cf.addStories(fs, "compare event claims per story, as check does by default (each article's coref summary computed at extraction and stored in the index); --stories=false measures check --stories=false")
	if _, code, ok := parseFlags(e, c, fs, args); !ok {
		return code
	}
	if *n < 1 {
		return fail(e, "bench", fmt.Errorf("--articles must be at least 1"))
	}
	if *added < 0 || *drafts < 0 {
		return fail(e, "bench", fmt.Errorf("--added and --drafts must not be negative"))
	}
	if *rounds < 1 {
		return fail(e, "bench", fmt.Errorf("--rounds must be at least 1"))
	}
	if err := atLeast("draft-words", *draftWords, 1); err != nil {
		return fail(e, "bench", err)
	}
	if cf.format != "table" && cf.format != "json" {
		return fail(e, "bench", fmt.Errorf("unknown --format %q (want table or json)", cf.format))
	}
	opt, err := cf.pipelineOptions(true)
	if err != nil {
		return fail(e, "bench", err)
	}
	stop, err := startProfiles(*cpuProfile, *memProfile)
	if err != nil {
		return fail(e, "bench", err)
	}
	res, err := bench.Run(opt, bench.Options{Articles: *n, Seed: *seed, Dir: *dir,
		Rounds: *rounds, Added: *added, Drafts: *drafts, DraftWords: *draftWords,
		Progress: func(phase string) { fmt.Fprintf(e.stderr, "bench: %s…\n", phase) }})
	if perr := stop(); err == nil {
		err = perr
	}
	if err != nil {
		return fail(e, "bench", err)
	}
	if cf.format == "json" {
		if err := report.WriteJSON(e.stdout, res); err != nil {
			return fail(e, "bench", err)
		}
		return exitClean
	}
	rows := [][]string{
		{"articles", fmt.Sprint(res.Articles)},
		{"bytes", fmt.Sprintf("%d (%.1f MB in %d files)", res.Bytes, float64(res.Bytes)/(1<<20), res.Files)},
		{"plain Bleve", fmt.Sprintf("%.2fs (%.0f articles/s)", res.BleveSeconds, float64(res.Articles)/res.BleveSeconds)},
		{"crosscheck index + check", fmt.Sprintf("%.2fs (%.0f articles/s)", res.CrosscheckSeconds, float64(res.Articles)/res.CrosscheckSeconds)},
		{"ratio", ratioText(res)},
		{"CPU: Bleve, crosscheck", fmt.Sprintf("%.1fs, %.1fs", res.BleveCPUSeconds, res.CrosscheckCPUSeconds)},
		{"of which check (rules)", fmt.Sprintf("%.2fs", res.CheckSeconds)},
		{"claims / discrepancies", fmt.Sprintf("%d / %d", res.Claims, res.Discrepancies)},
		{"peak RSS", fmt.Sprintf("%.0f MB (plain Bleve: %.0f MB)", res.PeakRSSMB, res.BlevePeakRSSMB)},
		{"CPUs", fmt.Sprint(res.CPUs)},
	}
	if res.Stories {
		rows = append(rows, []string{"event claims", "compared per story (--stories, the default)"})
	} else {
		rows = append(rows, []string{"event claims", "compared by subject alone (--stories=false)"})
	}
	if res.AddedArticles > 0 {
		how := "in full"
		if res.Incremental {
			how = fmt.Sprintf("%d subjects re-checked", res.RecheckedSubjects)
			if res.IncrementalRelinked {
				how += ", stories linked again"
			}
		}
		rows = append(rows, []string{fmt.Sprintf("add %d, check again", res.AddedArticles),
			fmt.Sprintf("%.2fs, CPU %.2fs, peak RSS %.0f MB (%s)", res.IncrementalSeconds, res.IncrementalCPUSeconds, res.IncrementalPeakRSSMB, how)})
	}
	if res.Drafts > 0 {
		rows = append(rows, []string{fmt.Sprintf("drafts: %d × %d words", res.Drafts, res.DraftWords),
			fmt.Sprintf("p50 %.1f ms, p99 %.1f ms", res.DraftP50MS, res.DraftP99MS)})
	}
	if err := table.Write(e.stdout, 0, []string{"Measure", "Value"}, rows); err != nil {
		return fail(e, "bench", err)
	}
	return exitClean
}

// startProfiles starts a CPU profile and arranges a heap profile, as
// asked; stop ends them. Both files are created first: a path that cannot
// be written fails before the run, not after it.
func startProfiles(cpu, mem string) (stop func() error, err error) {
	var cpuFile, memFile *os.File
	if mem != "" {
		if memFile, err = os.Create(mem); err != nil {
			return nil, err
		}
	}
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err != nil {
			closeAll(memFile)
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			closeAll(memFile, cpuFile)
			return nil, err
		}
	}
	return func() error {
		var err error
		if cpuFile != nil {
			pprof.StopCPUProfile()
			err = cpuFile.Close()
		}
		if memFile != nil {
			if werr := pprof.Lookup("allocs").WriteTo(memFile, 0); err == nil {
				err = werr
			}
			if cerr := memFile.Close(); err == nil {
				err = cerr
			}
		}
		return err
	}, nil
}

func closeAll(fs ...*os.File) {
	for _, f := range fs {
		if f != nil {
			f.Close()
		}
	}
}

// ratioText is the ratio, with each round's when there were several.
func ratioText(res bench.Result) string {
	s := fmt.Sprintf("%.2f×", res.Ratio)
	if len(res.Ratios) > 1 {
		parts := make([]string, len(res.Ratios))
		for i, r := range res.Ratios {
			parts[i] = fmt.Sprintf("%.2f", r)
		}
		s += " (median of " + strings.Join(parts, ", ") + ")"
	}
	return s
}
