package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
)

// timeBrief is one time claim reduced to what the table compares.
type timeBrief struct {
	Key, Value, Mod, ValueText string
}

// tagged extracts the claims of kind of doc, dated ref, with the real tagger.
func tagged(t *testing.T, doc, ref string, kind claim.Kind) []claim.Claim {
	t.Helper()
	r, err := time.Parse("2006-01-02", ref)
	if err != nil {
		t.Fatal(err)
	}
	d := text.NewDoc("t", doc, r)
	cs := Extract(d, temporal.Tag(doc, temporal.Options{Reference: r}), noInfo, testKB(t))
	assertInvariants(t, d, cs)
	var out []claim.Claim
	for _, c := range cs {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}

func TestTimeClaims(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []timeBrief
	}{
		{"about a time, with its day", "The shooting in Carrow Vale happened at about 10 a.m. on Monday, police said.",
			[]timeBrief{{"event:attack:carrow vale", "2031-04-07T10:00", TimeApprox, "at about 10 a.m."}}},
		{"shortly after, the day in the clock time", "The fire in Dunmore broke out shortly after 8:30 p.m. Tuesday.",
			[]timeBrief{{"event:fire:dunmore", "2031-04-08T20:30", TimeJustAfter, "shortly after 8:30 p.m. Tuesday"}}},
		{"a.m. written with a space", "The fire in Dunmore broke out around 4:30 a. m. on Tuesday.",
			[]timeBrief{{"event:fire:dunmore", "2031-04-08T04:30", TimeApprox, "around 4:30 a. m."}}},
		{"a time after its date", "The fire in Dunmore broke out on Tuesday just before 11:30 p.m.",
			[]timeBrief{{"event:fire:dunmore", "2031-04-08T23:30", TimeJustBefore, "just before 11:30 p.m."}}},
		{"a bound gives no time", "The fire in Dunmore broke out after 10 p.m. on Tuesday.", nil},
		{"a time in another zone is not claimed", "The raid in Carrow Vale happened at 11:30 p.m. ET on Monday.", nil},
		{"the same time in parentheses is not claimed twice", "The raid in Carrow Vale happened at around 4:30 a.m. local time (10:30 p.m. ET) on Tuesday.",
			// the day is too far from the time to be its day
			[]timeBrief{{"event:attack:carrow vale", "T04:30", TimeApprox, "at around 4:30 a.m."}}},
		{"8:30 without a.m. or p.m. is no clock reading", "The fire in Dunmore broke out at 8:30 on Tuesday.", nil},
		{"the disaster's time in a sentence of its own",
			"The shooting in Carrow Vale on Monday left two people hurt. Witnesses heard gunfire around 10:30 a.m. inside the building.",
			[]timeBrief{{"event:attack:carrow vale", "T10:30", TimeApprox, "around 10:30 a.m."}}},
		{"a time leading the sentence after an opener", "Starting at about 10 a.m., the shooting in Carrow Vale went on for an hour.",
			[]timeBrief{{"event:attack:carrow vale", "T10:00", TimeApprox, "at about 10 a.m."}}},
		{"a sequence of times tells no time of the disaster",
			"The shooting in Carrow Vale on Monday left two people hurt. The gunman opened fire at 10 a.m. Police heard gunfire again at 11:15 a.m.", nil},
		{"a time in a sentence without the disaster's word is another's",
			"The shooting in Carrow Vale on Monday left two people hurt. The mayor spoke to reporters at 4 p.m.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []timeBrief
			for _, c := range tagged(t, tt.doc, "2031-04-09", claim.KindTime) {
				got = append(got, timeBrief{c.SubjectKey.String(), c.Value, c.Date.Mod, c.ValueText})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDateInTheEarlyHours(t *testing.T) {
	cs := tagged(t, "The fire in Dunmore broke out in the early hours of Tuesday.", "2031-04-09", claim.KindDate)
	if assert.Len(t, cs, 1) {
		assert.Equal(t, "2031-04-08", cs[0].Value)
		assert.Equal(t, "START", cs[0].Date.Mod)
	}
	cs = tagged(t, "The fire in Dunmore broke out on Tuesday.", "2031-04-09", claim.KindDate)
	if assert.Len(t, cs, 1) {
		assert.Empty(t, cs[0].Date.Mod)
	}
}
