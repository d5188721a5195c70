package events

import (
	"cmp"
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// ArticleInfo is what the corpus reader learnt about an article's own date.
type ArticleInfo struct {
	Published     time.Time
	PublishedFrom string // FromMetadata, FromDateline or FromUnknown
	PublishedText string // the date as written
	// DatelineStart and DatelineEnd locate the dateline in the text; -1
	// when there is none.
	DatelineStart, DatelineEnd int
	// OtherDates are the other places that date the article (a URL, a
	// dateline when metadata won), each claimed when it disagrees.
	OtherDates []DateSighting
}

// Extract returns the article's event claims (date, time, location,
// status, weapon, cause of death), number claims and weekday claims,
// sorted by evidence start. exprs are
// the temporal expressions of d.Text, computed once by the caller with
// temporal.Tag and d.Reference.
func Extract(d *text.Doc, exprs []temporal.Expression, info ArticleInfo, k *kb.KB) []claim.Claim {
	if d == nil || dataErr() != nil {
		return nil
	}
	a := newAnalysis(d, exprs, k)
	defer a.release()
	a.subj = a.subjects()
	out := a.scratch.claims[:0]
	out = a.eventClaims(out)
	out = append(out, a.disasterTimeClaims(a.timedExprs(out))...)
	out = append(out, a.numberClaims()...)
	out = append(out, a.weaponClaims()...)
	out = append(out, a.causeClaims()...)
	out = append(out, a.zoneClaims()...)
	out = append(out, a.killDateClaims()...)
	wd, used := a.weekdayClaims()
	out = append(out, wd...)
	out = append(out, a.leadWeekdayClaims(info, used)...)
	out = append(out, a.articleDateClaims(info)...)
	a.scratch.claims = out
	return dedupe(a.sortClaims(out))
}

// eventClaims appends the date, status and location claims of every
// keyed mention.
func (a *analysis) eventClaims(out []claim.Claim) []claim.Claim {
	for mi := range a.mentions {
		m := &a.mentions[mi]
		if m.key == "" {
			continue
		}
		ei := a.attachedDate(mi)
		st := a.status(mi, ei)
		mod := modalityOf(st)
		if ei >= 0 {
			if c, ok := a.dateClaim(m, ei, mod); ok {
				out = append(out, c)
			} else if c, ok := a.eventWeekdayClaim(m, ei, mod); ok {
				out = append(out, c)
			}
			if c, ok := a.timeClaim(m, ei, mod); ok && (!m.told || a.lonelyClock(a.clockNear(ei))) {
				out = append(out, c)
			}
		}
		if c, ok := a.statusClaim(m, st, ei); ok {
			out = append(out, c)
		}
		if p, ok := a.location(m); ok && p.key != identOf(m.key) {
			if c, ok := a.locationClaim(m, p, mod, ei); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// dedupe drops claims that repeat the one before in kind, subject, value
// and span (two mentions of one event sharing a date). cs is sorted, so
// repeats are neighbours.
func dedupe(cs []claim.Claim) []claim.Claim {
	same := func(x, y *claim.Claim) bool {
		return x.Kind == y.Kind && x.SubjectKey == y.SubjectKey && x.Value == y.Value &&
			x.Evidence.Start == y.Evidence.Start && x.Evidence.End == y.Evidence.End &&
			spanless(x) == spanless(y) && (!spanless(x) || x.Subject == y.Subject)
	}
	out := cs[:0]
	for i := range cs {
		if len(out) > 0 && same(&out[len(out)-1], &cs[i]) {
			continue
		}
		out = append(out, cs[i])
	}
	return out
}

// sortClaims returns the claims in a new slice ordered by evidence start,
// then by kind, subject and value, so output never depends on map order.
// It sorts indexes: claims are large, and moving them costs more than
// comparing them.
func (a *analysis) sortClaims(cs []claim.Claim) []claim.Claim {
	idx := grow(a.scratch.order, len(cs))
	a.scratch.order = idx
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		x, y := &cs[i], &cs[j]
		return cmp.Or(
			cmp.Compare(x.Evidence.Start, y.Evidence.Start),
			cmp.Compare(x.Evidence.End, y.Evidence.End),
			cmp.Compare(x.Kind, y.Kind),
			cmp.Compare(x.SubjectKey, y.SubjectKey),
			cmp.Compare(x.Value, y.Value),
			cmp.Compare(x.Subject, y.Subject),
		)
	})
	out := make([]claim.Claim, len(cs))
	for k, i := range idx {
		out[k] = cs[i]
	}
	return out
}
