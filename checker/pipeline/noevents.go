package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/extract/events"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// An article whose events the lexicon does not know yields no claim
// about any event, however many dates and figures it holds: nothing
// about it can be compared. Runs count such articles so that the gap is
// seen rather than silent.

// HasEventClaim reports whether any claim is about an event.
func HasEventClaim(cs []claim.Claim) bool {
	for i := range cs {
		if cs[i].SubjectKey.IsEvent() {
			return true
		}
	}
	return false
}

// NoEventReason says why r holds no event claim, or "" when it holds one.
func NoEventReason(r extract.Result, k *kb.KB) string {
	if HasEventClaim(r.Claims) {
		return ""
	}
	dates := len(r.Expressions)
	figures := countFigures(r.Article.Text)
	held := fmt.Sprintf("%s and %s", plural(dates, "date expression"), plural(figures, "figure"))
	evs := events.Events(text.NewDoc(r.Article.ID, r.Article.Text, r.Reference), k)
	if len(evs) == 0 {
		return "no event claims: no event was recognised (" + held + " found, with no event to tie them to): " +
			"either no word names an event of a known type (see checker/lexicon/data/classes.yml) " +
			"or no place or participant tells the event apart"
	}
	keys := make([]string, 0, len(evs))
	for _, e := range evs {
		keys = append(keys, e.Key)
	}
	return fmt.Sprintf("no event claims: %s named (%s), but no date, place, status or figure is said of %s (%s found)",
		plural(len(evs), "event"), strings.Join(keys, ", "), map[bool]string{true: "it", false: "them"}[len(evs) == 1], held)
}

// trueKeys lists the keys set to true, sorted.
func trueKeys(m map[string]bool) []string {
	var out []string
	for k, v := range m {
		if v {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// countFigures counts the runs of digits in s.
func countFigures(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		d := '0' <= s[i] && s[i] <= '9'
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
