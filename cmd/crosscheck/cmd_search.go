package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/internal/table"
)

func init() {
	register(&command{
		name:    "search",
		summary: "search the index (Bleve query-string syntax) and show hits with highlighted fragments",
		usage:   "[flags] QUERY",
		examples: []string{
			`crosscheck search summit`,
			`crosscheck search '"bridge opening" +source:Gazette'`,
			`crosscheck search --format json 'title:flood'`,
		},
		run: runSearch,
	})
	register(&command{
		name:     "list",
		summary:  "list the indexed articles",
		usage:    "[flags]",
		examples: []string{"crosscheck list", "crosscheck list --format json"},
		run:      runList,
	})
}

// maxHits is the most hits one search shows (the index's page limit).
const maxHits = 10000

// searchResult is the JSON shape of search.
type searchResult struct {
	Query string      `json:"query"`
	Total uint64      `json:"total"`
	Hits  []store.Hit `json:"hits"`
}

func runSearch(e *env, args []string) int {
	c := findCommand("search")
	var cf common
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	cf.addIndex(fs)
	cf.addFormat(fs, "table", "table|json")
	size := fs.Int("n", 10, fmt.Sprintf("number of hits (at most %d)", maxHits))
	from := fs.Int("from", 0, "skip this many hits (paging)")
	pos, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return fail(e, "search", fmt.Errorf("no QUERY given (see crosscheck search --help)"))
	}
	if err := errors.Join(atLeast("n", *size, 1), atMost("n", *size, maxHits), atLeast("from", *from, 0)); err != nil {
		return fail(e, "search", err)
	}
	q := strings.Join(pos, " ")
	ix, err := store.OpenIndexReadOnly(cf.index)
	if err != nil {
		return fail(e, "search", indexError(err, cf.index))
	}
	defer ix.Close()
	hits, total, err := ix.Search(q, *size, *from)
	if err != nil {
		return fail(e, "search", err)
	}
	switch cf.format {
	case "json":
		if hits == nil {
			hits = []store.Hit{}
		}
		if err := report.WriteJSON(e.stdout, searchResult{q, total, hits}); err != nil {
			return fail(e, "search", err)
		}
	case "table":
		var rows [][]string
		for _, h := range hits {
			rows = append(rows, []string{h.ID, h.Title, h.Source, dateOf(h.ArticleInfo),
				strconv.FormatFloat(h.Score, 'f', 3, 64), strings.Join(h.PlainFragments(), " … ")})
		}
		if len(rows) > 0 {
			if err := table.Write(e.stdout, 0, []string{"ID", "Title", "Source", "Date", "Score", "Fragment"}, rows); err != nil {
				return fail(e, "search", err)
			}
		}
		fmt.Fprintf(e.stdout, "%d of %d hits\n", len(hits), total)
	default:
		return fail(e, "search", fmt.Errorf("unknown --format %q (want table or json)", cf.format))
	}
	return exitClean
}

func dateOf(a store.ArticleInfo) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}

func runList(e *env, args []string) int {
	c := findCommand("list")
	var cf common
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	cf.addIndex(fs)
	cf.addFormat(fs, "table", "table|json")
	if _, code, ok := parseFlags(e, c, fs, args); !ok {
		return code
	}
	ix, err := store.OpenIndexReadOnly(cf.index)
	if err != nil {
		return fail(e, "list", indexError(err, cf.index))
	}
	defer ix.Close()
	infos, err := ix.List()
	if err != nil {
		return fail(e, "list", err)
	}
	switch cf.format {
	case "json":
		if infos == nil {
			infos = []store.ArticleInfo{}
		}
		if err := report.WriteJSON(e.stdout, map[string]any{"articles": infos}); err != nil {
			return fail(e, "list", err)
		}
	case "table":
		var rows [][]string
		for _, a := range infos {
			rows = append(rows, []string{a.ID, a.Title, a.Source, dateOf(a), string(a.PublishedFrom), a.Format})
		}
		if len(rows) > 0 {
			if err := table.Write(e.stdout, 0, []string{"ID", "Title", "Source", "Date", "Date from", "Format"}, rows); err != nil {
				return fail(e, "list", err)
			}
		}
		fmt.Fprintf(e.stdout, "%d articles\n", len(infos))
	default:
		return fail(e, "list", fmt.Errorf("unknown --format %q (want table or json)", cf.format))
	}
	return exitClean
}
