package main

import (
	"flag"
	"fmt"
	"strconv"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/internal/table"
)

func init() {
	register(&command{
		name:    "dates",
		summary: "show every date and time expression per article and how it was resolved",
		usage:   "[flags] [PATH...]",
		examples: []string{
			"crosscheck dates                      # the built-in sample corpus",
			"crosscheck dates --ref 2025-09-28 story.txt",
			"crosscheck dates --format json --day-first ./coverage",
		},
		run: runDates,
	})
	register(&command{
		name:    "claims",
		summary: "show every claim extracted per article with its evidence",
		usage:   "[flags] [PATH...]",
		examples: []string{
			"crosscheck claims story.txt",
			"crosscheck claims --kind title,office --format json ./coverage",
		},
		run: runClaims,
	})
}

// extractAll runs extraction (no index) over paths or the sample corpus.
func extractAll(e *env, cf *common, paths []string) ([]extract.Result, int, error) {
	results, _, status, err := extractAllWith(e, cf, paths)
	return results, status, err
}

// extractAllWith is extractAll that also returns the options it ran with.
func extractAllWith(e *env, cf *common, paths []string) ([]extract.Result, pipeline.Options, int, error) {
	opt, err := cf.pipelineOptions(false)
	if err != nil {
		return nil, opt, exitClean, err
	}
	var out []extract.Result
	st, err := pipeline.Stream(sourceOf(paths), opt, func(r extract.Result) error {
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, opt, exitClean, err
	}
	return out, opt, reportProblems(e, st.Read, st.Problems), nil
}

// datesArticle is the public JSON shape of one article in `dates`.
type datesArticle struct {
	ID              string                `json:"id"`
	Reference       string                `json:"reference"`
	ReferenceSource string                `json:"reference_source"`
	DayFirst        bool                  `json:"day_first"`
	Expressions     []temporal.Expression `json:"expressions"`
	// TIMEX3 lists the same expressions as TimeML annotates them: a range
	// ("1947-1991") is two TIMEX3. Scorers of TempEval-3 read this list.
	TIMEX3 []temporal.Expression `json:"timex3"`
}

func runDates(e *env, args []string) int {
	c := findCommand("dates")
	var cf common
	fs := flag.NewFlagSet("dates", flag.ContinueOnError)
	cf.addRead(fs)
	cf.addExtract(fs)
	cf.addFormat(fs, "table", "table|json")
	paths, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	if cf.format != "table" && cf.format != "json" {
		return fail(e, "dates", fmt.Errorf("unknown --format %q (want table or json)", cf.format))
	}
	results, status, err := extractAll(e, &cf, paths)
	if err != nil {
		return fail(e, "dates", err)
	}
	var arts []datesArticle
	for _, r := range results {
		ex := r.Expressions
		if ex == nil {
			ex = []temporal.Expression{}
		}
		arts = append(arts, datesArticle{ID: r.Article.ID, Reference: dateString(r), ReferenceSource: r.ReferenceOf, DayFirst: r.DayFirst,
			Expressions: ex, TIMEX3: temporal.TIMEX3(ex)})
	}
	if cf.format == "json" {
		if arts == nil {
			arts = []datesArticle{}
		}
		if err := report.WriteJSON(e.stdout, map[string]any{"articles": arts}); err != nil {
			return fail(e, "dates", err)
		}
	} else {
		for _, a := range arts {
			order := "month/day"
			if a.DayFirst {
				order = "day/month"
			}
			ref := a.Reference
			if ref == "" {
				ref = "unknown"
			}
			fmt.Fprintf(e.stdout, "%s  reference %s (%s), ambiguous numeric dates read %s\n", a.ID, ref, a.ReferenceSource, order)
			var rows [][]string
			for _, x := range a.Expressions {
				v := x.Value
				if x.RangeEnd != "" {
					v += " … " + x.RangeEnd
				}
				if x.Mod != "" {
					v += " (" + x.Mod + ")"
				}
				rows = append(rows, []string{strconv.Itoa(x.Start) + "-" + strconv.Itoa(x.End), x.Text, string(x.Type), v, x.Granularity, x.Weekday, x.Resolution})
			}
			if len(rows) > 0 {
				if err := table.Write(e.stdout, 0, []string{"Span", "Text", "Type", "Value", "Granularity", "Weekday", "Resolved"}, rows); err != nil {
					return fail(e, "dates", err)
				}
			}
			fmt.Fprintf(e.stdout, "%s\n\n", plural(len(a.Expressions), "expression", "expressions"))
		}
	}
	if status != exitClean {
		return status
	}
	return exitClean
}

func dateString(r extract.Result) string {
	if r.Reference.IsZero() {
		return ""
	}
	return r.Reference.Format("2006-01-02")
}

// claimOut is the public JSON shape of one claim in `claims`: the fields
// the issue names at the top level, the full claim detail alongside.
type claimOut struct {
	Kind       claim.Kind     `json:"kind"`
	Subject    string         `json:"subject"`
	SubjectKey string         `json:"subject_key"`
	Value      string         `json:"value"`
	Normalized string         `json:"normalized"`
	Modality   claim.Modality `json:"modality"`
	Start      int            `json:"start"`
	End        int            `json:"end"`
	Sentence   string         `json:"sentence"`
	Reference  claim.Day      `json:"reference,omitzero"`
	Claim      claim.Claim    `json:"claim"`
}

type claimsArticle struct {
	ID     string     `json:"id"`
	Claims []claimOut `json:"claims"`
	// NoEvents says why the article yielded no claim about any event.
	NoEvents string `json:"no_events,omitempty"`
}

func runClaims(e *env, args []string) int {
	c := findCommand("claims")
	var cf common
	fs := flag.NewFlagSet("claims", flag.ContinueOnError)
	cf.addRead(fs)
	cf.addExtract(fs)
	cf.addFormat(fs, "table", "table|json")
	kinds := fs.String("kind", "", "only these kinds, comma-separated: "+kindList())
	paths, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	if cf.format != "table" && cf.format != "json" {
		return fail(e, "claims", fmt.Errorf("unknown --format %q (want table or json)", cf.format))
	}
	want, err := parseKinds(*kinds)
	if err != nil {
		return fail(e, "claims", err)
	}
	keep := map[claim.Kind]bool{}
	for _, k := range want {
		keep[claim.Kind(k)] = true
	}
	results, opt, status, err := extractAllWith(e, &cf, paths)
	if err != nil {
		return fail(e, "claims", err)
	}
	arts := []claimsArticle{}
	for _, r := range results {
		ca := claimsArticle{ID: r.Article.ID, Claims: []claimOut{}, NoEvents: pipeline.NoEventReason(r, opt.KB)}
		for _, cl := range r.Claims {
			if len(keep) > 0 && !keep[cl.Kind] {
				continue
			}
			ca.Claims = append(ca.Claims, claimOut{Kind: cl.Kind, Subject: cl.Subject, SubjectKey: cl.SubjectKey.String(), Value: cl.ValueText,
				Normalized: cl.Value, Modality: cl.Modality, Start: cl.Evidence.Start, End: cl.Evidence.End,
				Sentence: cl.Evidence.Sentence, Reference: cl.Reference, Claim: cl})
		}
		arts = append(arts, ca)
	}
	if cf.format == "json" {
		if err := report.WriteJSON(e.stdout, map[string]any{"articles": arts}); err != nil {
			return fail(e, "claims", err)
		}
	} else {
		for _, a := range arts {
			fmt.Fprintf(e.stdout, "%s\n", a.ID)
			var rows [][]string
			for _, cl := range a.Claims {
				rows = append(rows, []string{string(cl.Kind), cl.Subject + "\n" + cl.SubjectKey, cl.Value + "\n→ " + cl.Normalized,
					string(cl.Modality), strconv.Itoa(cl.Start) + "-" + strconv.Itoa(cl.End), cl.Sentence})
			}
			if len(rows) > 0 {
				if err := table.Write(e.stdout, 0, []string{"Kind", "Subject", "Value", "Modality", "Span", "Sentence"}, rows); err != nil {
					return fail(e, "claims", err)
				}
			}
			fmt.Fprintf(e.stdout, "%s\n", plural(len(a.Claims), "claim", "claims"))
			if a.NoEvents != "" {
				fmt.Fprintf(e.stdout, "%s\n", a.NoEvents)
			}
			fmt.Fprintln(e.stdout)
		}
	}
	if status != exitClean {
		return status
	}
	return exitClean
}
