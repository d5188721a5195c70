package rules

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func itoa(n int) string { return strconv.Itoa(n) }

// joinAnd joins words as English lists them: "a", "a and b", "a, b and c".
func joinAnd(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// joinOr joins alternatives: "a", "a or b", "a, b or c".
func joinOr(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// articlesOf lists the distinct article IDs of claims, sorted.
func articlesOf(cs []*claim.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Evidence.Article)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// surface is the most frequent Subject text among claims (ties: the
// alphabetically first), else a readable form of the subject key.
func surface(cs []*claim.Claim, key claim.Key) string {
	counts := map[string]int{}
	for _, c := range cs {
		if s := strings.TrimSpace(c.Subject); s != "" {
			counts[s]++
		}
	}
	best, n := "", 0
	for _, s := range sortedKeys(counts) {
		if counts[s] > n {
			best, n = s, counts[s]
		}
	}
	if best != "" {
		return best
	}
	return keySurface(key)
}

// keySurface makes "event:summit:lakeside" readable: "summit lakeside".
func keySurface(key claim.Key) string { return key.Parts() }

// sentenceSubject starts a sentence with the subject: events and offices
// take "The".
func sentenceSubject(surface string, key claim.Key) string {
	if takesArticle(key) {
		lower := strings.ToLower(surface)
		if !strings.HasPrefix(lower, "the ") && !strings.HasPrefix(lower, "a ") && !strings.HasPrefix(lower, "an ") {
			return "The " + surface
		}
	}
	return capitalize(surface)
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// titleWords turns "jane q. doe" into "Jane Q. Doe".
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = capitalize(w)
	}
	return strings.Join(f, " ")
}

func humanDay(t time.Time) string { return t.Format("January 2, 2006") }

// quoteText shortens quoted words for a summary.
func quoteText(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > max/2 {
		cut = i
	}
	return s[:cut] + "…"
}

// weekdays maps weekday names and their usual abbreviations to weekdays.
var weekdays = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		m[name] = d
		m[name[:3]] = d
	}
	for abbr, d := range map[string]time.Weekday{"tues": time.Tuesday, "thur": time.Thursday, "thurs": time.Thursday} {
		m[abbr] = d
	}
	return m
}()

// parseWeekday reads a weekday name in any case, with or without a dot.
func parseWeekday(s string) (time.Weekday, bool) {
	d, ok := weekdays[strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")]
	return d, ok
}

// midSubject is the subject inside a sentence: events take "the".
func midSubject(surface string, key claim.Key) string {
	s := sentenceSubject(surface, key)
	if strings.HasPrefix(s, "The ") && takesArticle(key) {
		return "the " + s[4:]
	}
	return s
}

func takesArticle(key claim.Key) bool {
	return key.IsEvent() || key.Is(claim.FamilyOffice)
}

// agreeVerb makes "is …" agree with a plural subject: "the talks are
// placed", "the Games are dated". A subject whose last word ends in s
// (but not -ss, -us, -is: "the census", "the crisis") counts as plural.
func agreeVerb(verb, subject string) string {
	rest, ok := strings.CutPrefix(verb, "is ")
	if !ok {
		return verb
	}
	words := strings.Fields(strings.ToLower(subject))
	if len(words) == 0 {
		return verb
	}
	last := strings.Trim(words[len(words)-1], ".,;:’'\"")
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is") && !strings.HasSuffix(last, "'s") {
		return "are " + rest
	}
	return verb
}
