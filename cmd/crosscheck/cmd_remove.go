package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/store"
)

func init() {
	register(&command{
		name:    "remove",
		summary: "remove articles from the index by ID (their findings go with them at the next check)",
		usage:   "[flags] ID...",
		examples: []string{
			"crosscheck remove skerran-04-ledger",
			"crosscheck remove --index DIR a1 a2",
		},
		run: runRemove,
	})
}

func runRemove(e *env, args []string) int {
	c := findCommand("remove")
	var cf common
	fs := flag.NewFlagSet("remove", flag.ContinueOnError)
	cf.addIndex(fs)
	ids, code, ok := parseFlags(e, c, fs, args)
	if !ok {
		return code
	}
	if len(ids) == 0 {
		return fail(e, "remove", fmt.Errorf("no ID given (see crosscheck remove --help; 'crosscheck list' shows the IDs)"))
	}
	// Opening for writing creates a missing index: look first, so that a
	// wrong --index is an error rather than a new empty index.
	ix, err := store.OpenIndexReadOnly(cf.index)
	if err != nil {
		return fail(e, "remove", indexError(err, cf.index))
	}
	ix.Close()
	ix, err = store.OpenIndex(cf.index)
	if err != nil {
		return fail(e, "remove", indexError(err, cf.index))
	}
	defer ix.Close()
	removed, err := ix.Remove(ids)
	if err != nil {
		return fail(e, "remove", err)
	}
	fmt.Fprintf(e.stdout, "removed %s\n", plural(len(removed), "article", "articles"))
	gone := map[string]bool{}
	for _, id := range removed {
		gone[id] = true
	}
	var missing []string
	for _, id := range ids {
		if !gone[id] {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		return fail(e, "remove", fmt.Errorf("not in the index: %s", strings.Join(missing, ", ")))
	}
	return exitClean
}

// reportRemoved says which articles a run removed because their files
// are no longer in the paths read.
func reportRemoved(e *env, removed, paths []string, verbose bool) {
	if len(removed) == 0 {
		return
	}
	fmt.Fprintf(e.stderr, "removed %s no longer in %s", plural(len(removed), "article", "articles"), strings.Join(paths, ", "))
	show := 10
	if verbose {
		show = len(removed)
	}
	listIDs(e.stderr, removed, show)
}

// reportNoEvents says how many articles yielded no claim about any event
// (nothing about them can be compared), listing them with verbose.
func reportNoEvents(e *env, ids []string, verbose bool) {
	if len(ids) == 0 {
		return
	}
	fmt.Fprintf(e.stderr, "%s yielded no event claims ('crosscheck claims FILE' says why)",
		plural(len(ids), "article", "articles"))
	if !verbose {
		fmt.Fprintln(e.stderr, "; --verbose lists them")
		return
	}
	listIDs(e.stderr, ids, len(ids))
}

// listIDs ends a line with up to show IDs.
func listIDs(w io.Writer, ids []string, show int) {
	if len(ids) <= show {
		fmt.Fprintf(w, ": %s\n", strings.Join(ids, ", "))
		return
	}
	fmt.Fprintf(w, ": %s, … (%d more)\n", strings.Join(ids[:show], ", "), len(ids)-show)
}

// plural is "1 article", "2 articles".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
