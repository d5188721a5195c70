package main

import (
	"flag"
	"fmt"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/internal/table"
)

func init() {
	register(&command{
		name:    "rules",
		summary: "list the rules, or run the test cases in rule files: rules list | rules test [DIR]",
		usage:   "list|test [flags] [DIR]",
		examples: []string{
			"crosscheck rules list",
			"crosscheck rules test             # the built-in rules' own test cases",
			"crosscheck rules test ./my-rules  # a user's rules (with the built-in ones they extend)",
		},
		exits: "0 success (every test case passed), 1 a test case failed, 2 usage or input error, 3 internal error",
		run:   runRules,
	})
}

func runRules(e *env, args []string) int {
	c := findCommand("rules")
	var cf common
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	cf.addExtract(fs)
	pos, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 || (pos[0] != "list" && pos[0] != "test") || len(pos) > 2 {
		return fail(e, "rules", fmt.Errorf("want 'rules list' or 'rules test [DIR]'"))
	}
	if len(pos) == 2 {
		cf.rulesDir = pos[1]
	}
	set, err := cf.loadRules()
	if err != nil {
		return fail(e, "rules", err)
	}
	if pos[0] == "list" {
		var rows [][]string
		for _, r := range set.Rules {
			rows = append(rows, []string{r.ID(), r.Kind(), r.Severity().String(), r.Doc()})
		}
		if err := table.Write(e.stdout, 0, []string{"ID", "Kind", "Severity", "What it checks"}, rows); err != nil {
			return fail(e, "rules", err)
		}
		return exitClean
	}
	k, err := cf.loadKB()
	if err != nil {
		return fail(e, "rules", err)
	}
	xo, err := cf.extractOptions()
	if err != nil {
		return fail(e, "rules", err)
	}
	results := set.RunTests(pipeline.RuleTestExtractor(k, xo), k)
	failed := 0
	for _, r := range results {
		status := "ok  "
		if !r.Pass {
			status = "FAIL"
			failed++
		}
		fmt.Fprintf(e.stdout, "%s %s:%d %s/%s", status, r.File, r.Line, r.Rule, r.Case)
		if !r.Pass {
			fmt.Fprintf(e.stdout, ": %s", r.Msg)
		}
		fmt.Fprintln(e.stdout)
	}
	fmt.Fprintf(e.stdout, "%d passed, %d failed\n", len(results)-failed, failed)
	if failed > 0 {
		return exitFound
	}
	return exitClean
}
