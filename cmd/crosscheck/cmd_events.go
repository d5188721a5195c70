package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/internal/table"
)

func init() {
	register(&command{
		name:    "events",
		summary: "group articles into stories and event mentions into events",
		usage:   "[flags] [PATH...]",
		examples: []string{
			"crosscheck events                      # the built-in sample corpus",
			"crosscheck events --format json ./coverage",
			"crosscheck events --mentions spans.json --format json corpus.jsonl",
		},
		run: runEvents,
	})
}

// eventsOut is the public JSON shape of `events`.
type eventsOut struct {
	Version int            `json:"version"`
	Stories []*coref.Story `json:"stories"`
	Events  []*coref.Event `json:"events"`
}

func runEvents(e *env, args []string) int {
	c := findCommand("events")
	var cf common
	var mentionsFile string
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	cf.addRead(fs)
	cf.addFormat(fs, "table", "table|json")
	fs.StringVar(&cf.kbDir, "kb", "", "directory of extra knowledge-base YAML files (extend or override the built-in ones)")
	fs.StringVar(&mentionsFile, "mentions", "", `cluster exactly these mentions: JSON {"ARTICLE_ID":[{"start":S,"end":E},…]} with UTF-8 byte offsets into each article's text`)
	paths, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	if cf.format != "table" && cf.format != "json" {
		return fail(e, "events", fmt.Errorf("unknown --format %q (want table or json)", cf.format))
	}
	var given map[string][]coref.Span
	if mentionsFile != "" {
		var err error
		if given, err = readMentionsFile(mentionsFile); err != nil {
			return fail(e, "events", err)
		}
	}
	k, err := cf.loadKB()
	if err != nil {
		return fail(e, "events", fmt.Errorf("knowledge base:\n%w", err))
	}
	arts, st, problems, err := readAll(sourceOf(paths), cf.readOptions())
	if err != nil {
		return fail(e, "events", err)
	}
	status := reportProblems(e, st, problems)
	res, err := coref.Run(arts, coref.RunOptions{KB: k, Given: given})
	if err != nil {
		return fail(e, "events", err)
	}
	if cf.format == "json" {
		out := eventsOut{Version: 1, Stories: res.Stories, Events: res.Events}
		if out.Stories == nil {
			out.Stories = []*coref.Story{}
		}
		if out.Events == nil {
			out.Events = []*coref.Event{}
		}
		if err := report.WriteJSON(e.stdout, out); err != nil {
			return fail(e, "events", err)
		}
	} else if err := writeEventsTable(e, res); err != nil {
		return fail(e, "events", err)
	}
	return status
}

// readMentionsFile reads {"ARTICLE_ID":[{"start":S,"end":E},…]}.
func readMentionsFile(name string) (map[string][]coref.Span, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var m map[string][]coref.Span
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("--mentions %s: want {\"ARTICLE_ID\":[{\"start\":S,\"end\":E},…]}: %w", name, err)
	}
	if m == nil {
		m = map[string][]coref.Span{}
	}
	return m, nil
}

func writeEventsTable(e *env, res *coref.Result) error {
	var rows [][]string
	for _, s := range res.Stories {
		rows = append(rows, []string{s.ID, s.Class, yearText(s.Year), strconv.Itoa(len(s.Articles)), strings.Join(s.Articles, " ")})
	}
	if err := table.Write(e.stdout, 0, []string{"Story", "Class", "Year", "Articles", "IDs"}, rows); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout)
	rows = rows[:0]
	for _, ev := range res.Events {
		role := ""
		switch {
		case ev.Seminal:
			role = "seminal"
		case ev.Background:
			role = "background"
		}
		var texts []string
		for i, m := range ev.Mentions {
			if i == 3 {
				texts = append(texts, fmt.Sprintf("… %d more", len(ev.Mentions)-3))
				break
			}
			texts = append(texts, fmt.Sprintf("%s:%d %q", m.Article, m.Start, m.Text))
		}
		rows = append(rows, []string{ev.ID, ev.Story, ev.Class, role, strconv.Itoa(len(ev.Mentions)), ev.Time, ev.Place, strings.Join(ev.Participants, ", "), strings.Join(texts, "; ")})
	}
	if err := table.Write(e.stdout, 0, []string{"Event", "Story", "Class", "Role", "Mentions", "Time", "Place", "Participants", "Evidence"}, rows); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d stories, %d events\n", len(res.Stories), len(res.Events))
	return nil
}

func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}
