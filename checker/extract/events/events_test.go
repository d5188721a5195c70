package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/text"
)

func eventKeys(t *testing.T, doc string) []string {
	t.Helper()
	d := text.NewDoc("t", doc, time.Time{})
	var keys []string
	for _, e := range Events(d, testKB(t)) {
		keys = append(keys, e.Key)
		for _, m := range e.Mentions {
			require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(doc))
		}
	}
	return keys
}

func TestEventKeys(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"place before the type word", "Crowds gathered for the Korvala bridge opening on the river.",
			[]string{"event:opening:korvala bridge"}},
		{"thing after of", "The opening of the Ridgeway bridge drew crowds.",
			[]string{"event:opening:ridgeway bridge"}},
		{"thing before and after are one event", "The Ridgeway bridge opening was delayed. The opening of the Ridgeway bridge drew crowds.",
			[]string{"event:opening:ridgeway bridge"}},
		{"unknown place after in", "Rescuers reached the flood in Quellport by boat.",
			[]string{"event:flood:quellport"}},
		{"KB place after in", "Delegates arrived for the talks in Oslo.",
			[]string{"event:meeting:no/oslo"}},
		{"KB place before", "The Oslo summit opened with a dinner.",
			[]string{"event:meeting:no/oslo"}},
		{"summit and talks share a class", "The Varnholt summit ended. Talks in Varnholt resumed a day later.",
			[]string{"event:meeting:varnholt"}},
		{"two summits are never merged", "The Quellport summit ended in anger. Delegates now prepare for the summit in Varnholt.",
			[]string{"event:meeting:quellport", "event:meeting:varnholt"}},
		{"participants", "Analysts expect the Varga-Okoro meeting to be brief.",
			[]string{"event:meeting:with:okoro+varga"}},
		{"participants with between", "Plans for a summit between Chancellor Ilse Varga and President Tomas Okoro advanced.",
			[]string{"event:meeting:with:okoro+varga"}},
		{"participants and place in one phrase: the place is the venue", "A Varga-Okoro summit in Quellport is likely.",
			[]string{"event:meeting:with:okoro+varga"}},
		{"participant event stays apart from place event", "The summit in Quellport ended. Observers say a Varga-Okoro meeting will follow.",
			[]string{"event:meeting:quellport", "event:meeting:with:okoro+varga"}},
		{"met in place", "Ilse Varga and Tomas Okoro met face-to-face in Brindlemoor last year.",
			[]string{"event:meeting:with:okoro+varga"}},
		{"one named person meets in a place", "Ilse Varga met farmers in Brindlemoor.",
			[]string{"event:meeting:brindlemoor"}},
		{"unnamed people meeting is too vague", "Dairy farmers in the south of Quellport met in Brindlemoor on Tuesday night.", nil},
		{"one pair in two places: two meetings", "Varga and Okoro met in Quellport. Varga and Okoro will meet in Brindlemoor.",
			[]string{"event:meeting:brindlemoor", "event:meeting:quellport"}},
		{"the summit where a pair meets is theirs", "Varga and Okoro will meet in Brindlemoor. The summit in Brindlemoor will be short.",
			[]string{"event:meeting:with:okoro+varga"}},
		{"a group holds its meeting", "Hallor shareholders will vote at an extraordinary general meeting in Brindlemoor.",
			[]string{"event:meeting:with:hallor shareholders"}},
		{"plural with a list of places", "Past summits, such as those in Varnholt and Quellport, were short.",
			[]string{"event:meeting:quellport", "event:meeting:varnholt"}},
		{"place in the same clause", "She praised the choice of Oslo for the initial summit.",
			[]string{"event:meeting:no/oslo"}},
		{"a month is not a place", "The summit in March was short.", nil},
		{"a person is not a place", "Spokesman Tomas Okoro said the Okoro summit was his idea.", nil},
		{"institution is not a place", "The White House meeting ran late.", nil},
		{"title case accepts only known places", "Officials Gather For The Brindlemoor Summit In Quellport Today\nNothing else happened.", nil},
		{"title case accepts places of the article", "Quellport Flood Recovery Begins Slowly\nThe flood in Quellport left mud everywhere.",
			[]string{"event:flood:quellport"}},
		{"title case with a KB place", "Leaders Prepare For The Planned Meeting In Oslo", []string{"event:meeting:no/oslo"}},
		{"opened fire is no fire but the attack its verb phrase tells", "Guards opened fire in Quellport.",
			[]string{"event:attack:quellport"}},
		{"sentence start word needs support", "Yesterday summit talks stalled.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, eventKeys(t, tc.doc))
		})
	}
}

func TestEventMentionsLinkAnaphors(t *testing.T) {
	doc := "Varga and Okoro met in Varnholt in May. That meeting was cordial. A week later the talks were praised."
	d := text.NewDoc("t", doc, time.Time{})
	evs := Events(d, testKB(t))
	require.Len(t, evs, 1)
	assert.Equal(t, "event:meeting:with:okoro+varga", evs[0].Key)
	assert.Equal(t, "meeting", evs[0].Type)
	assert.Equal(t, "with:okoro+varga", evs[0].Ident)
	var surfaces []string
	for _, m := range evs[0].Mentions {
		surfaces = append(surfaces, doc[m.Start:m.End])
	}
	assert.Equal(t, []string{"met in Varnholt", "That meeting", "the talks"}, surfaces)
}

func TestEventsNilSafe(t *testing.T) {
	assert.Nil(t, Events(nil, nil))
	assert.Empty(t, Events(text.NewDoc("t", "The summit in Quellport ended.", time.Time{}), nil)[0].Mentions[1:])
}
