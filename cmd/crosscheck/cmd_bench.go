package main

import (
	"flag"
	"fmt"

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
	if _, code, ok := parseFlags(e, c, fs, args); !ok {
		return code
	}
	if *n < 1 {
		return fail(e, "bench", fmt.Errorf("--articles must be at least 1"))
	}
	if cf.format != "table" && cf.format != "json" {
		return fail(e, "bench", fmt.Errorf("unknown --format %q (want table or json)", cf.format))
	}
	opt, err := cf.pipelineOptions(true)
	if err != nil {
		return fail(e, "bench", err)
	}
	res, err := bench.Run(opt, bench.Options{Articles: *n, Seed: *seed, Dir: *dir, Progress: func(phase string) {
		fmt.Fprintf(e.stderr, "bench: %s…\n", phase)
	}})
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
		{"ratio", fmt.Sprintf("%.2f×", res.Ratio)},
		{"of which check (rules)", fmt.Sprintf("%.2fs", res.CheckSeconds)},
		{"claims / discrepancies", fmt.Sprintf("%d / %d", res.Claims, res.Discrepancies)},
		{"peak RSS", fmt.Sprintf("%.0f MB", res.PeakRSSMB)},
		{"CPUs", fmt.Sprint(res.CPUs)},
	}
	if err := table.Write(e.stdout, 0, []string{"Measure", "Value"}, rows); err != nil {
		return fail(e, "bench", err)
	}
	return exitClean
}
