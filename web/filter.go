package web

import (
	"net/url"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/checker/report"
	"github.com/crosscheck/crosscheck/rules"
)

// listFilter is what the discrepancy list and the API keep, read from the
// query string: kind (repeated or comma-separated), severity (the lowest
// shown), article (an ID one side must cite) and source (an outlet one
// side must come from, any case).
type listFilter struct {
	Kinds    []string
	Severity string
	Article  string
	Source   string
	min      rules.Severity
}

// validKinds is the set of claim kinds, built once.
var validKinds = func() map[string]bool {
	m := make(map[string]bool, len(claim.Kinds))
	for _, k := range claim.Kinds {
		m[string(k)] = true
	}
	return m
}()

func parseFilter(q url.Values) (listFilter, error) {
	var f listFilter
	seen := map[string]bool{}
	for _, v := range q["kind"] {
		for _, k := range strings.Split(v, ",") {
			k = strings.ToLower(strings.TrimSpace(k))
			if k == "" || seen[k] {
				continue
			}
			if !validKinds[k] {
				return f, badRequest("unknown kind %q (want one of %s)", k, kindList())
			}
			seen[k] = true
			f.Kinds = append(f.Kinds, k)
		}
	}
	if s := strings.TrimSpace(q.Get("severity")); s != "" {
		min, err := rules.ParseSeverity(s)
		if err != nil {
			return f, badRequest("%v", err)
		}
		f.min, f.Severity = min, min.String()
	}
	f.Article = strings.TrimSpace(q.Get("article"))
	f.Source = strings.TrimSpace(q.Get("source"))
	return f, nil
}

// kindNames and severityNames fill the filter form, lowest severity first.
var (
	kindNames = func() []string {
		names := make([]string, len(claim.Kinds))
		for i, k := range claim.Kinds {
			names[i] = string(k)
		}
		return names
	}()
	severityNames = []string{rules.Info.String(), rules.Warning.String(), rules.Error.String()}
)

func kindList() string { return strings.Join(kindNames, ", ") }

// Active reports whether the filter drops anything.
func (f listFilter) Active() bool {
	return len(f.Kinds) > 0 || f.min > rules.Info || f.Article != "" || f.Source != ""
}

// HasKind tells the form which kinds to show as chosen.
func (f listFilter) HasKind(k string) bool {
	for _, x := range f.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// apply returns a copy of rep holding only the discrepancies f keeps; rep
// itself (the server's cache) is left alone.
func (f listFilter) apply(rep *pipeline.Report) *pipeline.Report {
	out := *rep
	report.Filter(&out, f.min, f.Kinds, nil)
	if f.Article == "" && f.Source == "" {
		return &out
	}
	kept := make([]rules.Discrepancy, 0, len(out.Discrepancies))
	for _, d := range out.Discrepancies {
		if f.cites(d, rep.Meta) {
			kept = append(kept, d)
		}
	}
	out.Discrepancies = kept
	return &out
}

// cites reports whether one side of d is the article asked for and one
// side (the same or another) comes from the source asked for.
func (f listFilter) cites(d rules.Discrepancy, meta map[string]rules.ArticleMeta) bool {
	article, source := f.Article == "", f.Source == ""
	for _, c := range d.Claims {
		article = article || c.Article == f.Article
		source = source || strings.EqualFold(meta[c.Article].Source, f.Source)
	}
	return article && source
}
