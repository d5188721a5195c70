package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/rules"
)

// Matches says whether d is the discrepancy f describes.
func (f *Finding) Matches(d *rules.Discrepancy) bool {
	if d.Kind != f.Kind || !f.severityMatches(d.Severity) {
		return false
	}
	for _, a := range f.Articles {
		if !hasArticle(d, a) {
			return false
		}
	}
	for _, v := range f.Values {
		if !hasValue(d, v) {
			return false
		}
	}
	if f.Subject != "" && !hasSubject(d, f.Subject) {
		return false
	}
	if f.Sentence != "" && !hasSentence(d, f.Sentence) {
		return false
	}
	return true
}

func (f *Finding) severityMatches(s rules.Severity) bool {
	if f.hasSeverity {
		return s == f.severity
	}
	return s >= f.minSeverity
}

// hasSubject looks in the subject, its key and the summary, which names
// what a number counts ("the figure for people killed").
func hasSubject(d *rules.Discrepancy, words string) bool {
	return containsWords(d.Subject, words) || containsWords(d.SubjectKey, words) || containsWords(d.Summary, words)
}

func hasArticle(d *rules.Discrepancy, id string) bool {
	for _, c := range d.Claims {
		if c.Article == id {
			return true
		}
	}
	return false
}

// hasValue: a side's value as written or normalised contains v, or is
// contained in it ("at least 300" matches a side written "300"); the
// knowledge base's holder counts as a side.
func hasValue(d *rules.Discrepancy, v string) bool {
	for _, c := range d.Claims {
		if sameValue(c.ValueText, v) || sameValue(c.Value, v) {
			return true
		}
	}
	return d.KB != nil && sameValue(d.KB.Holder, v)
}

func sameValue(side, want string) bool {
	if strings.TrimSpace(side) == "" {
		return false
	}
	return containsWords(side, want) || containsWords(want, side)
}

func hasSentence(d *rules.Discrepancy, s string) bool {
	want := normalize(s)
	for _, c := range d.Claims {
		if strings.Contains(normalize(c.Text), want) {
			return true
		}
	}
	return false
}

// containsWords reports whether needle occurs in hay at word boundaries,
// ignoring case, runs of spaces and the kind of apostrophe.
func containsWords(hay, needle string) bool {
	h, n := normalize(hay), normalize(needle)
	if n == "" {
		return false
	}
	for from := 0; from <= len(h)-len(n); {
		i := strings.Index(h[from:], n)
		if i < 0 {
			return false
		}
		i += from
		if boundaryBefore(h, i) && boundaryAfter(h, i+len(n)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(h[i:])
		from = i + size
	}
	return false
}

// boundaryBefore: no letter or digit before i, and no digit group
// separator after a digit ("300" is not in "1,300").
func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if isWordRune(r) {
		return false
	}
	if (r == ',' || r == '.') && i-size > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i-size])
		return !unicode.IsDigit(p)
	}
	return true
}

// boundaryAfter: no letter or digit after i, and no separator followed by
// a digit ("6.4" is not in "6.45").
func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if isWordRune(r) {
		return false
	}
	if (r == ',' || r == '.') && i+size < len(s) {
		n, _ := utf8.DecodeRuneInString(s[i+size:])
		return !unicode.IsDigit(n)
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normalize lower-cases s, folds typographic apostrophes and dashes and
// collapses white space.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u2019' || r == '\u2018':
			r = '\''
		case r == '\u2013' || r == '\u2014':
			r = '-'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
