package events

import (
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

// DateSighting is one more place that dates the article besides the one
// its publication date was taken from.
type DateSighting struct {
	From    string    // FromMetadata, FromDateline, FromByline or FromURL
	Date    time.Time // the day
	Text    string    // the date as written
	Start   int       // the line it was read from; -1 for metadata and URLs
	End     int
	Updated bool // a revision stamp: the article was published on or before it
}

// maxSourceSkew is how far two places may date an article apart without
// disagreeing: an address written in one time zone and a dateline in
// another often differ by a day.
const maxSourceSkew = 24 * time.Hour

// otherDateClaims claims each other place that dates the article more
// than a day away from its publication date, so that the calendar rule
// reports the disagreement. A revision stamp after the publication date
// agrees with it.
func (a *analysis) otherDateClaims(info ArticleInfo, subject claim.Key) []claim.Claim {
	pub := dayOf(info.Published)
	var out []claim.Claim
	for _, o := range info.OtherDates {
		d := dayOf(o.Date)
		skew := d.Sub(pub)
		if skew <= maxSourceSkew && skew >= -maxSourceSkew || (o.Updated && skew > 0) {
			continue
		}
		v := d.Format("2006-01-02")
		dv := &claim.DateValue{Value: v, Granularity: temporal.GranDay, Resolution: temporal.ResolvedAbsolute}
		c := claim.Claim{
			Kind: claim.KindDate, SubjectKey: subject, Subject: o.From,
			Value: v, ValueText: o.Text, Modality: claim.Asserted, Reference: a.ref, Date: dv,
		}
		if s, e, ok := a.sightingSpan(o); ok {
			c.ValueText, c.Evidence = a.d.Text[s:e], a.evidence(s, e)
		} else {
			sentence := metadataSentence
			if o.From == FromURL {
				sentence = urlSentence
			}
			c.Evidence = claim.Evidence{Article: a.d.ID, Sentence: sentence}
		}
		out = append(out, c)
	}
	return out
}

// sightingSpan is the date's span inside its line, or the line's.
func (a *analysis) sightingSpan(o DateSighting) (int, int, bool) {
	if o.Start < 0 {
		return 0, 0, false
	}
	return a.narrowedSpan(o.Start, o.End, o.Text)
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
